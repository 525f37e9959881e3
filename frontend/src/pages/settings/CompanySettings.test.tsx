import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../session/store';
import { json, renderAs, stubApi } from '../../test-utils';
import { CompanySettings } from './CompanySettings';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const company = { id: 'co1', name: 'Studio Rio', language: 'pt-BR', timezone: 'America/Sao_Paulo', plan: 'FREE',
  trialEndsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(), createdAt: '2026-12-01T10:00:00Z' };

describe('company settings', () => {
  it('sends the owner to Stripe Checkout for a plan on sale', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin, href: window.location.href });
    const bought: unknown[] = [];
    stubApi({
      'GET /api/v1/company': () => json(company),
      'GET /api/v1/billing/plans': () => json({ sellsPlans: true, plans: ['STARTER', 'PROFESSIONAL', 'ENTERPRISE'] }),
      'POST /api/v1/billing/checkout': async (request) => {
        bought.push(await request.json());
        return json({ sessionId: 'cs_1', url: 'https://checkout.stripe.com/c/pay/cs_1' });
      },
    });
    renderAs('OWNER', <CompanySettings />);

    await userEvent.click(await screen.findByRole('button', { name: 'Pay for PROFESSIONAL' }));

    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('https://checkout.stripe.com/c/pay/cs_1'));
    expect(bought).toEqual([{ plan: 'PROFESSIONAL' }]);
    expect(screen.queryByRole('button', { name: 'Pay for FREE' })).toBeNull();
  });

  it('shows the plan and the trial without offering to change them, and saves the profile without a plan', async () => {
    const saved: Record<string, unknown>[] = [];
    stubApi({
      'GET /api/v1/company': () => json(company),
      'GET /api/v1/billing/plans': () => json({ sellsPlans: false, plans: [] }),
      'PUT /api/v1/company': async (request) => {
        const body = (await request.json()) as Record<string, unknown>;
        saved.push(body);
        return json({ ...company, ...body });
      },
    });
    renderAs('OWNER', <CompanySettings />);

    const plan = await screen.findByTestId('company-plan');
    expect(plan).toHaveTextContent(/FREE · trial with every feature until/);
    expect(screen.queryByRole('combobox', { name: 'Plan' })).toBeNull();
    await userEvent.clear(screen.getByDisplayValue('Studio Rio'));
    await userEvent.type(screen.getByLabelText('Name'), 'Studio Rio 2');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).not.toHaveProperty('plan');
    expect(saved[0].name).toBe('Studio Rio 2');
  });
});
