import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Opening } from './parts';
import { taking, type Booking, type Resource } from './queries';
import { clock, instantAt, wallClock, type Day } from './time';

/** A column of the grid: a resource on one day (day view) or one day of every resource shown (week view). */
export interface Column {
  key: string;
  label: string;
  day: Day;
  resource?: Resource;
  today?: boolean;
}

/** A move or resize sent and not yet answered: the block waits where it was dropped. */
export interface Moving {
  id: string;
  start: string;
  end?: string;
  resourceId?: string;
}

export const HOUR_HEIGHT = 48;
const PER_MINUTE = HOUR_HEIGHT / 60;
/** Drops and clicks land on the quarter hour. */
export const SNAP = 15;
const snap = (minutes: number) => Math.round(minutes / SNAP) * SNAP;
const DRAG_THRESHOLD = 5;

interface Placed {
  booking: Booking;
  top: number;
  height: number;
  lane: number;
  lanes: number;
  /** Minutes from the column's midnight to the start (negative when it began the day before). */
  offset: number;
}

/** Blocks of a column, side by side where they overlap (a group class, or bookings over a move). */
function place(bookings: Booking[], dayStart: number, firstMinute: number, lastMinute: number): Placed[] {
  const sorted = [...bookings].sort((a, b) => Date.parse(a.start!) - Date.parse(b.start!));
  const placed: Placed[] = [];
  let cluster: Placed[] = [];
  let clusterEnd = -Infinity;
  let laneEnds: number[] = [];
  const close = () => cluster.forEach((item) => (item.lanes = laneEnds.length));
  for (const booking of sorted) {
    const offset = (Date.parse(booking.start!) - dayStart) / 60_000;
    const end = (Date.parse(booking.end ?? booking.start!) - dayStart) / 60_000;
    const from = Math.max(offset, firstMinute);
    const until = Math.min(Math.max(end, offset + 15), lastMinute);
    if (from >= clusterEnd) {
      close();
      cluster = [];
      laneEnds = [];
    }
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= from);
    if (lane < 0) lane = laneEnds.push(until) - 1;
    else laneEnds[lane] = until;
    const item = { booking, top: (from - firstMinute) * PER_MINUTE, height: Math.max((until - from) * PER_MINUTE, 20), lane, lanes: 1, offset };
    cluster.push(item);
    placed.push(item);
    clusterEnd = Math.max(clusterEnd, until);
  }
  close();
  return placed;
}

/** A block being dragged: by its body to another start (and column), or by its lower edge to another end. */
interface Drag {
  id: string;
  shift: number;
  minutes: number;
  /** Set while the lower edge is dragged: minutes from the column's midnight to the new end. */
  endMinutes?: number;
}

/**
 * Day and week views: hours down the side, a column per resource or per day, a block per
 * booking. A block is dragged with the pointer to another time (and column) and dropped on the
 * quarter hour, or its lower edge dragged to another end; a click on a block opens it, a click
 * on an empty time books it.
 */
