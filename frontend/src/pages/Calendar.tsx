import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Empty, Skeleton } from '../ui/parts';
import { MonthGrid } from './bookings/MonthGrid';
import { Alternatives, BookingForm, BookingPanel, useWhen, type Opening } from './bookings/parts';
import { alternativesOf, useBookingsBetween, useMoveBooking, useResources, useZones, type Booking, type Resource } from './bookings/queries';
import { TimeGrid, type Column, type Moving } from './bookings/TimeGrid';
import { addDays, addMonths, dayLabel, instantAt, iso, minutesOf, monthStart, today as todayIn, weekStart, type Day } from './bookings/time';

type View = 'day' | 'week' | 'month';
const views: View[] = ['day', 'week', 'month'];
const hidden = new Set(['CANCELLED', 'EXPIRED']);

/** The days a view shows around a day: from its first day, how many. */
function span(view: View, day: Day): { first: Day; days: number } {
  if (view === 'day') return { first: day, days: 1 };
  if (view === 'week') return { first: weekStart(day), days: 7 };
  const first = weekStart(monthStart(day));
  const next = addMonths(day, 1);
  let days = 28;
  while (addDays(first, days) < next) days += 7;
  return { first, days };
}

/** The hours the grid shows: the resources' opening hours (06:00–24:00 without any), widened to fit every booking. */
function gridHours(ranges: { opens?: string; closes?: string }[], bookings: Booking[], first: Day, days: number, zone: string): [number, number] {
  const opens = ranges.map((range) => minutesOf(range.opens ?? '')).filter((minutes) => !Number.isNaN(minutes));
  const closes = ranges.map((range) => minutesOf(range.closes ?? '')).filter((minutes) => !Number.isNaN(minutes));
  let from = opens.length ? Math.min(...opens) : 6 * 60;
  let until = closes.length ? Math.max(...closes) : 24 * 60;
  const start = instantAt(first, 0, zone).getTime();
  for (const booking of bookings) {
    const offset = (Date.parse(booking.start!) - start) / 60_000;
    const minute = ((offset % 1440) + 1440) % 1440;
    const length = (Date.parse(booking.end ?? booking.start!) - Date.parse(booking.start!)) / 60_000;
    if (offset >= 0 && offset < days * 1440) {
      from = Math.min(from, minute);
      until = Math.max(until, Math.min(1440, minute + length));
    }
  }
  return [Math.floor(from / 60), Math.min(24, Math.ceil(until / 60))];
}

/** Which resources the filter leaves: all, those of a type, or one. */
function filtered(resources: Resource[], filter: string) {
  if (filter.startsWith('type:')) return resources.filter((resource) => resource.type === filter.slice(5));
  return filter ? resources.filter((resource) => resource.id === filter) : resources;
}

