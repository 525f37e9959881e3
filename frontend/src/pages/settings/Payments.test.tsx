import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../session/store';
import { json, renderAs, stubApi } from '../../test-utils';
import { Payments } from './Payments';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const url = (path: string) => `https://app.lyrox.example/webhooks/${path}/co1`;
const providers = (stripeConnected = false) => [
  { provider: 'STRIPE', connected: stripeConnected, webhookUrl: url('stripe'), apiKeySet: false },
  { provider: 'MERCADO_PAGO', connected: false, webhookUrl: url('mercadopago'), apiKeySet: false },
  { provider: 'GENERIC', connected: false, webhookUrl: url('payments'), apiKeySet: false },
];
const noEvents = () => json({ items: [], page: 0, size: 20, total: 0 });

describe('Payments settings', () => {
  it('connects Stripe with its signing secret and names a secret that is not one', async () => {
    const sent: unknown[] = [];
    const state = { connected: false };
    stubApi({
      'GET /api/v1/payment-providers': () => json(providers(state.connected)),
      'GET /api/v1/payment-events': noEvents,
      'PUT /api/v1/payment-providers/stripe': async (request) => {
        const body = (await request.json()) as { webhookSecret: string };
        sent.push(body);
        if (!body.webhookSecret.startsWith('whsec_')) {
          return json({ title: 'Invalid request', errors: [{ field: 'webhookSecret', message: 'must be a webhook signing secret, whsec_...' }] }, 400);
        }
        state.connected = true;
        return json(providers(true)[0]);
      },
    });
    renderAs('OWNER', <Payments />);
    const stripe = await screen.findByRole('region', { name: 'Stripe' });
    expect(within(stripe).getByText(url('stripe'))).toBeInTheDocument();
    expect(within(stripe).getByText('Not connected')).toBeInTheDocument();

    await userEvent.type(within(stripe).getByLabelText('Webhook signing secret'), 'sk_live_oops');
    await userEvent.click(within(stripe).getByRole('button', { name: 'Connect' }));
    expect(await within(stripe).findByText('must be a webhook signing secret, whsec_...')).toBeInTheDocument();

    await userEvent.clear(within(stripe).getByLabelText('Webhook signing secret'));
    await userEvent.type(within(stripe).getByLabelText('Webhook signing secret'), 'whsec_abc');
    await userEvent.click(within(stripe).getByRole('button', { name: 'Connect' }));
    expect(await within(stripe).findByText('Connected')).toBeInTheDocument();
    expect(sent).toEqual([{ webhookSecret: 'sk_live_oops' }, { webhookSecret: 'whsec_abc' }]);
  });

  it('shows the generic webhook secret once, and the events providers sent with their outcome', async () => {
    stubApi({
      'GET /api/v1/payment-providers': () => json(providers()),
      'GET /api/v1/payment-events': () => json({
        items: [{ id: 'e1', provider: 'STRIPE', eventId: 'evt_1', type: 'checkout.session.completed', amount: '90.00', currency: 'USD',
          outcome: 'AMOUNT_MISMATCH', detail: 'paid 90.00 USD for a sale of 98.00 USD', receivedAt: '2026-12-06T10:00:00Z' }],
        page: 0, size: 20, total: 1,
      }),
      'PUT /api/v1/payment-providers/generic': () => json({ connection: { ...providers()[2], connected: true }, secret: '9c1d77' }),
    });
    renderAs('OWNER', <Payments />);
    expect(await screen.findByText('AMOUNT_MISMATCH')).toBeInTheDocument();
    expect(screen.getByText(/paid 90.00 USD for a sale of 98.00 USD/)).toBeInTheDocument();
    const generic = screen.getByRole('region', { name: 'Generic webhook' });
    await userEvent.click(within(generic).getByRole('button', { name: 'Generate a secret' }));
    expect(await within(generic).findByTestId('payment-secret')).toHaveTextContent('9c1d77');
  });

  it('says so while no provider has sent anything', async () => {
    stubApi({ 'GET /api/v1/payment-providers': () => json(providers()), 'GET /api/v1/payment-events': noEvents });
    renderAs('OWNER', <Payments />);
    expect(await screen.findByText('No payment events yet. They appear here as providers send them.')).toBeInTheDocument();
  });
});
