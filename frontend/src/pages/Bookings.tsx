import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Badge, Listing, Pager } from '../ui/parts';
import { BookingTable } from './bookings/BookingTable';
import { statuses, useResources, useZones, type BookingStatus } from './bookings/queries';
import { addDays, instantAt, iso, today } from './bookings/time';
import { Waitlist } from './bookings/Waitlist';

const SIZE = 20;

function BookingList() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customerId') ?? undefined;
  const resources = useResources();
  const zones = useZones();
  const all = resources.data?.items ?? [];
  const zone = zones.shared(all);
  const [filters, setFilters] = useState<{ from?: string; to?: string; resourceId?: string; status?: BookingStatus }>({});
  const [page, setPage] = useState(0);
  // Upcoming by default: from today on the venue's clock.
  const from = filters.from ?? today(zone);
  const range = {
    from: from ? iso(instantAt(from, 0, zone)) : undefined,
    to: filters.to ? iso(instantAt(addDays(filters.to, 1), 0, zone)) : undefined,
  };
  const bookings = useQuery({
    queryKey: ['bookings', 'list', range, filters.resourceId, filters.status, customerId, page],
    enabled: zones.ready,
    queryFn: () =>
      ok(api.GET('/api/v1/bookings', {
        params: { query: { ...range, resourceId: filters.resourceId, status: filters.status, customerId, page, size: SIZE } },
      })),
  });
  const customer = useQuery({
    queryKey: ['customer', customerId],
    queryFn: () => ok(api.GET('/api/v1/customers/{id}', { params: { path: { id: customerId! } } })),
    enabled: Boolean(customerId),
  });
  const update = (next: typeof filters) => {
    setPage(0);
    setFilters({ ...filters, ...next });
  };
  return (
    <>
      <div className="filter-row toolbar">
        <label className="check">
          {t('common.from')} <input type="date" value={from} onChange={(e) => update({ from: e.target.value })} />
        </label>
        <label className="check">
          {t('common.to')} <input type="date" value={filters.to ?? ''} onChange={(e) => update({ to: e.target.value || undefined })} />
        </label>
        <select aria-label={t('booking.resource')} value={filters.resourceId ?? ''} onChange={(e) => update({ resourceId: e.target.value || undefined })}>
          <option value="">{t('calendar.allResources')}</option>
          {all.map((resource) => (
            <option key={resource.id} value={resource.id}>
              {resource.name}
            </option>
          ))}
        </select>
        <select aria-label={t('common.status')} value={filters.status ?? ''} onChange={(e) => update({ status: (e.target.value || undefined) as BookingStatus | undefined })}>
          <option value="">{t('common.all')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`booking.status.${status}`)}
            </option>
          ))}
        </select>
        {customerId && (
          <Badge tone="info">
            {t('bookings.customerFilter', { name: customer.data?.name || customer.data?.phone || '…' })}{' '}
            <button className="link" aria-label={t('bookings.everyCustomer')} onClick={() => setParams({}, { replace: true })}>
              ×
            </button>
          </Badge>
        )}
      </div>
      <Listing query={bookings} empty={t('bookings.empty')}>
        {(items) => <BookingTable items={items} showCustomer={!customerId} />}
      </Listing>
      {bookings.data && <Pager page={page} size={SIZE} total={bookings.data.total ?? 0} onPage={setPage} />}
    </>
  );
}

/** Bookings as a list with filters, and the waitlist of customers waiting for a taken slot. */
export function BookingsPage() {
  const { t } = useI18n();
  const [tab, setTab] = useState<'bookings' | 'waitlist'>('bookings');
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('bookings.title')}</h1>
        <div className="tabs" role="tablist">
          <button role="tab" aria-selected={tab === 'bookings'} onClick={() => setTab('bookings')}>
            {t('bookings.list')}
          </button>
          <button role="tab" aria-selected={tab === 'waitlist'} onClick={() => setTab('waitlist')}>
            {t('bookings.waitlist')}
          </button>
        </div>
      </div>
      {tab === 'bookings' ? <BookingList /> : <Waitlist />}
    </div>
  );
}
