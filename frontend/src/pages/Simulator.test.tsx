import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { SimulatorPage } from './Simulator';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const sale = '6f1c2a47-1b2c-4d5e-8f90-123456789abc';
const empty = () => json({ items: [], page: 0, size: 20, total: 0 });

describe('the simulator', () => {
  it('pays a payment link the business sent, as the customer would at the provider', async () => {
    const paid: unknown[] = [];
    stubApi({
      'GET /api/v1/channels': () => json({ items: [{ id: 'ch1', graphBaseUrl: 'http://localhost/simulator/graph' }], page: 0, size: 100, total: 1 }),
      'GET /api/v1/conversations': empty,
      'GET /api/v1/simulator/messages': () => json({ items: [{ id: 'wamid.1', at: '2026-12-06T10:00:00Z', buttons: [],
        text: `¡Genial! Aquí tienes el enlace de pago del Reto Mensual (78 USD): https://buy.stripe.com/test_reto?client_reference_id=${sale}` }] }),
      'POST /api/v1/simulator/payments': async (request) => {
        paid.push(await request.json());
        return json({ eventId: 'simulated-1', outcome: 'COMPLETED' });
      },
    });
    renderAs('OWNER', <SimulatorPage />, '/simulator');

    await userEvent.click(await screen.findByRole('button', { name: 'Pay (simulated)' }));

    expect(await screen.findByText('Payment sent: COMPLETED')).toBeInTheDocument();
    expect(paid).toEqual([{ saleId: sale }]);
  });
});
