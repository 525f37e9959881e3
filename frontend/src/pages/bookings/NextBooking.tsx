import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { BookingStatusBadge, useWhen } from './parts';
import { taking, useResources, useZones } from './queries';

/**
 * The customer's next booking that still takes its slot (held or confirmed), for the conversation
 * with them: what the chat booked shows beside what was said. Nothing when they have none.
 */
export function NextBooking({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const when = useWhen();
  const resources = useResources();
  const { zoneOf } = useZones();
  const bookings = useQuery({
    queryKey: ['customer-bookings', customerId],
    queryFn: () => ok(api.GET('/api/v1/customers/{customerId}/bookings', { params: { path: { customerId }, query: { size: 50 } } })),
  });
  const now = Date.now();
  const next = (bookings.data?.items ?? [])
    .filter((booking) => taking(booking) && Date.parse(booking.end ?? '') > now)
    .sort((a, b) => Date.parse(a.start ?? '') - Date.parse(b.start ?? ''))[0];
  if (!next) return null;
  const resource = resources.data?.items?.find((item) => item.id === next.resourceId);
  return (
    <p className="next-booking" aria-label={t('inbox.nextBooking')}>
      <span className="muted">{t('inbox.nextBooking')}:</span> {next.resourceName} · {when.range(next.start, next.end, zoneOf(resource))}{' '}
      <BookingStatusBadge status={next.status} />
    </p>
  );
}
