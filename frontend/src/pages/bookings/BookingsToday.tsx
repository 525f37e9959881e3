import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Empty } from '../../ui/parts';
import { BookingStatusBadge } from './parts';
import { addDays, browserZone, clock, instantAt, iso, today, wallClock } from './time';

const NEXT = 5;

/** Today's next bookings, from now to the end of the day on the company's clock. */
function NextToday({ zone }: { zone: string }) {
  const { t } = useI18n();
  const [from, to] = [new Date(), instantAt(addDays(today(zone), 1), 0, zone)].map(iso);
  const next = useQuery({
    queryKey: ['bookings', 'next-today', to],
    queryFn: () => ok(api.GET('/api/v1/bookings', { params: { query: { from, to, size: 20 } } })),
    refetchInterval: 60_000,
  });
  const items = (next.data?.items ?? []).filter((booking) => booking.status === 'HELD' || booking.status === 'CONFIRMED').slice(0, NEXT);
  if (next.isPending) return null;
  if (!items.length) return <Empty>{t('home.noMoreBookings')}</Empty>;
  return (
    <ul className="list next-bookings">
      {items.map((booking) => (
        <li key={booking.id} className="list-row">
          <strong>{clock(wallClock(booking.start!, zone).minutes)}</strong>
          <span>{booking.resourceName}</span>
          <Link to={`/customers/${booking.customerId}`}>{booking.customerName || booking.customerPhone}</Link>
          <span className="spacer" />
          <BookingStatusBadge status={booking.status} />
        </li>
      ))}
    </ul>
  );
}

/** The day's bookings on the home page: how many, how full, what they earn, and who comes next. Only for a company with resources. */
export function BookingsToday() {
  const { t, formatMoney, formatAmount } = useI18n();
  const resources = useQuery({
    queryKey: ['resources', 'any'],
    queryFn: () => ok(api.GET('/api/v1/resources', { params: { query: { size: 1 } } })),
  });
  const has = (resources.data?.total ?? 0) > 0;
  const summary = useQuery({
    queryKey: ['booking-summary'],
    queryFn: () => ok(api.GET('/api/v1/bookings/summary')),
    enabled: has,
    refetchInterval: 60_000,
  });
  if (!has || !summary.data) return null;
  const day = summary.data;
  const revenue = day.revenue ?? [];
  return (
    <section aria-label={t('home.bookingsDay')} className="bookings-today">
      <div className="page-head">
        <h2>{t('home.bookingsDay')}</h2>
        <span className="spacer" />
        <Link to="/calendar">{t('home.openCalendar')} →</Link>
      </div>
      <div className="tiles">
        <div className="card tile">
          <span className="tile-label">{t('home.bookings')}</span>
          <strong className="tile-value">{day.bookings ?? 0}</strong>
        </div>
        <div className="card tile">
          <span className="tile-label">{t('home.occupancy')}</span>
          <strong className="tile-value">{Math.round((day.occupancyRate ?? 0) * 100)}%</strong>
        </div>
        <div className="card tile">
          <span className="tile-label">{t('home.bookingRevenue')}</span>
          <strong className="tile-value">
            {revenue.length ? revenue.map((sum) => formatMoney(String(sum.amount), sum.currency)).join(' · ') : formatAmount('0')}
          </strong>
        </div>
      </div>
      <div className="card">
        <h3>{t('home.nextBookings')}</h3>
        <NextToday zone={day.timezone || browserZone()} />
      </div>
    </section>
  );
}
