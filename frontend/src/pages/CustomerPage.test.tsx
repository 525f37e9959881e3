import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { CustomerBookings, upcomingFirst } from './bookings/CustomerBookings';
import type { BookingStatus } from './bookings/queries';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const court = { id: 'r1', name: 'Lapangan Futsal 1', type: 'futsal', price: '150000.00', currency: 'IDR', timezone: 'Asia/Jakarta', active: true };
const page = (items: unknown[]) => json({ items, page: 0, size: 20, total: items.length });
const booking = (id: string, start: string, status: BookingStatus = 'CONFIRMED') => ({
  id, resourceId: 'r1', resourceName: 'Lapangan Futsal 1', customerId: 'c1', customerName: 'Budi', customerPhone: '+6281234567000',
  start, end: new Date(Date.parse(start) + 3_600_000).toISOString(), status, price: '225000.00', currency: 'IDR',
});
const common = {
  'GET /api/v1/company': () => json({ id: 'co1', timezone: 'Asia/Jakarta' }),
  'GET /api/v1/resources': () => page([court]),
};

describe("a customer's bookings", () => {
  it('puts the upcoming ones first, soonest first, then the past ones', () => {
    const now = Date.parse('2030-01-07T00:00:00Z');
    const order = upcomingFirst([booking('past', '2030-01-01T12:00:00Z'), booking('later', '2030-02-01T12:00:00Z'),
      booking('older', '2029-12-01T12:00:00Z'), booking('soon', '2030-01-08T12:00:00Z')], now).map((item) => item.id);
    expect(order).toEqual(['soon', 'later', 'past', 'older']);
  });

  it('shows their bookings and lets an owner lift the bar of a customer with too many no-shows', async () => {
    const lifted: string[] = [];
    stubApi({
      ...common,
      'GET /api/v1/customers/c1/bookings': () => page([booking('b1', '2020-12-01T12:00:00Z', 'NO_SHOW'), booking('b2', '2030-01-07T12:00:00Z')]),
      'GET /api/v1/customers/c1/booking-standing': () => json({ noShows: 3, limit: 3, barred: true }),
      'POST /api/v1/customers/c1/booking-standing/lift': () => {
        lifted.push('c1');
        return json({ noShows: 0, limit: 3, barred: false, liftedAt: '2030-01-06T10:00:00Z' });
      },
    });
    renderAs('OWNER', <CustomerBookings customerId="c1" />);
    const section = await screen.findByRole('region', { name: 'Bookings' });
    const rows = await within(section).findAllByRole('row');
    expect(rows[1]).toHaveTextContent('Confirmed');
    expect(rows[2]).toHaveTextContent('No-show');
    expect(within(section).getByText('No-shows: 3 of 3')).toBeInTheDocument();
    expect(within(section).getByText('The chat no longer books for this customer')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Lift the bar' }));
    expect(await within(section).findByText('No-shows: 0 of 3')).toBeInTheDocument();
    expect(lifted).toEqual(['c1']);
  });

  it('offers an agent no lift', async () => {
    stubApi({
      ...common,
      'GET /api/v1/customers/c1/bookings': () => page([booking('b1', '2020-12-01T12:00:00Z', 'NO_SHOW')]),
      'GET /api/v1/customers/c1/booking-standing': () => json({ noShows: 3, limit: 3, barred: true }),
    });
    renderAs('AGENT', <CustomerBookings customerId="c1" />);
    expect(await screen.findByText('No-shows: 3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lift the bar' })).toBeNull();
  });
});
