import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Listing } from '../../ui/parts';

/** Fetches an invoice's PDF with the session's token and hands it to the browser as a file. */
async function downloadPdf(id: string, number: string) {
  const { data, error } = await api.GET('/api/v1/billing/monthly-invoices/{id}/pdf', {
    params: { path: { id } },
    parseAs: 'blob',
    headers: { Accept: 'application/pdf' },
  });
  if (error || !data) throw new Error('download failed');
  const url = URL.createObjectURL(data as Blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${number}.pdf`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Lyrox's own invoice of each month (plan, AI within and past the allowance, bookings, messages), the running month's so far on top. */
export function MonthlyInvoices() {
  const { t, formatMoney } = useI18n();
  const [failed, setFailed] = useState(false);
  const draft = useQuery({ queryKey: ['monthly-invoice-draft'], queryFn: () => ok(api.GET('/api/v1/billing/monthly-invoices/draft')) });
  const invoices = useQuery({
    queryKey: ['monthly-invoices'],
    queryFn: () => ok(api.GET('/api/v1/billing/monthly-invoices', { params: { query: { size: 24 } } })),
  });
  return (
    <>
      <h2>{t('billing.monthly')}</h2>
      {draft.data && (
        <p data-testid="billing-so-far">
          {t('billing.soFar', {
            total: formatMoney(draft.data.total ?? '0', draft.data.currency ?? 'USD'),
            due: formatMoney(draft.data.amountDue ?? '0', draft.data.currency ?? 'USD'),
          })}
        </p>
      )}
      {failed && <p className="field-error" role="alert">{t('billing.downloadFailed')}</p>}
      <Listing query={invoices} empty={t('billing.noMonthly')}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('billing.invoice')}</th>
                  <th>{t('billing.month')}</th>
                  <th className="num">{t('billing.total')}</th>
                  <th className="num">{t('billing.due')}</th>
                  <th className="num">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((invoice) => (
                  <tr key={invoice.id}>
                    <td>{invoice.number}</td>
                    <td>{invoice.month}</td>
                    <td className="num">{formatMoney(invoice.total ?? '0', invoice.currency ?? 'USD')}</td>
                    <td className="num">{formatMoney(invoice.amountDue ?? '0', invoice.currency ?? 'USD')}</td>
                    <td className="num">
                      <button
                        type="button"
                        className="link"
                        onClick={() => {
                          setFailed(false);
                          downloadPdf(invoice.id ?? '', invoice.number ?? 'invoice').catch(() => setFailed(true));
                        }}
                      >
                        {t('billing.download')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
    </>
  );
}