export function TimeGrid({ columns, bookings, zone, zoneOf, hours, canWrite, moving, onOpen, onMove, onResize, onPick }: {
  columns: Column[];
  bookings: Booking[];
  zone: string;
  zoneOf: (resourceId?: string) => string;
  hours: [number, number];
  canWrite: boolean;
  moving?: Moving;
  onOpen: (booking: Booking) => void;
  onMove: (booking: Booking, start: Date, resourceId?: string) => void;
  onResize: (booking: Booking, end: Date) => void;
  onPick: (opening: Opening) => void;
}) {
  const { t } = useI18n();
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragged = useRef(false);
  const [firstHour, lastHour] = hours;
  const firstMinute = firstHour * 60;
  const lastMinute = lastHour * 60;
  const height = (lastMinute - firstMinute) * PER_MINUTE;

  const where = (booking: Booking) => {
    if (!moving || moving.id !== booking.id) return booking;
    const length = Date.parse(booking.end ?? booking.start!) - Date.parse(booking.start!);
    const end = moving.end ?? new Date(Date.parse(moving.start) + length).toISOString();
    return { ...booking, start: moving.start, end, resourceId: moving.resourceId ?? booking.resourceId };
  };
  const shown = bookings.map(where);
  const inColumn = (column: Column, dayStart: number, dayEnd: number) =>
    shown.filter((booking) => (!column.resource || booking.resourceId === column.resource.id)
      && Date.parse(booking.start!) < dayEnd && Date.parse(booking.end ?? booking.start!) > dayStart
      && (column.resource || Date.parse(booking.start!) >= dayStart || columns[0].day === column.day));

  /** Follows the pointer from a press to its release; a press that barely moved stays a click. */
  const track = (origin: { x: number; y: number }, measure: (x: number, y: number) => Drag, drop: (dropped: Drag) => void) => {
    let current: Drag | null = null;
    const follow = (move: PointerEvent) => {
      if (!current && Math.abs(move.clientX - origin.x) + Math.abs(move.clientY - origin.y) < DRAG_THRESHOLD) return;
      current = measure(move.clientX, move.clientY);
      setDrag(current);
    };
    const stop = (end: PointerEvent) => {
      window.removeEventListener('pointermove', follow);
      window.removeEventListener('pointerup', stop);
      window.removeEventListener('pointercancel', stop);
      setDrag(null);
      if (!current || end.type === 'pointercancel') return;
      // The click that follows the release is the end of the drag, not a request to open the booking.
      dragged.current = true;
      setTimeout(() => (dragged.current = false), 0);
      drop(measure(end.clientX, end.clientY));
    };
    window.addEventListener('pointermove', follow);
    window.addEventListener('pointerup', stop);
    window.addEventListener('pointercancel', stop);
  };

  const startDrag = (event: ReactPointerEvent<HTMLButtonElement>, placed: Placed, index: number) => {
    const { booking } = placed;
    if (event.button !== 0 || !canWrite || !taking(booking)) return;
    const width = event.currentTarget.parentElement?.getBoundingClientRect().width ?? 0;
    const origin = { x: event.clientX, y: event.clientY };
    track(origin, (x, y) => {
      const shift = width > 0 ? Math.max(-index, Math.min(columns.length - 1 - index, Math.round((x - origin.x) / width))) : 0;
      return { id: booking.id!, shift, minutes: snap(placed.offset + (y - origin.y) / PER_MINUTE) };
    }, (dropped) => {
      const target = columns[index + dropped.shift];
      const start = instantAt(target.day, dropped.minutes, zone);
      const resourceId = target.resource?.id ?? booking.resourceId;
      if (start.getTime() !== Date.parse(booking.start!) || resourceId !== booking.resourceId) onMove(booking, start, resourceId);
    });
  };

  /** The lower edge dragged: a new end on the quarter hour, at least a quarter hour after the start. */
  const startResize = (event: ReactPointerEvent<HTMLSpanElement>, placed: Placed, column: Column) => {
    const { booking } = placed;
    if (event.button !== 0 || !canWrite || !taking(booking)) return;
    event.stopPropagation();
    const dayStart = instantAt(column.day, 0, zone).getTime();
    const endOffset = (Date.parse(booking.end ?? booking.start!) - dayStart) / 60_000;
    const origin = { x: event.clientX, y: event.clientY };
    track(origin, (_, y) => ({
      id: booking.id!, shift: 0, minutes: placed.offset,
      endMinutes: Math.max(placed.offset + SNAP, snap(endOffset + (y - origin.y) / PER_MINUTE)),
    }), (dropped) => {
      const end = instantAt(column.day, dropped.endMinutes!, zone);
      if (end.getTime() !== Date.parse(booking.end ?? booking.start!)) onResize(booking, end);
    });
  };

  const pick = (event: React.MouseEvent<HTMLDivElement>, column: Column) => {
    if (!canWrite || dragged.current) return;
    const top = event.currentTarget.getBoundingClientRect().top;
    const minutes = firstMinute + Math.floor((event.clientY - top) / PER_MINUTE / SNAP) * SNAP;
    onPick({ day: column.day, minutes: Math.max(firstMinute, Math.min(minutes, lastMinute - SNAP)), resourceId: column.resource?.id });
  };

  const template = { gridTemplateColumns: `3.5rem repeat(${columns.length}, minmax(7.5rem, 1fr))` };
  return (
    <div className="time-grid-wrap">
      <div className="time-grid" data-hour-height={HOUR_HEIGHT} data-first-hour={firstHour} data-zone={zone}>
        <div className="time-grid-head" style={template}>
          <span />
          {columns.map((column) => (
            <div key={column.key} className={`time-grid-title${column.today ? ' today' : ''}`}>
              {column.label}
            </div>
          ))}
        </div>
        <div className="time-grid-body" style={{ ...template, height }}>
          <div className="time-gutter" aria-hidden="true">
            {Array.from({ length: lastHour - firstHour }, (_, index) => (
              <span key={index} style={{ top: index * HOUR_HEIGHT }}>
                {clock((firstHour + index) * 60)}
              </span>
            ))}
          </div>
          {columns.map((column, index) => {
            const dayStart = instantAt(column.day, 0, zone).getTime();
            const dayEnd = instantAt(column.day, 1440, zone).getTime();
            return (
              <div
                key={column.key}
                className={`time-column${column.today ? ' today' : ''}`}
                role="group"
                aria-label={column.label}
                data-day={column.day}
                data-resource-id={column.resource?.id}
                onClick={(event) => pick(event, column)}
              >
                {place(inColumn(column, dayStart, dayEnd), dayStart, firstMinute, lastMinute).map((placed) => {
                  const { booking } = placed;
                  const active = drag?.id === booking.id ? drag : null;
                  const resizing = active?.endMinutes !== undefined ? active : null;
                  const shifting = resizing ? null : active;
                  const zoneHere = zoneOf(booking.resourceId);
                  const startsAt = shifting ? instantAt(columns[index + shifting.shift].day, shifting.minutes, zone) : new Date(booking.start!);
                  const time = clock(wallClock(startsAt, zoneHere).minutes);
                  const endsAt = resizing ? instantAt(column.day, resizing.endMinutes!, zone)
                    : new Date(startsAt.getTime() + Date.parse(booking.end ?? booking.start!) - Date.parse(booking.start!));
                  const resizable = canWrite && taking(booking);
                  const customer = booking.customerName || booking.customerPhone || '';
                  return (
                    <button
                      key={booking.id}
                      type="button"
                      className={`booking-block booking-${booking.status}${active ? ' dragging' : ''}${moving?.id === booking.id ? ' moving' : ''}${resizable ? ' movable' : ''}`}
                      style={{
                        top: placed.top,
                        height: resizing
                          ? Math.max((Math.min(resizing.endMinutes!, lastMinute) - Math.max(placed.offset, firstMinute)) * PER_MINUTE, 20)
                          : placed.height,
                        left: `calc(${(placed.lane / placed.lanes) * 100}% + 2px)`,
                        width: `calc(${100 / placed.lanes}% - 4px)`,
                        transform: shifting ? `translate(${shifting.shift * 100 * placed.lanes}%, ${(shifting.minutes - placed.offset) * PER_MINUTE}px)` : undefined,
                      }}
                      aria-label={t('booking.label', { customer, time })}
                      data-booking-id={booking.id}
                      data-status={booking.status}
                      onPointerDown={(event) => startDrag(event, placed, index)}
                      onClick={(event) => {
                        event.stopPropagation();
                        if (!dragged.current) onOpen(booking);
                      }}
                    >
                      <strong>{customer}</strong>
                      <span>
                        {time}–{clock(wallClock(endsAt, zoneHere).minutes || 1440)}
                      </span>
                      {!column.resource && <span className="muted">{booking.resourceName}</span>}
                      {resizable && (
                        <span
                          className="resize-handle"
                          data-testid="resize-handle"
                          title={t('calendar.resize')}
                          onPointerDown={(event) => startResize(event, placed, column)}
                        />
                      )}
                    </button>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
