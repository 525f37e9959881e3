import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, ok, type Schemas } from '../../api/client';
import { browserZone } from './time';

/** What can be booked (a court, a room, a class), bookings, and the free slots a 409 offers instead. */
export type Resource = Schemas['BookingResource'];
export type Booking = Schemas['Booking'];
export type BookingStatus = NonNullable<Booking['status']>;
export type Slot = Schemas['BookingSlot'];

export const statuses: BookingStatus[] = ['HELD', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'EXPIRED'];
/** A booking in one of these still takes its slot: it can be moved or cancelled. */
export const taking = (booking: Booking) => booking.status === 'HELD' || booking.status === 'CONFIRMED';

export function useResources() {
  return useQuery({
    queryKey: ['resources', 'all'],
    queryFn: () => ok(api.GET('/api/v1/resources', { params: { query: { size: 100 } } })),
  });
}

/**
 * Each resource's zone: its own, else the company's, else the browser's. Several resources
 * shown together share a calendar in their zone when they have one, else in the company's.
 */
export function useZones() {
  const company = useQuery({ queryKey: ['company'], queryFn: () => ok(api.GET('/api/v1/company')) });
  const fallback = company.data?.timezone || browserZone();
  const zoneOf = (resource?: Resource) => resource?.timezone || fallback;
  return {
    ready: !company.isPending,
    zoneOf,
    shared: (resources: Resource[]) => {
      const zones = new Set(resources.map(zoneOf));
      return zones.size === 1 ? [...zones][0] : fallback;
    },
  };
}

const PAGE = 100;

/** Every booking overlapping [from, to), following the pages (at most 100 a page). */
export function useBookingsBetween(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: ['bookings', 'range', from, to],
    enabled,
    refetchInterval: 30_000,
    queryFn: async () => {
      const items: Booking[] = [];
      for (let page = 0; ; page++) {
        const answer = await ok(api.GET('/api/v1/bookings', { params: { query: { from, to, page, size: PAGE } } }));
        items.push(...(answer.items ?? []));
        if (!answer.items?.length || items.length >= (answer.total ?? 0)) return items;
      }
    },
  });
}

/** After any change to a booking: every list, day and standing that shows bookings is read again. */
export function refreshBookings(client: QueryClient) {
  for (const key of ['bookings', 'customer-bookings', 'booking-standing', 'booking-summary']) {
    client.invalidateQueries({ queryKey: [key] });
  }
}

const transitions = {
  confirm: '/api/v1/bookings/{id}/confirm',
  cancel: '/api/v1/bookings/{id}/cancel',
  complete: '/api/v1/bookings/{id}/complete',
  noShow: '/api/v1/bookings/{id}/no-show',
} as const;
export type Transition = keyof typeof transitions;

/** Confirm, cancel, complete or mark a no-show; the answer is the booking as it is now. */
export function useBookingTransition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to }: { id: string; to: Transition }) => ok(api.POST(transitions[to], { params: { path: { id } } })),
    onSuccess: () => refreshBookings(client),
  });
}

/** Moves a booking to another start (and resource); the calendar shows the answer at once. */
export function useMoveBooking() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, start, end, resourceId }: { id: string; start: string; end?: string; resourceId?: string }) =>
      ok(api.PATCH('/api/v1/bookings/{id}', { params: { path: { id } }, body: { start, end, resourceId } })),
    onSuccess: (moved) => {
      client.setQueriesData<Booking[]>({ queryKey: ['bookings', 'range'] }, (items) =>
        items?.map((booking) => (booking.id === moved.id ? moved : booking)));
      refreshBookings(client);
    },
  });
}

/** The free slots a 409 answer offers instead of the one taken. */
export function alternativesOf(error: unknown): Slot[] {
  const alternatives = error instanceof ApiError ? (error.problem as { alternatives?: Slot[] }).alternatives : undefined;
  return Array.isArray(alternatives) ? alternatives : [];
}
