import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Listing, Skeleton } from '../ui/parts';
import { Gauge, QuotaBar } from './Home';
import { BalanceCard } from './billing/BalanceCard';
import { MonthlyInvoices } from './billing/MonthlyInvoices';
import { PlanPurchase } from './settings/PlanPurchase';

const DAY = 86_400_000;

/** Use of something the plan counts: a bar when it has a limit, the count alone when it has none. */
function Meter({ label, used, limit }: { label: string; used: number; limit: number }) {
  const { t } = useI18n();
  const figure = limit === 0 ? t('billing.notIncluded') : `${used} / ${limit < 0 ? t('home.unlimited') : limit}`;
  return <Gauge label={label} figure={figure} percent={limit > 0 ? Math.min(100, Math.round((used * 100) / limit)) : undefined} />;
}

/**
 * The company's plan: its trial, what it uses of the plan's allowances this month, the prepaid
 * balance, Lyrox's monthly invoices and Stripe's invoices of the plan, and buying another plan.
 */
export function BillingPage() {
  const { t, formatDate, formatMoney } = useI18n();
  const { isOwner } = usePermissions();
  const company = useQuery({ queryKey: ['company'], queryFn: () => ok(api.GET('/api/v1/company')) });
  const ai = useQuery({ queryKey: ['billing-usage'], queryFn: () => ok(api.GET('/api/v1/billing/usage')) });
  const bookings = useQuery({ queryKey: ['booking-usage'], queryFn: () => ok(api.GET('/api/v1/bookings/usage')) });
  const onSale = useQuery({ queryKey: ['plans-on-sale'], queryFn: () => ok(api.GET('/api/v1/billing/plans')) });
  const invoices = useQuery({
    queryKey: ['plan-invoices'],
    queryFn: () => ok(api.GET('/api/v1/billing/invoices', { params: { query: { size: 24 } } })),
  });
  if (company.isPending || ai.isPending || bookings.isPending) {
    return (
      <div className="page">
        <h1>{t('billing.title')}</h1>
        <Skeleton rows={5} />
      </div>
    );
  }
  const profile = company.data;
  const trialEnds = profile?.trialEndsAt ? Date.parse(profile.trialEndsAt) : 0;
  const trialDays = trialEnds > Date.now() ? Math.ceil((trialEnds - Date.now()) / DAY) : 0;
  return (
    <div className="page billing">
      <h1>{t('billing.title')}</h1>
      <section className="card stack" aria-label={t('billing.plan')}>
        <h2>
          {t('billing.plan')}: <span data-testid="billing-plan">{profile?.plan}</span>
        </h2>
        {trialDays > 0 && (
          <p role="status">{t('billing.trial', { days: trialDays, date: formatDate(profile?.trialEndsAt) })}</p>
        )}
        {profile?.suspendedAt && (
          <p className="field-error" role="alert">{t('settings.suspended', { reason: profile.suspensionReason ?? '' })}</p>
        )}
        {isOwner && <PlanPurchase current={profile?.plan} />}
        {onSale.data && !onSale.data.sellsPlans && <p className="muted">{t('billing.notSold')}</p>}
      </section>
      <h2>{t('billing.usage')}</h2>
      <div className="stack">
        {ai.data && <QuotaBar usage={{ plan: ai.data.plan, used: ai.data.used, limit: ai.data.limit, percent: ai.data.percent }} />}
        {bookings.data && (
          <>
            <Meter label={t('billing.bookings')} used={bookings.data.bookingsThisMonth ?? 0} limit={bookings.data.bookingsPerMonth ?? 0} />
            <Meter label={t('billing.resources')} used={bookings.data.resources ?? 0} limit={bookings.data.resourcesLimit ?? 0} />
          </>
        )}
        {ai.data && (
          <>
            <Gauge label={t('billing.messagesSent')} figure={String(ai.data.outboundMessages ?? 0)} />
            {(ai.data.overage ?? 0) > 0 && <Gauge label={t('billing.overage')} figure={String(ai.data.overage)} />}
          </>
        )}
      </div>
      <BalanceCard isOwner={isOwner} sellsOnline={Boolean(onSale.data?.sellsPlans)} />
      <MonthlyInvoices />
      <h2>{t('billing.stripeInvoices')}</h2>
      <Listing query={invoices} empty={t('billing.noInvoices')}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('billing.invoice')}</th>
                  <th className="hide-narrow">{t('billing.period')}</th>
                  <th className="num">{t('billing.amount')}</th>
                  <th>{t('billing.status')}</th>
                  <th className="num">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((invoice) => (
                  <tr key={invoice.id}>
                    <td>{invoice.number ?? invoice.id}</td>
                    <td className="hide-narrow">{formatDate(invoice.periodStart)} – {formatDate(invoice.periodEnd)}</td>
                    <td className="num">{formatMoney(invoice.amountDue ?? '0', invoice.currency ?? 'USD')}</td>
                    <td>
                      <Badge tone={invoice.status === 'paid' ? 'good' : invoice.status === 'open' ? 'warn' : 'neutral'}>{invoice.status}</Badge>
                    </td>
                    <td className="num">
                      <span className="cell-actions">
                        {invoice.pdfUrl && <a href={invoice.pdfUrl} target="_blank" rel="noreferrer">PDF</a>}
                        {invoice.hostedUrl && <a href={invoice.hostedUrl} target="_blank" rel="noreferrer">{t('billing.view')}</a>}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
    </div>
  );
}
