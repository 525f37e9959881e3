import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Badge, Field, fieldError, Modal, SubmitButton } from '../../ui/parts';
import { useToast } from '../../ui/toast';
import { useDebounced } from '../../ui/useDebounced';
import { alternativesOf, refreshBookings, taking, useBookingTransition, useResources, useZones, type Booking, type BookingStatus, type Resource, type Slot, type Transition } from './queries';
import { clock, dayLabel, instantAt, iso, minutesOf, wallClock, type Day } from './time';

const tone = { HELD: 'warn', CONFIRMED: 'good', COMPLETED: 'info', NO_SHOW: 'bad', CANCELLED: 'neutral', EXPIRED: 'neutral' } as const;

export function BookingStatusBadge({ status }: { status?: BookingStatus }) {
  const { t } = useI18n();
  return status ? <Badge tone={tone[status]}>{t(`booking.status.${status}`)}</Badge> : null;
}

/** Labels for when something happens, on the clock of the zone it happens in. */
export function useWhen() {
  const { language } = useI18n();
  const locale = language === 'es' ? 'es-ES' : 'en-US';
  const short = (day: Day) => dayLabel(day, locale, { weekday: 'short', day: 'numeric', month: 'short' });
  return {
    locale,
    short,
    /** 'lun, 7 dic · 19:00–20:00' */
    range: (start: string | undefined, end: string | undefined, zone: string) => {
      if (!start) return '—';
      const from = wallClock(start, zone);
      const until = end ? wallClock(end, zone) : undefined;
      return `${short(from.day)} · ${clock(from.minutes)}${until ? `–${clock(until.day === from.day ? until.minutes : until.minutes || 1440)}` : ''}`;
    },
    /** 'lun, 7 dic 19:00' */
    at: (instant: string | undefined, zone: string) => {
      if (!instant) return '—';
      const { day, minutes } = wallClock(instant, zone);
      return `${short(day)} ${clock(minutes)}`;
    },
  };
}

/** The changes a booking's state allows, as buttons, for those who may change bookings. */
export function BookingActions({ booking, onDone }: { booking: Booking; onDone?: (booking: Booking) => void }) {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const change = useBookingTransition();
  if (!canWrite) return null;
  const go = (to: Transition) => change.mutate({ id: booking.id!, to }, { onSuccess: onDone });
  const started = Date.parse(booking.start ?? '') <= Date.now();
  return (
    <>
      {booking.status === 'HELD' && (
        <button disabled={change.isPending} onClick={() => go('confirm')}>
          {t('booking.confirm')}
        </button>
      )}
      {booking.status === 'CONFIRMED' && started && (
        <>
          <button disabled={change.isPending} onClick={() => go('complete')}>
            {t('booking.complete')}
          </button>
          <button disabled={change.isPending} onClick={() => go('noShow')}>
            {t('booking.noShow')}
          </button>
        </>
      )}
      {taking(booking) && (
        <button className="danger" disabled={change.isPending} onClick={() => confirm(t('booking.confirmCancel')) && go('cancel')}>
          {t('booking.cancel')}
        </button>
      )}
    </>
  );
}

/** One booking: who, where, when, its price and state, what can be done with it, its calendar file. */
export function BookingPanel({ booking: shown, onClose }: { booking: Booking; onClose: () => void }) {
  const { t, formatMoney } = useI18n();
  const { zoneOf } = useZones();
  const resources = useResources();
  const when = useWhen();
  const [booking, setBooking] = useState(shown);
  const zone = zoneOf(resources.data?.items?.find((resource) => resource.id === booking.resourceId));
  return (
    <Modal title={booking.customerName || booking.customerPhone || t('booking.title')} onClose={onClose}>
      <div className="stack">
        <dl className="facts">
          <dt>{t('booking.resource')}</dt>
          <dd>{booking.resourceName}</dd>
          <dt>{t('booking.when')}</dt>
          <dd>{when.range(booking.start, booking.end, zone)}</dd>
          <dt>{t('common.status')}</dt>
          <dd>
            <BookingStatusBadge status={booking.status} />
            {booking.status === 'HELD' && booking.holdExpiresAt && (
              <span className="muted small"> {t('booking.heldUntil', { time: when.at(booking.holdExpiresAt, zone) })}</span>
            )}
          </dd>
          <dt>{t('booking.price')}</dt>
          <dd>{formatMoney(booking.price, booking.currency)}</dd>
          <dt>{t('customers.phone')}</dt>
          <dd>{booking.customerPhone || '—'}</dd>
          <dt>{t('booking.source')}</dt>
          <dd>{booking.source ? t(booking.source === 'CHAT' ? 'booking.sourceChat' : 'booking.sourceTeam') : '—'}</dd>
          {booking.notes && (
            <>
              <dt>{t('booking.notes')}</dt>
              <dd>{booking.notes}</dd>
            </>
          )}
        </dl>
        <div className="row">
          {booking.customerId && <Link to={`/customers/${booking.customerId}`}>{t('booking.customerPage')}</Link>}
          {booking.calendarUrl && (
            <a href={booking.calendarUrl} target="_blank" rel="noreferrer">
              {t('booking.calendarFile')}
            </a>
          )}
          <span className="spacer" />
          <span className="cell-actions">
            <BookingActions booking={booking} onDone={setBooking} />
          </span>
        </div>
      </div>
    </Modal>
  );
}

