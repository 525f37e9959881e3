import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Empty, Field, fieldError, Skeleton, SubmitButton } from '../../ui/parts';
import { useToast } from '../../ui/toast';
import { useWhen } from '../bookings/parts';
import { useZones, type Resource } from '../bookings/queries';
import { instantAt, iso, minutesOf, weekdays, type Weekday } from '../bookings/time';
import { CopyButton } from '../settings/CopyButton';

type Hours = Schemas['BookingHours'];

/** The weekly opening hours: several ranges a day, 24:00 for midnight; saved all at once. */
function OpeningHours({ resource }: { resource: Resource }) {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const toast = useToast();
  const id = resource.id!;
  const hours = useQuery({ queryKey: ['resource-hours', id], queryFn: () => ok(api.GET('/api/v1/resources/{id}/hours', { params: { path: { id } } })) });
  const [ranges, setRanges] = useState<Hours[] | null>(null);
  useEffect(() => {
    if (hours.data) setRanges(hours.data);
  }, [hours.data]);
  const save = useMutation({
    mutationFn: (body: Hours[]) => ok(api.PUT('/api/v1/resources/{id}/hours', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      client.setQueryData(['resource-hours', id], saved);
      toast('success', t('common.saved'));
    },
  });
  if (!ranges) return <Skeleton rows={3} />;
  const change = (index: number, part: 'opens' | 'closes', value: string) =>
    setRanges(ranges.map((range, at) => (at === index ? { ...range, [part]: value } : range)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(ranges.filter((range) => range.opens || range.closes));
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('resources.hours')}>
      <h3>{t('resources.hours')}</h3>
      <ul className="list hours">
        {weekdays.map((day: Weekday) => {
          const ofDay = ranges.map((range, index) => ({ range, index })).filter(({ range }) => range.dayOfWeek === day);
          return (
            <li key={day} className="list-row">
              <strong className="hours-day">{t(`day.${day}`)}</strong>
              {ofDay.length === 0 && <span className="muted">{t('resources.closed')}</span>}
              {ofDay.map(({ range, index }) => (
                <span key={index} className="hours-range">
                  <input aria-label={`${t(`day.${day}`)} · ${t('resources.opens')}`} value={range.opens ?? ''} maxLength={5} placeholder="08:00"
                    disabled={!canAdmin} onChange={(e) => change(index, 'opens', e.target.value)} />
                  –
                  <input aria-label={`${t(`day.${day}`)} · ${t('resources.closes')}`} value={range.closes ?? ''} maxLength={5} placeholder="22:00"
                    disabled={!canAdmin} onChange={(e) => change(index, 'closes', e.target.value)} />
                  {canAdmin && (
                    <button type="button" className="link" aria-label={`${t('resources.removeRange')}: ${t(`day.${day}`)} ${range.opens ?? ''}–${range.closes ?? ''}`}
                      onClick={() => setRanges(ranges.filter((_, at) => at !== index))}>
                      ×
                    </button>
                  )}
                </span>
              ))}
              {canAdmin && (
                <button type="button" className="link" aria-label={`${t('resources.addRange')}: ${t(`day.${day}`)}`}
                  onClick={() => setRanges([...ranges, { dayOfWeek: day, opens: '08:00', closes: '22:00' }])}>
                  + {t('resources.addRange')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('resources.hoursHint')}</p>
      {save.error && (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      )}
      {canAdmin && (
        <div className="row">
          <span className="spacer" />
          <SubmitButton pending={save.isPending} label={t('resources.saveHours')} pendingLabel={t('common.saving')} />
        </div>
      )}
    </form>
  );
}

/** 'YYYY-MM-DDTHH:MM' on the resource's clock, as an instant. */
function instantOf(local: string, zone: string): string | undefined {
  const [day, time] = local.split('T');
  const minutes = minutesOf(time ?? '');
  return day && !Number.isNaN(minutes) ? iso(instantAt(day, minutes, zone)) : undefined;
}

/** Periods the resource cannot be booked (holidays, maintenance): listed from now on, added and removed. */
function Closures({ resource }: { resource: Resource }) {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const { zoneOf } = useZones();
  const client = useQueryClient();
  const when = useWhen();
  const id = resource.id!;
  const zone = zoneOf(resource);
  const [form, setForm] = useState({ start: '', end: '', reason: '' });
  const closures = useQuery({ queryKey: ['closures', id], queryFn: () => ok(api.GET('/api/v1/resources/{id}/closures', { params: { path: { id } } })) });
  const refresh = () => client.invalidateQueries({ queryKey: ['closures', id] });
  const add = useMutation({
    mutationFn: () =>
      ok(api.POST('/api/v1/resources/{id}/closures', {
        params: { path: { id } },
        body: { start: instantOf(form.start, zone) ?? '', end: instantOf(form.end, zone) ?? '', reason: form.reason.trim() || undefined },
      })),
    onSuccess: () => {
      setForm({ start: '', end: '', reason: '' });
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (closureId: string) => ok(api.DELETE('/api/v1/resources/{id}/closures/{closureId}', { params: { path: { id, closureId } } })),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <div className="stack">
      <h3>{t('resources.closures')}</h3>
      {closures.isPending ? (
        <Skeleton rows={2} />
      ) : closures.data?.length ? (
        <ul className="list">
          {closures.data.map((closure) => (
            <li key={closure.id} className="list-row">
              <span>
                {when.at(closure.start, zone)} – {when.at(closure.end, zone)}
              </span>
              {closure.reason && <span className="muted">{closure.reason}</span>}
              <span className="spacer" />
              {canAdmin && (
                <button className="danger" disabled={remove.isPending} onClick={() => remove.mutate(closure.id!)}>
                  {t('common.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{t('resources.noClosures')}</Empty>
      )}
      {canAdmin && (
        <form className="row" onSubmit={submit} noValidate>
          <Field label={t('common.from')} error={fieldError(add.error, 'start')}>
            <input type="datetime-local" value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
          </Field>
          <Field label={t('common.to')} error={fieldError(add.error, 'end')}>
            <input type="datetime-local" value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
          </Field>
          <Field label={t('resources.reason')} error={fieldError(add.error, 'reason')}>
            <input value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
          </Field>
          <SubmitButton pending={add.isPending} label={t('resources.addClosure')} primary={false} />
        </form>
      )}
      <p className="muted small">{t('calendar.zone', { zone })}</p>
    </div>
  );
}

/** The private address of the resource's calendar, to subscribe to from a calendar app (owners and admins). */
function CalendarFeed({ resource }: { resource: Resource }) {
  const { t } = useI18n();
  const id = resource.id!;
  const feed = useQuery({ queryKey: ['calendar-feed', id], queryFn: () => ok(api.GET('/api/v1/resources/{id}/calendar-feed', { params: { path: { id } } })) });
  const url = feed.data?.url;
  return (
    <div className="stack">
      <h3>{t('resources.feed')}</h3>
      <p className="muted small">{t('resources.feedHint')}</p>
      {url && (
        <p>
          <code data-testid="calendar-feed">{url}</code> <CopyButton text={url} />
        </p>
      )}
    </div>
  );
}

/** One resource's hours, closures and calendar feed. */
export function Schedule({ resource }: { resource: Resource }) {
  const { canAdmin } = usePermissions();
  return (
    <section className="card schedule" aria-label={resource.name}>
      <h2>{resource.name}</h2>
      <div className="schedule-grid">
        <OpeningHours resource={resource} />
        <div className="stack">
          <Closures resource={resource} />
          {canAdmin && <CalendarFeed resource={resource} />}
        </div>
      </div>
    </section>
  );
}
