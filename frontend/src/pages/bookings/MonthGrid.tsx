import { useI18n } from '../../i18n/i18n';
import { useWhen } from './parts';
import type { Booking } from './queries';
import { addDays, clock, dayLabel, wallClock, weekStart, type Day } from './time';

const SHOWN = 3;

/** A month of weeks, Monday first: each day its count and first bookings; a day opens in the day view. */
export function MonthGrid({ first, days, bookings, zone, today, onDay }: {
  first: Day;
  days: number;
  bookings: Booking[];
  zone: string;
  today: Day;
  onDay: (day: Day) => void;
}) {
  const { t } = useI18n();
  const { locale } = useWhen();
  const month = first.slice(0, 7);
  const byDay = new Map<Day, Booking[]>();
  for (const booking of bookings) {
    const { day } = wallClock(booking.start!, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), booking]);
  }
  const start = weekStart(first);
  return (
    <div className="month-grid">
      {Array.from({ length: 7 }, (_, index) => (
        <div key={index} className="month-weekday">
          {dayLabel(addDays(start, index), locale, { weekday: 'short' })}
        </div>
      ))}
      {Array.from({ length: days }, (_, index) => {
        const day = addDays(start, index);
        const items = (byDay.get(day) ?? []).sort((a, b) => a.start!.localeCompare(b.start!));
        return (
          <button
            key={day}
            type="button"
            className={`month-day${day.startsWith(month) ? '' : ' outside'}${day === today ? ' today' : ''}`}
            aria-label={`${dayLabel(day, locale)}: ${t('calendar.count', { count: items.length })}`}
            data-day={day}
            onClick={() => onDay(day)}
          >
            <span className="month-day-head">
              <strong>{Number(day.slice(8))}</strong>
              {items.length > 0 && <span className="badge badge-info">{items.length}</span>}
            </span>
            {items.slice(0, SHOWN).map((booking) => (
              <span key={booking.id} className={`month-booking booking-${booking.status}`}>
                {clock(wallClock(booking.start!, zone).minutes)} {booking.customerName || booking.customerPhone}
              </span>
            ))}
            {items.length > SHOWN && <span className="muted small">{t('calendar.more', { count: items.length - SHOWN })}</span>}
          </button>
        );
      })}
    </div>
  );
}
