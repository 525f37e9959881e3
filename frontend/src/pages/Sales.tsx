import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ok, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Field, fieldError, Listing, Modal, Pager, SubmitButton } from '../ui/parts';
import { useToast } from '../ui/toast';

type Sale = Schemas['Sale'];
type Status = NonNullable<Sale['paymentStatus']>;
const SIZE = 20;
const statuses: Status[] = ['PENDING', 'COMPLETED', 'REFUNDED', 'FAILED'];
const tone = { PENDING: 'warn', COMPLETED: 'good', REFUNDED: 'info', FAILED: 'bad' } as const;

export function SaleStatus({ status }: { status?: Status }) {
  const { t } = useI18n();
  return status ? <Badge tone={tone[status]}>{t(`sales.status.${status}`)}</Badge> : null;
}

/** Names for the ids a sale carries. */
export function useNames() {
  const products = useQuery({ queryKey: ['products', 'all'], queryFn: () => ok(api.GET('/api/v1/products', { params: { query: { size: 100 } } })) });
  const customers = useQuery({ queryKey: ['customers', 'names'], queryFn: () => ok(api.GET('/api/v1/customers', { params: { query: { size: 100 } } })) });
  return {
    products: products.data?.items ?? [],
    product: (id?: string) => products.data?.items?.find((p) => p.id === id)?.name ?? id?.slice(0, 8),
    customer: (id?: string) => {
      const found = customers.data?.items?.find((c) => c.id === id);
      return found ? found.name || found.phone : id?.slice(0, 8);
    },
  };
}

function SaleForm({ onDone, customerId }: { onDone: () => void; customerId?: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const names = useNames();
  const [search, setSearch] = useState('');
  const [form, setForm] = useState({ customerId: customerId ?? '', productId: '', amount: '', paymentMethod: '' });
  const customers = useQuery({
    queryKey: ['customers', 'pick', search],
    queryFn: () => ok(api.GET('/api/v1/customers', { params: { query: { search: search || undefined, size: 20 } } })),
    enabled: !customerId,
  });
  const save = useMutation({
    mutationFn: () =>
      ok(api.POST('/api/v1/sales', {
        body: { customerId: form.customerId, productId: form.productId, amount: form.amount || undefined, paymentMethod: form.paymentMethod || undefined },
      })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['sales'] });
      toast('success', t('common.saved'));
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal title={t('sales.new')} onClose={onDone}>
      <form className="stack" onSubmit={submit} noValidate>
        {!customerId && (
          <Field label={t('sales.customer')} error={fieldError(save.error, 'customerId')}>
            <input type="search" aria-label={t('common.search')} placeholder={t('common.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
            <select aria-label={t('sales.customer')} value={form.customerId} onChange={(e) => setForm({ ...form, customerId: e.target.value })}>
              <option value="">—</option>
              {customers.data?.items?.map((customer) => (
                <option key={customer.id} value={customer.id}>
                  {customer.name ? `${customer.name} · ${customer.phone}` : customer.phone}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('sales.product')} error={fieldError(save.error, 'productId')}>
          <select value={form.productId} onChange={(e) => setForm({ ...form, productId: e.target.value })}>
            <option value="">—</option>
            {names.products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.name} · {product.price} {product.currency}
              </option>
            ))}
          </select>
        </Field>
        <div className="row">
          <Field label={t('sales.amount')} hint={t('sales.amountHint')} error={fieldError(save.error, 'amount')}>
            <input inputMode="decimal" value={form.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
          </Field>
          <Field label={t('sales.paymentMethod')} error={fieldError(save.error, 'paymentMethod')}>
            <input value={form.paymentMethod} onChange={(e) => setForm({ ...form, paymentMethod: e.target.value })} placeholder="stripe" />
          </Field>
        </div>
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <SubmitButton pending={save.isPending} label={t('common.create')} />
        </div>
      </form>
    </Modal>
  );
}

const transitions = {
  complete: '/api/v1/sales/{id}/complete',
  fail: '/api/v1/sales/{id}/fail',
  refund: '/api/v1/sales/{id}/refund',
} as const;

/** Sales, newest first; pass a customer to see only theirs. */
export function SalesTable({ customerId }: { customerId?: string }) {
  const { t, formatMoney, formatDate } = useI18n();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const names = useNames();
  const [status, setStatus] = useState<Status | ''>('');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const sales = useQuery({
    queryKey: ['sales', customerId, status, page],
    queryFn: () => ok(api.GET('/api/v1/sales', { params: { query: { customerId, status: status || undefined, page, size: SIZE } } })),
  });
  const move = useMutation({
    mutationFn: ({ id, to }: { id: string; to: keyof typeof transitions }) =>
      to === 'complete'
        ? ok(api.POST(transitions.complete, { params: { path: { id } }, body: {} }))
        : ok(api.POST(transitions[to], { params: { path: { id } } })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['sales'] });
      client.invalidateQueries({ queryKey: ['customers'] });
      client.invalidateQueries({ queryKey: ['customer'] });
    },
  });
  return (
    <>
      <div className="filter-row toolbar">
        <select aria-label={t('common.status')} value={status} onChange={(e) => { setStatus(e.target.value as Status | ''); setPage(0); }}>
          <option value="">{t('common.all')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`sales.status.${s}`)}
            </option>
          ))}
        </select>
        <span className="spacer" />
        {canWrite && (
          <button className="primary" onClick={() => setCreating(true)}>
            + {t('sales.new')}
          </button>
        )}
      </div>
      <Listing query={sales}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('sales.date')}</th>
                  {!customerId && <th>{t('sales.customer')}</th>}
                  <th>{t('sales.product')}</th>
                  <th className="num">{t('sales.amount')}</th>
                  <th>{t('common.status')}</th>
                  {canWrite && <th className="num">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((sale) => (
                  <tr key={sale.id}>
                    <td>{formatDate(sale.saleDate ?? sale.createdAt)}</td>
                    {!customerId && (
                      <td>
                        <Link to={`/customers/${sale.customerId}`}>{names.customer(sale.customerId)}</Link>
                      </td>
                    )}
                    <td>{names.product(sale.productId)}</td>
                    <td className="num">{formatMoney(sale.amount, sale.currency)}</td>
                    <td>
                      <SaleStatus status={sale.paymentStatus} />
                    </td>
                    {canWrite && (
                      <td>
                        <span className="cell-actions">
                          {sale.paymentStatus === 'PENDING' && (
                            <>
                              <button disabled={move.isPending} onClick={() => move.mutate({ id: sale.id!, to: 'complete' })}>
                                {t('sales.complete')}
                              </button>
                              <button disabled={move.isPending} onClick={() => move.mutate({ id: sale.id!, to: 'fail' })}>
                                {t('sales.fail')}
                              </button>
                            </>
                          )}
                          {sale.paymentStatus === 'COMPLETED' && (
                            <button disabled={move.isPending} onClick={() => move.mutate({ id: sale.id!, to: 'refund' })}>
                              {t('sales.refund')}
                            </button>
                          )}
                        </span>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
      {sales.data && <Pager page={page} size={SIZE} total={sales.data.total ?? 0} onPage={setPage} />}
      {creating && <SaleForm customerId={customerId} onDone={() => setCreating(false)} />}
    </>
  );
}

export function SalesPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('sales.title')}</h1>
      <SalesTable />
    </div>
  );
}
