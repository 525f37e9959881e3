import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Badge, Listing, Pager } from '../../ui/parts';
import { useWhen } from './parts';
import { useResources, useZones } from './queries';

type Entry = Schemas['WaitlistEntry'];
const tone = { WAITING: 'info', OFFERED: 'warn', CLAIMED: 'good', EXPIRED: 'neutral', CANCELLED: 'neutral' } as const;
const SIZE = 20;

/** Customers in line for a taken slot, newest first; the first in line is offered the slot when it frees. */
export function Waitlist() {
  const { t, formatDate } = useI18n();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const when = useWhen();
  const { zoneOf } = useZones();
  const resources = useResources();
  const [page, setPage] = useState(0);
  const entries = useQuery({
    queryKey: ['waitlist', page],
    queryFn: () => ok(api.GET('/api/v1/waitlist', { params: { query: { page, size: SIZE } } })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/waitlist/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['waitlist'] });
      client.invalidateQueries({ queryKey: ['bookings'] });
    },
  });
  const zone = (entry: Entry) => zoneOf(resources.data?.items?.find((resource) => resource.id === entry.resourceId));
  return (
    <>
      <p className="muted small">{t('waitlist.hint')}</p>
      <Listing query={entries} empty={t('waitlist.empty')}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('booking.when')}</th>
                  <th>{t('booking.resource')}</th>
                  <th>{t('booking.customer')}</th>
                  <th>{t('common.status')}</th>
                  <th className="hide-narrow">{t('waitlist.since')}</th>
                  {canWrite && <th className="num">{t('common.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id}>
                    <td className="nowrap">{when.range(entry.start, entry.end, zone(entry))}</td>
                    <td>{entry.resourceName}</td>
                    <td>
                      {entry.customer?.id ? <Link to={`/customers/${entry.customer.id}`}>{entry.customer.name || entry.customer.phone}</Link> : '—'}
                    </td>
                    <td>
                      {entry.status && <Badge tone={tone[entry.status]}>{t(`waitlist.status.${entry.status}`)}</Badge>}
                      {entry.status === 'OFFERED' && entry.offeredUntil && (
                        <div className="muted small">{t('waitlist.offeredUntil', { time: when.at(entry.offeredUntil, zone(entry)) })}</div>
                      )}
                    </td>
                    <td className="hide-narrow">{formatDate(entry.createdAt)}</td>
                    {canWrite && (
                      <td>
                        <span className="cell-actions">
                          {(entry.status === 'WAITING' || entry.status === 'OFFERED') && (
                            <button
                              className="danger"
                              disabled={remove.isPending}
                              aria-label={`${t('waitlist.remove')}: ${entry.customer?.name || entry.customer?.phone || ''}`}
                              onClick={() => remove.mutate(entry.id!)}
                            >
                              {t('waitlist.remove')}
                            </button>
                          )}
                        </span>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
      {entries.data && <Pager page={page} size={SIZE} total={entries.data.total ?? 0} onPage={setPage} />}
    </>
  );
}
