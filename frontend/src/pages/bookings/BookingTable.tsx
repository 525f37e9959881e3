import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { BookingActions, BookingStatusBadge, useWhen } from './parts';
import { useResources, useZones, type Booking } from './queries';

/** Bookings as rows: when (on the resource's clock), where, who, state, price, and what can be done. */
export function BookingTable({ items, showCustomer = true }: { items: Booking[]; showCustomer?: boolean }) {
  const { t, formatMoney } = useI18n();
  const when = useWhen();
  const { zoneOf } = useZones();
  const resources = useResources();
  const zone = (booking: Booking) => zoneOf(resources.data?.items?.find((resource) => resource.id === booking.resourceId));
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{t('booking.when')}</th>
            <th>{t('booking.resource')}</th>
            {showCustomer && <th>{t('booking.customer')}</th>}
            <th>{t('common.status')}</th>
            <th className="num">{t('booking.price')}</th>
            <th className="num">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((booking) => (
            <tr key={booking.id} data-booking-id={booking.id}>
              <td className="nowrap">{when.range(booking.start, booking.end, zone(booking))}</td>
              <td>{booking.resourceName}</td>
              {showCustomer && (
                <td>
                  <Link to={`/customers/${booking.customerId}`}>{booking.customerName || booking.customerPhone}</Link>
                  {booking.customerName && <div className="muted small">{booking.customerPhone}</div>}
                </td>
              )}
              <td>
                <BookingStatusBadge status={booking.status} />
              </td>
              <td className="num">{formatMoney(booking.price, booking.currency)}</td>
              <td>
                <span className="cell-actions">
                  <BookingActions booking={booking} />
                  {booking.calendarUrl && (
                    <a className="small" href={booking.calendarUrl} target="_blank" rel="noreferrer" aria-label={t('booking.calendarFile')}>
                      .ics
                    </a>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
