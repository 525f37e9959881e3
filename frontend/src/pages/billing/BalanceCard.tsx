import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Badge, Field, fieldError } from '../../ui/parts';

/** The prepaid balance that pays for AI past the plan's allowance, its recent deposits, and a Stripe top-up for the owner. */
export function BalanceCard({ isOwner, sellsOnline }: { isOwner: boolean; sellsOnline: boolean }) {
  const { t, formatDate, formatMoney } = useI18n();
  const [amount, setAmount] = useState('20.00');
  const balance = useQuery({ queryKey: ['billing-balance'], queryFn: () => ok(api.GET('/api/v1/billing/balance')) });
  const deposits = useQuery({
    queryKey: ['billing-deposits'],
    queryFn: () => ok(api.GET('/api/v1/billing/deposits', { params: { query: { size: 5 } } })),
  });
  const topUp = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/billing/deposits/checkout', { body: { amount } })),
    onSuccess: (checkout) => {
      if (checkout.url) window.location.assign(checkout.url);
    },
  });
  if (!balance.data) return null;
  const currency = balance.data.currency ?? 'USD';
  return (
    <section className="card stack" aria-label={t('billing.balance')}>
      <h2>
        {t('billing.balance')}: <span data-testid="billing-balance">{formatMoney(balance.data.balance ?? '0', currency)}</span>{' '}
        {balance.data.low && <Badge tone="warn">{t('billing.balanceLow')}</Badge>}
      </h2>
      <p className="muted">{t('billing.balanceHelp', { price: formatMoney(balance.data.overagePrice ?? '0', currency) })}</p>
      {isOwner && sellsOnline && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            topUp.mutate();
          }}
        >
          <Field label={t('billing.topUpAmount')} error={topUp.error ? fieldError(topUp.error, 'amount') ?? topUp.error.message : undefined}>
            <input inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />
          </Field>
          <button type="submit" disabled={topUp.isPending}>{t('billing.topUp')}</button>
        </form>
      )}
      {!sellsOnline && <p className="muted">{t('billing.balanceByAdmin')}</p>}
      <h3>{t('billing.deposits')}</h3>
      {deposits.data && (deposits.data.items ?? []).length === 0 && <p className="muted">{t('billing.noDeposits')}</p>}
      {deposits.data && (deposits.data.items ?? []).length > 0 && (
        <ul>
          {(deposits.data.items ?? []).map((deposit) => (
            <li key={deposit.id}>
              {formatDate(deposit.createdAt)} · {formatMoney(deposit.amount ?? '0', deposit.currency ?? currency)} · {deposit.reference}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
