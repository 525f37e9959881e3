import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { AnalyticsPage } from './Analytics';

beforeAll(() => {
  // Recharts measures its container; jsdom has no layout.
  vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
});

afterEach(() => {
  session.end();
});

function figures(asked: string[], overrides: Parameters<typeof stubApi>[0] = {}) {
  const period = (request: Request) => {
    const query = new URL(request.url).searchParams;
    asked.push(`${new URL(request.url).pathname}?from=${query.get('from')}&to=${query.get('to')}`);
    return { from: query.get('from'), to: query.get('to'), zone: 'UTC' };
  };
  stubApi({
    'GET /api/v1/analytics/funnel': (request) => json({ ...period(request), contacted: 40, churned: 2, steps: [
      { stage: 'LEAD', count: 40, rate: 1, fromPrevious: 1 },
      { stage: 'QUALIFIED', count: 16, rate: 0.4, fromPrevious: 0.4 },
      { stage: 'CUSTOMER', count: 6, rate: 0.15, fromPrevious: 0.375, medianDays: 3.5 }] }),
    'GET /api/v1/analytics/revenue': (request) => json({ ...period(request),
      totals: [{ currency: 'USD', sales: 6, amount: '394.00', average: '65.67' }],
      days: [{ day: '2026-12-05', currency: 'USD', sales: 2, amount: '98.00' }, { day: '2026-12-06', currency: 'USD', sales: 4, amount: '296.00' }],
      products: [{ productId: 'p1', name: 'Plan Personalizado', currency: 'USD', sales: 2, amount: '240.00' }] }),
    'GET /api/v1/analytics/payment-links': (request) => json({ ...period(request), sent: 10, paid: 6, pending: 3, failed: 1, paidRate: 0.6,
      medianMinutesToPay: 14.2 }),
    'GET /api/v1/analytics/bookings': (request) => json({ ...period(request), bookings: 12, occupancy: 0.375,
      revenue: [{ currency: 'IDR', sales: 0, amount: '1800000.00' }], days: [{ day: '2026-12-06', bookings: 12, occupancy: 0.375 }] }),
    'GET /api/v1/analytics/knowledge-gaps': (request) => json({ ...period(request), items: [
      { question: '¿Tienen estacionamiento?', times: 3, lastAsked: '2026-12-06T10:00:00Z' }] }),
    'GET /api/v1/analytics/conversations': (request) => json({ ...period(request), started: 40, messages: 300, aiReplies: 120, humanReplies: 30,
      handoffs: 5, aiShare: 0.8, handoffRate: 0.125, days: [{ day: '2026-12-06', started: 40, messages: 300, aiReplies: 120, humanReplies: 30, handoffs: 5 }] }),
    'GET /api/v1/analytics/response-times': (request) => json({ ...period(request),
      firstResponse: { all: { count: 40, p50Seconds: 4.2, p90Seconds: 9 }, ai: { count: 40, p50Seconds: 4.2, p90Seconds: 9 }, human: { count: 0 } },
      response: { all: { count: 150, p50Seconds: 5, p90Seconds: 1500 }, ai: { count: 120, p50Seconds: 4.5, p90Seconds: 8 },
        human: { count: 30, p50Seconds: 600, p90Seconds: 7200 } },
      resolution: { count: 12, p50Seconds: 172800, p90Seconds: 432000 },
      days: [{ day: '2026-12-06', replies: 150, p50Seconds: 5, p90Seconds: 1500 }] }),
    'GET /api/v1/analytics/handoffs': (request) => json({ ...period(request), handoffs: 5, reasons: [
      { reason: 'COMPLAINT', handoffs: 3, share: 0.6, latest: 'Cobro doble' },
      { reason: 'CUSTOMER_ASKED', handoffs: 2, share: 0.4, latest: 'human' }] }),
    ...overrides,
  });
}

describe('the analytics page', () => {
  it('shows the funnel, revenue, payment links and conversations of the period, and asks again for another period', async () => {
    const asked: string[] = [];
    figures(asked);
    renderAs('VIEWER', <AnalyticsPage />, '/analytics');

    expect(await screen.findByTestId('funnel-QUALIFIED')).toHaveTextContent('16 · 40%');
    expect(screen.getByTestId('funnel-CUSTOMER')).toHaveTextContent('38% of the step before');
    expect(screen.getByTestId('funnel-CUSTOMER')).toHaveTextContent('median 3.5 days');
    expect(await screen.findByTestId('revenue-total')).toHaveTextContent('394');
    expect(screen.getByRole('table', { name: 'Best products' })).toHaveTextContent('Plan Personalizado');
    expect(screen.getByTestId('links-paid')).toHaveTextContent('6 · 60%');
    expect(screen.getByTestId('conversations-started')).toHaveTextContent('40');
    expect(screen.getByTestId('conversations-ai')).toHaveTextContent('120 · 80%');
    expect(screen.getByTestId('bookings-count')).toHaveTextContent('12');
    expect(screen.getByTestId('bookings-occupancy')).toHaveTextContent('38%');
    const gap = screen.getByRole('table', { name: 'Questions the agent could not answer' });
    expect(gap).toHaveTextContent('¿Tienen estacionamiento?');
    expect(screen.getByRole('link', { name: 'Add as FAQ' })).toHaveAttribute('href', `/knowledge?question=${encodeURIComponent('¿Tienen estacionamiento?')}`);

    expect(await screen.findByTestId('times-firstReply')).toHaveTextContent('median 4 s · 9 in 10 within 9 s');
    expect(screen.getByTestId('times-everyReply')).toHaveTextContent('median 10 min · 9 in 10 within 2 h');
    expect(screen.getByTestId('times-resolution')).toHaveTextContent('median 2 d · 9 in 10 within 5 d');
    expect(screen.getByTestId('handoff-COMPLAINT')).toHaveTextContent('Complaint or refund3 · 60%Cobro doble');
    expect(screen.getByTestId('handoff-CUSTOMER_ASKED')).toHaveTextContent('The customer asked for a person');

    await userEvent.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await vi.waitFor(() => expect(asked.filter((path) => path.startsWith('/api/v1/analytics/revenue'))).toHaveLength(2));
    const [first, second] = asked.filter((path) => path.startsWith('/api/v1/analytics/revenue'));
    expect(first).not.toEqual(second);
  });

  it('says what is measured when no reply or handoff was', async () => {
    figures([], {
      'GET /api/v1/analytics/response-times': () => json({ firstResponse: { all: { count: 0 }, ai: { count: 0 }, human: { count: 0 } },
        response: { all: { count: 0 }, ai: { count: 0 }, human: { count: 0 } }, resolution: { count: 0 }, days: [] }),
      'GET /api/v1/analytics/handoffs': () => json({ handoffs: 0, reasons: [] }),
    });
    renderAs('VIEWER', <AnalyticsPage />, '/analytics');
    expect(await screen.findByText(/No replies measured in this period yet/)).toBeInTheDocument();
    expect(await screen.findByText('No conversation went to a person in this period.')).toBeInTheDocument();
  });

  it('exports a section as CSV', async () => {
    figures([]);
    const created: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => { created.push(blob); return 'blob:csv'; }, revokeObjectURL: () => {} }));
    renderAs('VIEWER', <AnalyticsPage />, '/analytics');
    await screen.findByTestId('revenue-total');
    await userEvent.click(screen.getAllByRole('button', { name: 'Export CSV' })[1]);
    expect(await created[0].text()).toBe('day,currency,sales,amount\r\n2026-12-05,USD,2,98.00\r\n2026-12-06,USD,4,296.00\r\n');
  });
});
