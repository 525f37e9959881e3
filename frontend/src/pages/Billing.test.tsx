import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { BillingPage } from './Billing';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

function company(more: Record<string, unknown> = {}, sellsPlans = false) {
  return stubApi({
    'GET /api/v1/company': () => json({ id: 'co1', name: 'Arena', plan: 'PROFESSIONAL', ...more }),
    'GET /api/v1/billing/usage': () => json({ month: '2026-12', plan: 'PROFESSIONAL', used: 8500, limit: 10000, percent: 85,
      overage: 0, outboundMessages: 1234, aiActive: true }),
    'GET /api/v1/billing/balance': () => json({ balance: '3.20', currency: 'USD', lowBalance: '5.00', overagePrice: '0.02', low: true }),
    'GET /api/v1/billing/deposits': () => json({ items: [{ id: 'd1', amount: '10.00', currency: 'USD', reference: 'bank-7',
      source: 'ADMIN', createdAt: '2026-12-02T10:00:00Z' }], page: 0, size: 5, total: 1 }),
    'GET /api/v1/billing/monthly-invoices/draft': () => json({ number: 'LYX-202612-CO1', month: '2026-12', plan: 'PROFESSIONAL',
      currency: 'USD', lines: [], total: '81.40', paidFromBalance: '2.40', amountDue: '79.00', draft: true }),
    'GET /api/v1/billing/monthly-invoices': () => json({ items: [{ id: 'mi1', number: 'LYX-202611-CO1', month: '2026-11',
      plan: 'PROFESSIONAL', currency: 'USD', lines: [], total: '79.00', paidFromBalance: '0.00', amountDue: '79.00', draft: false }],
      page: 0, size: 24, total: 1 }),
    'POST /api/v1/billing/deposits/checkout': () => json({ status: 400, title: 'Invalid request', errors: [{ field: 'amount', message: 'must be at least 1.00' }] }, 400),
    'GET /api/v1/bookings/usage': () => json({ plan: 'PROFESSIONAL', bookingsThisMonth: 200, bookingsPerMonth: 200, resources: 3, resourcesLimit: 15 }),
    'GET /api/v1/billing/plans': () => json({ sellsPlans, plans: sellsPlans ? ['ENTERPRISE'] : [] }),
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

  it('shows the prepaid balance with its deposits, the messages sent and the monthly invoices with the month so far', async () => {
    company();
    renderAs('VIEWER', <BillingPage />, '/billing');

    expect(await screen.findByTestId('billing-balance')).toHaveTextContent('3.20');
    expect(screen.getByText('low')).toBeInTheDocument();
    expect(await screen.findByText(/bank-7/)).toBeInTheDocument();
    expect(screen.getByText('A Lyrox administrator adds money to the balance on this server.')).toBeInTheDocument();
    expect(screen.getByText('1234')).toBeInTheDocument();
    expect(await screen.findByTestId('billing-so-far')).toHaveTextContent('81.40');
    const invoice = (await screen.findByText('LYX-202611-CO1')).closest('tr')!;
    expect(invoice).toHaveTextContent('2026-11');
    expect(within(invoice).getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
  });

  it('lets the owner top up the balance through Stripe and names a refused amount', async () => {
    company({}, true);
    renderAs('OWNER', <BillingPage />, '/billing');

    const amount = await screen.findByLabelText('Amount');
    await userEvent.clear(amount);
    await userEvent.type(amount, '0.50');
    await userEvent.click(screen.getByRole('button', { name: 'Add money' }));
    expect(await screen.findByText('must be at least 1.00')).toBeInTheDocument();
  });

  it('counts the days left of a trial', async () => {
    company({ plan: 'FREE', trialEndsAt: new Date(Date.now() + 3.5 * 86_400_000).toISOString() });
    renderAs('VIEWER', <BillingPage />, '/billing');

    expect(await screen.findByText(/Trial with every feature: 4 days left/)).toBeInTheDocument();
  });
});
