import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Badge, Empty } from '../../ui/parts';
import { BookingTable } from './BookingTable';
import type { Booking } from './queries';

/** Upcoming bookings first, soonest first; then the past ones, latest first. */
export function upcomingFirst(bookings: Booking[], now = Date.now()): Booking[] {
  const start = (booking: Booking) => Date.parse(booking.start ?? '');
  const upcoming = bookings.filter((booking) => start(booking) >= now).sort((a, b) => start(a) - start(b));
  const past = bookings.filter((booking) => start(booking) < now).sort((a, b) => start(b) - start(a));
  return [...upcoming, ...past];
}

/** No-shows against the limit; when the chat no longer books for the customer, an owner or admin can lift the bar. */
function Standing({ customerId }: { customerId: string }) {
  const { t, formatDate } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const standing = useQuery({
    queryKey: ['booking-standing', customerId],
    queryFn: () => ok(api.GET('/api/v1/customers/{customerId}/booking-standing', { params: { path: { customerId } } })),
  });
  const lift = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/customers/{customerId}/booking-standing/lift', { params: { path: { customerId } } })),
    onSuccess: (answer) => client.setQueryData(['booking-standing', customerId], answer),
  });
  const data = standing.data;
  if (!data) return null;
  return (
    <p className="row standing">
      <span>{t('standing.noShows', { count: data.noShows ?? 0, limit: data.limit ?? 0 })}</span>
      {data.barred && <Badge tone="bad">{t('standing.barred')}</Badge>}
      {!data.barred && data.liftedAt && <span className="muted small">{t('standing.lifted', { date: formatDate(data.liftedAt) })}</span>}
      {data.barred && canAdmin && (
        <button disabled={lift.isPending} onClick={() => lift.mutate()}>
          {t('standing.lift')}
        </button>
      )}
    </p>
  );
}

/** A customer's bookings and no-show standing; shown when the company takes bookings or the customer has some. */
export function CustomerBookings({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const resources = useQuery({
    queryKey: ['resources', 'any'],
    queryFn: () => ok(api.GET('/api/v1/resources', { params: { query: { size: 1 } } })),
  });
  const bookings = useQuery({
    queryKey: ['customer-bookings', customerId],
    queryFn: () => ok(api.GET('/api/v1/customers/{customerId}/bookings', { params: { path: { customerId }, query: { size: 50 } } })),
  });
  const items = bookings.data?.items ?? [];
  if (resources.isPending || bookings.isPending) return null;
  if (!items.length && !resources.data?.total) return null;
  return (
    <section aria-label={t('customers.bookings')} className="customer-bookings">
      <div className="page-head">
        <h2>{t('customers.bookings')}</h2>
        <span className="spacer" />
        {(bookings.data?.total ?? 0) > items.length && <Link to={`/bookings?customerId=${customerId}`}>{t('customers.allBookings')} →</Link>}
      </div>
      <Standing customerId={customerId} />
      {items.length ? <BookingTable items={upcomingFirst(items)} showCustomer={false} /> : <Empty>{t('customers.noBookings')}</Empty>}
    </section>
  );
}
