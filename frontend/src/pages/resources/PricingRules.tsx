import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Empty, Field, fieldError, Modal, Skeleton, SubmitButton } from '../../ui/parts';
import { useToast } from '../../ui/toast';
import type { Resource } from '../bookings/queries';
import { weekdays, type Weekday } from '../bookings/time';

type Rule = Schemas['BookingPricingRule'];

/** A rule: a name, the days and hours a slot must start in, and a multiplier of the base price or a price of its own. */
function RuleForm({ rule, resources, onDone }: { rule?: Rule; resources: Resource[]; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState({
    name: rule?.name ?? '',
    resourceId: rule?.resourceId ?? '',
    days: (rule?.days ?? []) as Weekday[],
    from: rule?.from ?? '18:00',
    to: rule?.to ?? '22:00',
    kind: rule?.price ? ('price' as const) : ('multiplier' as const),
    value: rule?.price ?? rule?.multiplier ?? '1.5',
  });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: form.name,
        resourceId: form.resourceId || undefined,
        days: weekdays.filter((day) => form.days.includes(day)),
        from: form.from,
        to: form.to,
        [form.kind]: form.value,
      };
      return rule?.id
        ? ok(api.PUT('/api/v1/pricing-rules/{id}', { params: { path: { id: rule.id } }, body }))
        : ok(api.POST('/api/v1/pricing-rules', { body }));
    },
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['pricing-rules'] });
      toast('success', t('common.saved'));
      onDone();
    },
  });
  const toggle = (day: Weekday) =>
    setForm({ ...form, days: form.days.includes(day) ? form.days.filter((item) => item !== day) : [...form.days, day] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal title={rule ? rule.name ?? '' : t('pricing.new')} onClose={onDone}>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="row">
          <Field label={t('common.name')} error={fieldError(save.error, 'name')}>
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder={t('pricing.namePlaceholder')} />
          </Field>
          <Field label={t('booking.resource')} error={fieldError(save.error, 'resourceId')}>
            <select value={form.resourceId} onChange={(e) => setForm({ ...form, resourceId: e.target.value })}>
              <option value="">{t('calendar.allResources')}</option>
              {resources.map((resource) => (
                <option key={resource.id} value={resource.id}>
                  {resource.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="days">
          <legend className="field-label">{t('pricing.days')}</legend>
          {weekdays.map((day) => (
            <label key={day} className="check">
              <input type="checkbox" checked={form.days.includes(day)} onChange={() => toggle(day)} /> {t(`day.${day}`)}
            </label>
          ))}
          {fieldError(save.error, 'days') && (
            <span className="field-error" role="alert">
              {fieldError(save.error, 'days')}
            </span>
          )}
        </fieldset>
        <div className="row">
          <Field label={t('common.from')} error={fieldError(save.error, 'from')}>
            <input value={form.from} maxLength={5} placeholder="18:00" onChange={(e) => setForm({ ...form, from: e.target.value })} />
          </Field>
          <Field label={t('common.to')} hint={t('pricing.toHint')} error={fieldError(save.error, 'to')}>
            <input value={form.to} maxLength={5} placeholder="22:00" onChange={(e) => setForm({ ...form, to: e.target.value })} />
          </Field>
        </div>
        <div className="row">
          <Field label={t('pricing.kind')}>
            <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as typeof form.kind })}>
              <option value="multiplier">{t('pricing.multiplier')}</option>
              <option value="price">{t('pricing.price')}</option>
            </select>
          </Field>
          <Field label={t('pricing.value')} error={fieldError(save.error, form.kind)}>
            <input inputMode="decimal" value={form.value} onChange={(e) => setForm({ ...form, value: e.target.value })} />
          </Field>
        </div>
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

/** The prices of some days and hours: a slot under several rules costs the highest. */
export function PricingRules({ resources }: { resources: Resource[] }) {
  const { t, formatMoney, language } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const rules = useQuery({ queryKey: ['pricing-rules'], queryFn: () => ok(api.GET('/api/v1/pricing-rules')) });
  const remove = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/pricing-rules/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['pricing-rules'] }),
  });
  const resource = (id?: string) => resources.find((item) => item.id === id);
  const price = (rule: Rule) => {
    // "1.300" from the API is one point three: shown without trailing zeros, in the reader's decimals.
    if (rule.multiplier) return `× ${Number(rule.multiplier).toLocaleString(language === 'es' ? 'es-ES' : 'en-US')}`;
    const of = resource(rule.resourceId) ?? resources[0];
    return formatMoney(rule.price, of?.currency);
  };
  return (
    <section className="pricing" aria-label={t('pricing.title')}>
      <div className="page-head">
        <h2>{t('pricing.title')}</h2>
        <span className="spacer" />
        {canAdmin && <button onClick={() => setEditing('new')}>+ {t('pricing.new')}</button>}
      </div>
      <p className="muted small">{t('pricing.hint')}</p>
      {rules.isPending ? (
        <Skeleton rows={2} />
      ) : rules.data?.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('common.name')}</th>
                <th>{t('booking.resource')}</th>
                <th>{t('pricing.days')}</th>
                <th>{t('pricing.hours')}</th>
                <th className="num">{t('products.price')}</th>
                {canAdmin && <th className="num">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rules.data.map((rule) => (
                <tr key={rule.id}>
                  <td>{rule.name}</td>
                  <td>{resource(rule.resourceId)?.name ?? t('calendar.allResources')}</td>
                  <td>{rule.days?.map((day) => t(`day.${day}`).slice(0, 3)).join(' ')}</td>
                  <td>
                    {rule.from}–{rule.to}
                  </td>
                  <td className="num">{price(rule)}</td>
                  {canAdmin && (
                    <td>
                      <span className="cell-actions">
                        <button onClick={() => setEditing(rule)}>{t('common.edit')}</button>
                        <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(rule.id!)}>
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
      ) : (
        <Empty>{t('pricing.empty')}</Empty>
      )}
      {editing && <RuleForm rule={editing === 'new' ? undefined : editing} resources={resources} onDone={() => setEditing(null)} />}
    </section>
  );
}