/** Bookings by day, week or month: moved by dragging, made by clicking a free time, opened by clicking. */
export function CalendarPage() {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const when = useWhen();
  const [params, setParams] = useSearchParams();
  const view = views.find((name) => name === params.get('view')) ?? 'day';
  const filter = params.get('resource') ?? '';
  const showAll = params.get('all') === '1';
  const resources = useResources();
  const zones = useZones();
  const [selected, setSelected] = useState<Booking | null>(null);
  const [opening, setOpening] = useState<Opening | null>(null);
  const [moving, setMoving] = useState<Moving>();
  const [problem, setProblem] = useState<{ error: unknown; booking: Booking } | null>(null);
  const move = useMoveBooking();

  const all = (resources.data?.items ?? []).filter((resource) => resource.active !== false);
  const shown = filtered(all, filter);
  const zone = zones.shared(shown.length ? shown : all);
  const today = todayIn(zone);
  const day = params.get('date') ?? today;
  const { first, days } = span(view, day);
  const bookings = useBookingsBetween(iso(instantAt(first, 0, zone)), iso(instantAt(addDays(first, days), 0, zone)), zones.ready && resources.isSuccess);
  const hours = useQueries({
    queries: view === 'month' ? [] : shown.map((resource) => ({
      queryKey: ['resource-hours', resource.id],
      queryFn: () => ok(api.GET('/api/v1/resources/{id}/hours', { params: { path: { id: resource.id! } } })),
    })),
  });

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const step = (direction: 1 | -1) =>
    set({ date: view === 'month' ? addMonths(day, direction) : addDays(day, direction * (view === 'week' ? 7 : 1)) });

  const moveTo = (booking: Booking, start: string, resourceId?: string, end?: string) => {
    setProblem(null);
    const target = { id: booking.id!, start, end, resourceId: resourceId && resourceId !== booking.resourceId ? resourceId : undefined };
    setMoving({ ...target, resourceId: target.resourceId ?? booking.resourceId });
    move.mutate(target, {
      onError: (error) => {
        // A taken slot or a time the resource does not take is explained here; anything else comes as a toast.
        if (error instanceof ApiError && (error.problem.errors?.length || alternativesOf(error).length)) setProblem({ error, booking });
      },
      onSettled: () => setMoving(undefined),
    });
  };

  if (resources.isPending || !zones.ready) {
    return (
      <div className="page">
        <h1>{t('calendar.title')}</h1>
        <Skeleton rows={8} />
      </div>
    );
  }
  if (!all.length) {
    return (
      <div className="page">
        <h1>{t('calendar.title')}</h1>
        <Empty>
          <p>{t('calendar.noResources')}</p>
          <Link to="/resources">{t('calendar.addResources')} →</Link>
        </Empty>
      </div>
    );
  }

  const ids = new Set(shown.map((resource) => resource.id));
  const visible = (bookings.data ?? []).filter((booking) => ids.has(booking.resourceId) && (showAll || !hidden.has(booking.status ?? '')));
  const zoneOf = (resourceId?: string) => zones.zoneOf(all.find((resource) => resource.id === resourceId));
  const types = [...new Set(all.map((resource) => resource.type).filter(Boolean))] as string[];
  const columns: Column[] = view === 'day'
    ? shown.map((resource) => ({ key: resource.id!, label: resource.name ?? '', day, resource }))
    : Array.from({ length: 7 }, (_, index) => {
        const date = addDays(first, index);
        return { key: date, label: dayLabel(date, when.locale, { weekday: 'short', day: 'numeric', month: 'short' }), day: date, today: date === today };
      });
  const title = view === 'day'
    ? dayLabel(day, when.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    : view === 'week'
      ? `${when.short(first)} – ${when.short(addDays(first, 6))}`
      : dayLabel(monthStart(day), when.locale, { month: 'long', year: 'numeric' });
  const loading = bookings.isPending || hours.some((query) => query.isPending);

  return (
    <div className="page calendar" data-view={view} data-day={day}>
      <div className="page-head">
        <h1>{t('calendar.title')}</h1>
        <div className="tabs" role="tablist">
          {views.map((name) => (
            <button key={name} role="tab" aria-selected={view === name} onClick={() => set({ view: name })}>
              {t(`calendar.${name}`)}
            </button>
          ))}
        </div>
        <span className="spacer" />
        {canWrite && (
          <button className="primary" onClick={() => setOpening({ day, minutes: 18 * 60, resourceId: shown[0]?.id })}>
            + {t('booking.new')}
          </button>
        )}
      </div>
      <div className="filter-row toolbar calendar-toolbar">
        <button onClick={() => step(-1)}>{t('common.previous')}</button>
        <button onClick={() => set({ date: undefined })}>{t('calendar.today')}</button>
        <button onClick={() => step(1)}>{t('common.next')}</button>
        <strong className="calendar-title" aria-live="polite">
          {title}
        </strong>
        <span className="spacer" />
        <select aria-label={t('booking.resource')} value={filter} onChange={(e) => set({ resource: e.target.value || undefined })}>
          <option value="">{t('calendar.allResources')}</option>
          {types.length > 1 && types.map((type) => (
            <option key={type} value={`type:${type}`}>
              {t('calendar.type', { type })}
            </option>
          ))}
          {all.map((resource) => (
            <option key={resource.id} value={resource.id}>
              {resource.name}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={showAll} onChange={(e) => set({ all: e.target.checked ? '1' : undefined })} /> {t('calendar.showCancelled')}
        </label>
      </div>
      <p className="muted small">
        {t('calendar.zone', { zone })}
        {canWrite && view !== 'month' && ` · ${t('calendar.dragHint')}`}
      </p>
      {problem && (
        <div className="card calendar-problem" role="alert">
          <div className="row">
            <strong>{(problem.error as Error).message}</strong>
            <span className="spacer" />
            <button className="link" aria-label={t('common.close')} onClick={() => setProblem(null)}>
              ×
            </button>
          </div>
          <Alternatives error={problem.error} disabled={move.isPending} onPick={(slot) => moveTo(problem.booking, slot.start!, slot.resourceId)} />
        </div>
      )}
      {loading ? (
        <Skeleton rows={8} />
      ) : view === 'month' ? (
        <MonthGrid first={first} days={days} bookings={visible} zone={zone} today={today} onDay={(date) => set({ view: 'day', date })} />
      ) : (
        <TimeGrid
          columns={columns}
          bookings={visible}
          zone={zone}
          zoneOf={zoneOf}
          hours={gridHours(hours.flatMap((query) => query.data ?? []), visible, first, days, zone)}
          canWrite={canWrite}
          moving={moving}
          onOpen={setSelected}
          onMove={(booking, start, resourceId) => moveTo(booking, iso(start), resourceId)}
          onResize={(booking, end) => moveTo(booking, booking.start!, undefined, iso(end))}
          onPick={setOpening}
        />
      )}
      {selected && <BookingPanel booking={selected} onClose={() => setSelected(null)} />}
      {opening && <BookingForm opening={opening} resources={all} onDone={() => setOpening(null)} />}
    </div>
  );
}
