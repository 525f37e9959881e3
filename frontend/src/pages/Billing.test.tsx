import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { BillingPage } from './Billing';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

function company(more: Record<string, unknown> = {}) {
  return stubApi({
    'GET /api/v1/company': () => json({ id: 'co1', name: 'Arena', plan: 'PROFESSIONAL', ...more }),
    'GET /api/v1/billing/usage': () => json({ month: '2026-12', plan: 'PROFESSIONAL', used: 8500, limit: 10000, percent: 85, aiActive: true }),
    'GET /api/v1/bookings/usage': () => json({ plan: 'PROFESSIONAL', bookingsThisMonth: 200, bookingsPerMonth: 200, resources: 3, resourcesLimit: 15 }),
    'GET /api/v1/billing/plans': () => json({ sellsPlans: false, plans: [] }),
    'GET /api/v1/billing/invoices': () => json({ items: [{ id: 'in_1', number: 'LYROX-0042', status: 'paid', amountDue: '49.00',
      amountPaid: '49.00', currency: 'USD', periodStart: '2026-11-01T00:00:00Z', periodEnd: '2026-12-01T00:00:00Z',
      pdfUrl: 'https://pay.stripe.com/invoice/in_1/pdf', hostedUrl: 'https://invoice.stripe.com/i/in_1', created: '2026-12-01T00:00:00Z' }],
      page: 0, size: 24, total: 1 }),
  });
}

describe('the billing page', () => {
  it("shows the plan and this month's use of each allowance against it", async () => {
    company();
    renderAs('OWNER', <BillingPage />, '/billing');

    expect(await screen.findByTestId('billing-plan')).toHaveTextContent('PROFESSIONAL');
    expect(screen.getByRole('progressbar', { name: 'Bookings this month' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('progressbar', { name: 'Resources' })).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByText('8500 / 10000 · 85%')).toBeInTheDocument();
    expect(screen.getByText('Plans are not sold on this server: a Lyrox administrator changes them.')).toBeInTheDocument();
    const invoice = (await screen.findByText('LYROX-0042')).closest('tr')!;
    expect(invoice).toHaveTextContent('paid');
    expect(within(invoice).getByRole('link', { name: 'PDF' })).toHaveAttribute('href', 'https://pay.stripe.com/invoice/in_1/pdf');
  });

  it('counts the days left of a trial', async () => {
    company({ plan: 'FREE', trialEndsAt: new Date(Date.now() + 3.5 * 86_400_000).toISOString() });
    renderAs('VIEWER', <BillingPage />, '/billing');

    expect(await screen.findByText(/Trial with every feature: 4 days left/)).toBeInTheDocument();
  });
});
