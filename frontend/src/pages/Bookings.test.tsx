import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { BookingsPage } from './Bookings';
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

describe('BookingsPage', () => {
  it('lists bookings from today on the venue’s clock and confirms a held one', async () => {
    const asked: URLSearchParams[] = [];
    const confirmed: string[] = [];
    stubApi({
      ...common,
      'GET /api/v1/bookings': (request) => {
        asked.push(new URL(request.url).searchParams);
        return page([booking('b1', '2030-01-07T12:00:00Z', confirmed.length ? 'CONFIRMED' : 'HELD')]);
      },
      'POST /api/v1/bookings/b1/confirm': () => {
        confirmed.push('b1');
        return json(booking('b1', '2030-01-07T12:00:00Z'));
      },
    });
    renderAs('AGENT', <BookingsPage />);
    const row = (await screen.findByRole('link', { name: 'Budi' })).closest('tr')!;
    expect(row).toHaveTextContent('19:00–20:00');
    expect(row).toHaveTextContent('Held');
    expect(asked[0].get('from')).toMatch(/T17:00:00Z$/);
    await userEvent.click(within(row).getByRole('button', { name: 'Confirm' }));
    expect(await within(row).findByText('Confirmed')).toBeInTheDocument();
    expect(confirmed).toEqual(['b1']);
  });

  it('takes a customer out of the waitlist', async () => {
    const removed: string[] = [];
    stubApi({
      ...common,
      'GET /api/v1/bookings': () => page([]),
      'GET /api/v1/waitlist': () => page(removed.length ? [] : [{
        id: 'w1', resourceId: 'r1', resourceName: 'Lapangan Futsal 1', start: '2030-01-07T12:00:00Z', end: '2030-01-07T13:00:00Z',
        customer: { id: 'c2', name: 'Sari', phone: '+6281200000002' }, status: 'WAITING', createdAt: '2029-12-30T10:00:00Z',
      }]),
      'DELETE /api/v1/waitlist/w1': () => {
        removed.push('w1');
        return new Response(null, { status: 204 });
      },
    });
    renderAs('AGENT', <BookingsPage />);
    await userEvent.click(screen.getByRole('tab', { name: 'Waitlist' }));
    const row = (await screen.findByRole('link', { name: 'Sari' })).closest('tr')!;
    expect(row).toHaveTextContent('Waiting');
    await userEvent.click(within(row).getByRole('button', { name: 'Remove: Sari' }));
    expect(await screen.findByText('Nobody is waiting for a slot.')).toBeInTheDocument();
    expect(removed).toEqual(['w1']);
  });
});
