import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Field, fieldError, Listing, Modal, Pager, SubmitButton } from '../ui/parts';
import { useToast } from '../ui/toast';
import { useDebounced } from '../ui/useDebounced';

type Product = Schemas['ProductView'];
type ProductRequest = Schemas['ProductRequest'];
const SIZE = 20;

function ProductForm({ product, onDone }: { product?: Product; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState<ProductRequest>({
    name: product?.name ?? '',
    description: product?.description ?? '',
    price: product?.price ?? '',
    currency: product?.currency ?? 'USD',
    paymentLink: product?.paymentLink ?? '',
    active: product?.active ?? true,
  });
  const save = useMutation({
    mutationFn: () => {
      const body = { ...form, paymentLink: form.paymentLink || undefined, description: form.description || undefined };
      return product?.id
        ? ok(api.PUT('/api/v1/products/{id}', { params: { path: { id: product.id } }, body }))
        : ok(api.POST('/api/v1/products', { body }));
    },
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['products'] });
      toast('success', t('common.saved'));
      onDone();
    },
  });
  const set = (name: keyof ProductRequest) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm({ ...form, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal title={product ? product.name ?? '' : t('products.new')} onClose={onDone}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('common.name')} error={fieldError(save.error, 'name')}>
          <input value={form.name} onChange={set('name')} />
        </Field>
        <Field label={t('products.description')} error={fieldError(save.error, 'description')}>
          <textarea rows={3} value={form.description} onChange={set('description')} />
        </Field>
        <div className="row">
          <Field label={t('products.price')} error={fieldError(save.error, 'price')}>
            <input inputMode="decimal" value={form.price} onChange={set('price')} placeholder="98.00" />
          </Field>
          <Field label={t('products.currency')} error={fieldError(save.error, 'currency')}>
            <input value={form.currency} maxLength={3} onChange={(e) => setForm({ ...form, currency: e.target.value.toUpperCase() })} />
          </Field>
        </div>
        <Field label={t('products.paymentLink')} error={fieldError(save.error, 'paymentLink')}>
          <input type="url" value={form.paymentLink} onChange={set('paymentLink')} placeholder="https://" />
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} /> {t('products.active')}
        </label>
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
        </div>
      </form>
    </Modal>
  );
}

export function ProductsPage() {
  const { t, formatMoney } = useI18n();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [active, setActive] = useState<'' | 'true' | 'false'>('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const query = useDebounced(search);
  const products = useQuery({
    queryKey: ['products', query, active, page],
    queryFn: () =>
      ok(api.GET('/api/v1/products', {
        params: { query: { search: query || undefined, active: active === '' ? undefined : active === 'true', page, size: SIZE } },
      })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/products/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['products'] }),
  });
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('products.title')}</h1>
        <span className="spacer" />
        {canWrite && (
          <button className="primary" onClick={() => setEditing('new')}>
            + {t('products.new')}
          </button>
        )}
      </div>
      <div className="filter-row toolbar">
        <input type="search" aria-label={t('common.search')} placeholder={t('common.search')} value={search} onChange={(e) => { setSearch(e.target.value); setPage(0); }} />
        <select aria-label={t('common.status')} value={active} onChange={(e) => { setActive(e.target.value as typeof active); setPage(0); }}>
          <option value="">{t('common.all')}</option>
          <option value="true">{t('products.active')}</option>
          <option value="false">{t('products.inactive')}</option>
        </select>
      </div>
      <Listing query={products}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('common.name')}</th>
                  <th className="num">{t('products.price')}</th>
                  <th>{t('common.status')}</th>
                  <th className="hide-narrow">{t('products.paymentLink')}</th>
                  {canWrite && <th className="num">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((product) => (
                  <tr key={product.id}>
                    <td>
                      <strong>{product.name}</strong>
                      {product.description && <div className="muted small">{product.description}</div>}
                    </td>
                    <td className="num">{formatMoney(product.price, product.currency)}</td>
                    <td>{product.active ? <Badge tone="good">{t('products.active')}</Badge> : <Badge>{t('products.inactive')}</Badge>}</td>
                    <td className="hide-narrow">{product.paymentLink && <a href={product.paymentLink} target="_blank" rel="noreferrer">{new URL(product.paymentLink, location.href).host}</a>}</td>
                    {canWrite && (
                      <td>
                        <span className="cell-actions">
                          <button onClick={() => setEditing(product)}>{t('common.edit')}</button>
                          <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(product.id!)}>
                            {t('common.delete')}
                          </button>
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
      {products.data && <Pager page={page} size={SIZE} total={products.data.total ?? 0} onPage={setPage} />}
      {editing && <ProductForm product={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
    </div>
  );
}