/** The free slots a taken one was refused with, each a button that takes it. */
export function Alternatives({ error, onPick, disabled }: { error: unknown; onPick: (slot: Slot) => void; disabled?: boolean }) {
  const { t } = useI18n();
  const resources = useResources();
  const { zoneOf } = useZones();
  const when = useWhen();
  const slots = alternativesOf(error);
  if (!slots.length) return null;
  const resource = (id?: string) => resources.data?.items?.find((item) => item.id === id);
  return (
    <div className="alternatives">
      <span className="small">{t('booking.freeInstead')}</span>
      {slots.map((slot) => (
        <button key={`${slot.resourceId}-${slot.start}`} type="button" disabled={disabled} onClick={() => onPick(slot)}>
          {when.at(slot.start, zoneOf(resource(slot.resourceId)))} · {resource(slot.resourceId)?.name ?? ''}
        </button>
      ))}
    </div>
  );
}

export interface Opening {
  resourceId?: string;
  day: Day;
  minutes: number;
}

/** A booking made by the team: a resource, a day and time on its clock, and a customer found by phone or picked. */
export function BookingForm({ opening, resources, onDone }: { opening: Opening; resources: Resource[]; onDone: () => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const { zoneOf } = useZones();
  const [form, setForm] = useState({
    resourceId: opening.resourceId ?? resources[0]?.id ?? '',
    day: opening.day,
    time: clock(opening.minutes),
    customerId: '',
    customerPhone: '',
    customerName: '',
    status: 'CONFIRMED' as BookingStatus,
    notes: '',
  });
  const [search, setSearch] = useState('');
  const settled = useDebounced(search);
  const customers = useQuery({
    queryKey: ['customers', 'pick', settled],
    queryFn: () => ok(api.GET('/api/v1/customers', { params: { query: { search: settled, size: 20 } } })),
    enabled: settled.trim().length > 1,
  });
  const resource = resources.find((item) => item.id === form.resourceId);
  const save = useMutation({
    mutationFn: (slot?: Slot) => {
      const minutes = minutesOf(form.time);
      const start = slot?.start ?? (Number.isNaN(minutes) || !form.day ? '' : iso(instantAt(form.day, minutes, zoneOf(resource))));
      const customer = form.customerId
        ? { customerId: form.customerId }
        : { customerPhone: form.customerPhone.trim() || undefined, customerName: form.customerName.trim() || undefined };
      return ok(api.POST('/api/v1/bookings', {
        body: { resourceId: slot?.resourceId ?? form.resourceId, start, ...customer, status: form.status, notes: form.notes.trim() || undefined },
      }));
    },
    onSuccess: () => {
      refreshBookings(client);
      toast('success', t('common.saved'));
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const pick = (slot: Slot) => {
    const { day, minutes } = wallClock(slot.start!, zoneOf(resources.find((item) => item.id === slot.resourceId)));
    setForm({ ...form, resourceId: slot.resourceId ?? form.resourceId, day, time: clock(minutes) });
    save.mutate(slot);
  };
  return (
    <Modal title={t('booking.new')} onClose={onDone}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('booking.resource')} error={fieldError(save.error, 'resourceId')}>
          <select value={form.resourceId} onChange={(e) => setForm({ ...form, resourceId: e.target.value })}>
            {resources.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="row">
          <Field label={t('booking.date')} error={fieldError(save.error, 'start')}>
            <input type="date" value={form.day} onChange={(e) => setForm({ ...form, day: e.target.value })} />
          </Field>
          <Field label={t('booking.time')} hint={t('calendar.zone', { zone: zoneOf(resource) })}>
            <input type="time" step={900} value={form.time} onChange={(e) => setForm({ ...form, time: e.target.value })} />
          </Field>
        </div>
        <Alternatives error={save.error} onPick={pick} disabled={save.isPending} />
        <Field label={t('booking.existingCustomer')} error={fieldError(save.error, 'customerId')}>
          <input type="search" aria-label={t('common.search')} placeholder={t('booking.searchCustomer')} value={search} onChange={(e) => setSearch(e.target.value)} />
          {customers.data?.items?.length ? (
            <select aria-label={t('booking.existingCustomer')} value={form.customerId} onChange={(e) => setForm({ ...form, customerId: e.target.value })}>
              <option value="">—</option>
              {customers.data.items.map((customer) => (
                <option key={customer.id} value={customer.id}>
                  {customer.name ? `${customer.name} · ${customer.phone}` : customer.phone}
                </option>
              ))}
            </select>
          ) : null}
        </Field>
        {!form.customerId && (
          <div className="row">
            <Field label={t('customers.phone')} error={fieldError(save.error, 'customerPhone')}>
              <input value={form.customerPhone} inputMode="tel" placeholder="+6281234567890" onChange={(e) => setForm({ ...form, customerPhone: e.target.value })} />
            </Field>
            <Field label={t('common.name')} error={fieldError(save.error, 'customerName')}>
              <input value={form.customerName} onChange={(e) => setForm({ ...form, customerName: e.target.value })} />
            </Field>
          </div>
        )}
        <div className="row">
          <Field label={t('common.status')} error={fieldError(save.error, 'status')}>
            <select value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as BookingStatus })}>
              {(['CONFIRMED', 'HELD'] as const).map((status) => (
                <option key={status} value={status}>
                  {t(`booking.status.${status}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('booking.notes')} error={fieldError(save.error, 'notes')}>
            <input value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />
          </Field>
        </div>
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
          <SubmitButton pending={save.isPending} label={t('booking.book')} pendingLabel={t('common.saving')} />
        </div>
      </form>
    </Modal>
  );
}
