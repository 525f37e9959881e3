import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { BookingsToday } from './bookings/BookingsToday';
import { QuotaBar } from './Home';

const level = (used: number, limit: number, percent: number) => {
  const { container, unmount } = render(
    <I18nProvider language="en">
      <QuotaBar usage={{ plan: 'FREE', used, limit, percent }} />
    </I18nProvider>,
  );
  const value = container.querySelector('.quota-fill')?.getAttribute('data-level');
  unmount();
  return value;
};

describe('QuotaBar', () => {
  it('turns amber at 80% and red at 100%', () => {
    expect(level(100, 1000, 10)).toBe('ok');
    expect(level(800, 1000, 80)).toBe('high');
    expect(level(1000, 1000, 100)).toBe('full');
  });

  it('shows an unlimited plan without a percentage', () => {
    const { getByText } = render(
      <I18nProvider language="en">
        <QuotaBar usage={{ plan: 'ENTERPRISE', used: 5, limit: -1, percent: 0 }} />
      </I18nProvider>,
    );
    expect(getByText('5 / unlimited')).toBeInTheDocument();
  });
});

const court = { id: 'r1', name: 'Lapangan Futsal 1', type: 'futsal', price: '150000.00', currency: 'IDR', timezone: 'Asia/Jakarta', active: true };
const budi = { id: 'b1', resourceId: 'r1', resourceName: 'Lapangan Futsal 1', customerId: 'c1', customerName: 'Budi', customerPhone: '+6281234567000',
  start: '2030-01-07T12:00:00Z', end: '2030-01-07T13:00:00Z', status: 'CONFIRMED', price: '225000.00', currency: 'IDR' };

describe("the home page's bookings of the day", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    session.end();
  });

  it('is not there for a company without resources', async () => {
    const fetch = stubApi({ 'GET /api/v1/resources': () => json({ items: [], page: 0, size: 1, total: 0 }) });
    renderAs('OWNER', <BookingsToday />);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Today’s bookings' })).toBeNull();
    expect(fetch.mock.calls.some(([request]) => String((request as Request).url).includes('/summary'))).toBe(false);
  });

  it("shows the day's count, occupancy, revenue and who comes next", async () => {
    stubApi({
      'GET /api/v1/resources': () => json({ items: [court], page: 0, size: 1, total: 3 }),
      'GET /api/v1/bookings/summary': () =>
        json({ date: '2030-01-07', timezone: 'Asia/Jakarta', bookings: 12, occupancyRate: 0.42, revenue: [{ currency: 'IDR', amount: '1800000.00' }] }),
      'GET /api/v1/bookings': () => json({ items: [budi], page: 0, size: 20, total: 1 }),
    });
    renderAs('VIEWER', <BookingsToday />);
    const day = await screen.findByRole('region', { name: 'Today’s bookings' });
    expect(within(day).getByText('12')).toBeInTheDocument();
    expect(within(day).getByText('42%')).toBeInTheDocument();
    expect(within(day).getByText(/1,800,000/)).toBeInTheDocument();
    expect(await within(day).findByRole('link', { name: 'Budi' })).toBeInTheDocument();
    expect(within(day).getByText('19:00')).toBeInTheDocument();
  });
});
