import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Field, fieldError, Listing, Modal, SubmitButton } from '../ui/parts';
import { useToast } from '../ui/toast';
import { useResources, type Resource } from './bookings/queries';
import { PricingRules } from './resources/PricingRules';
import { Schedule } from './resources/Schedule';

type ResourceRequest = Schemas['BookingResourceRequest'];
const numbers = ['capacity', 'slotMinutes', 'bufferMinutes', 'minNoticeMinutes', 'maxDaysAhead'] as const;
type NumberField = (typeof numbers)[number];
const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** Create or edit a resource: every field the API takes, numbers left empty take the API's defaults. */
function ResourceForm({ resource, onDone }: { resource?: Resource; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const text = (value?: number) => (value === undefined ? '' : String(value));
  const [form, setForm] = useState({
    name: resource?.name ?? '',
    type: resource?.type ?? '',
    channelId: resource?.channelId ?? '',
    capacity: text(resource?.capacity ?? 1),
    slotMinutes: text(resource?.slotMinutes ?? 60),
    bufferMinutes: text(resource?.bufferMinutes ?? 0),
    minNoticeMinutes: text(resource?.minNoticeMinutes ?? 60),
    maxDaysAhead: text(resource?.maxDaysAhead ?? 60),
    price: resource?.price ?? '',
    currency: resource?.currency ?? 'USD',
    timezone: resource?.timezone ?? '',
    active: resource?.active ?? true,
    paymentProductId: resource?.paymentProductId ?? '',
  });
  const channels = useQuery({ queryKey: ['channels'], queryFn: () => ok(api.GET('/api/v1/channels', { params: { query: { size: 100 } } })) });
  const products = useQuery({ queryKey: ['products', 'all'], queryFn: () => ok(api.GET('/api/v1/products', { params: { query: { size: 100 } } })) });
  const save = useMutation({
    mutationFn: () => {
      const body: ResourceRequest = {
        name: form.name,
        type: form.type.trim() || undefined,
        channelId: form.channelId || undefined,
        ...Object.fromEntries(numbers.map((name) => [name, form[name].trim() === '' ? undefined : Number(form[name])])),
        price: form.price,
        currency: form.currency,
        timezone: form.timezone.trim() || undefined,
        active: form.active,
        paymentProductId: form.paymentProductId || undefined,
      };
      return resource?.id
        ? ok(api.PUT('/api/v1/resources/{id}', { params: { path: { id: resource.id } }, body }))
        : ok(api.POST('/api/v1/resources', { body }));
    },
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['resources'] });
      toast('success', t('common.saved'));
      onDone();
    },
  });
  const set = (name: keyof typeof form) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [name]: event.target.value });
  const number = (name: NumberField, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={fieldError(save.error, name)}>
      <input type="number" min={0} value={form[name]} onChange={set(name)} />
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal title={resource ? resource.name ?? '' : t('resources.new')} onClose={onDone}>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="row">
          <Field label={t('common.name')} error={fieldError(save.error, 'name')}>
            <input value={form.name} onChange={set('name')} placeholder="Lapangan Futsal 1" />
          </Field>
          <Field label={t('resources.type')} hint={t('resources.typeHint')} error={fieldError(save.error, 'type')}>
            <input value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value.toLowerCase() })} placeholder="futsal" />
          </Field>
        </div>
        <div className="row">
          {number('capacity', t('resources.capacity'), t('resources.capacityHint'))}
          {number('slotMinutes', t('resources.slotMinutes'))}
          {number('bufferMinutes', t('resources.bufferMinutes'))}
        </div>
        <div className="row">
          {number('minNoticeMinutes', t('resources.minNoticeMinutes'))}
          {number('maxDaysAhead', t('resources.maxDaysAhead'))}
        </div>
        <div className="row">
          <Field label={t('products.price')} error={fieldError(save.error, 'price')}>
            <input inputMode="decimal" value={form.price} onChange={set('price')} placeholder="150000.00" />
          </Field>
          <Field label={t('products.currency')} error={fieldError(save.error, 'currency')}>
            <input value={form.currency} maxLength={3} onChange={(e) => setForm({ ...form, currency: e.target.value.toUpperCase() })} />
          </Field>
          <Field label={t('settings.timezone')} hint={t('resources.timezoneHint')} error={fieldError(save.error, 'timezone')}>
            <input value={form.timezone} list="time-zones" onChange={set('timezone')} placeholder="Asia/Jakarta" />
          </Field>
          <datalist id="time-zones">
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </div>
        <div className="row">
          <Field label={t('resources.channel')} error={fieldError(save.error, 'channelId')}>
            <select value={form.channelId} onChange={set('channelId')}>
              <option value="">{t('resources.anyChannel')}</option>
              {channels.data?.items?.map((channel) => (
                <option key={channel.id} value={channel.id}>
                  {channel.name} · {channel.displayPhoneNumber}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('resources.paymentProduct')} hint={t('resources.paymentProductHint')} error={fieldError(save.error, 'paymentProductId')}>
            <select value={form.paymentProductId} onChange={set('paymentProductId')}>
              <option value="">{t('resources.noPayment')}</option>
              {products.data?.items?.map((product) => (
                <option key={product.id} value={product.id}>
                  {product.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
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

/** What customers book: courts, rooms, classes; their hours, closures and calendar feed, and the pricing rules. */
export function ResourcesPage() {
  const { t, formatMoney } = useI18n();
  const { canAdmin } = usePermissions();
  const resources = useResources();
  const [editing, setEditing] = useState<Resource | 'new' | null>(null);
  const [openId, setOpenId] = useState<string>();
  const open = resources.data?.items?.find((resource) => resource.id === openId);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('resources.title')}</h1>
        <span className="spacer" />
        {canAdmin && (
          <button className="primary" onClick={() => setEditing('new')}>
            + {t('resources.new')}
          </button>
        )}
      </div>
      <Listing query={resources} empty={t('resources.empty')}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('common.name')}</th>
                  <th className="num">{t('resources.capacity')}</th>
                  <th>{t('resources.slot')}</th>
                  <th className="num">{t('products.price')}</th>
                  <th className="hide-narrow">{t('settings.timezone')}</th>
                  <th>{t('common.status')}</th>
                  <th className="num">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((resource) => (
                  <tr key={resource.id} className={resource.id === openId ? 'selected' : undefined}>
                    <td>
                      <strong>{resource.name}</strong> {resource.type && <Badge>{resource.type}</Badge>}
                    </td>
                    <td className="num">{resource.capacity}</td>
                    <td>{t('resources.slotLength', { minutes: resource.slotMinutes, buffer: resource.bufferMinutes ?? 0 })}</td>
                    <td className="num">{formatMoney(resource.price, resource.currency)}</td>
                    <td className="hide-narrow">{resource.timezone || '—'}</td>
                    <td>{resource.active ? <Badge tone="good">{t('products.active')}</Badge> : <Badge>{t('products.inactive')}</Badge>}</td>
                    <td>
                      <span className="cell-actions">
                        <button aria-expanded={resource.id === openId} onClick={() => setOpenId(resource.id === openId ? undefined : resource.id)}>
                          {t('resources.schedule')}
                        </button>
                        {canAdmin && <button onClick={() => setEditing(resource)}>{t('common.edit')}</button>}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
      {open && <Schedule key={open.id} resource={open} />}
      <PricingRules resources={resources.data?.items ?? []} />
      {editing && <ResourceForm resource={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />}
    </div>
  );
}
