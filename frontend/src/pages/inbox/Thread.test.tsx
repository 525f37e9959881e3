import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { session } from '../../session/store';
import { json, renderAs, stubApi } from '../../test-utils';
import { Bubble, Thread } from './Thread';

const renderBubble = (message: Parameters<typeof Bubble>[0]['message']) =>
  render(
    <I18nProvider language="en">
      <ol>
        <Bubble message={message} />
      </ol>
    </I18nProvider>,
  );

describe('Bubble', () => {
  it("shows an AI reply's buttons, delivery status and metadata", () => {
    renderBubble({
      id: 'm1', seq: 2, direction: 'OUTBOUND', author: 'AI', text: '¿Qué plan te interesa?', status: 'READ',
      content: { buttons: ['Plan Personalizado', 'Reto Mensual'] },
      metadata: { intent: 'PRICING', tokensIn: 120, tokensOut: 40, costUsd: '0.000042', latencyMs: 310, model: 'gpt-4o-mini' },
      at: '2026-11-22T23:29:15Z',
    });
    expect(screen.getByText('Plan Personalizado')).toBeInTheDocument();
    expect(screen.getByLabelText('READ')).toBeInTheDocument();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Intent PRICING · tokens 120/40 · cost $0.000042 · 310 ms · gpt-4o-mini');
  });

  it("shows why a message failed and no metadata for a customer's message", () => {
    renderBubble({ id: 'm2', seq: 3, direction: 'OUTBOUND', author: 'HUMAN', text: 'Hola', status: 'FAILED', errorMessage: 'Re-engagement message' });
    expect(screen.getByLabelText('FAILED: Re-engagement message')).toBeInTheDocument();
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getByText('Team')).toBeInTheDocument();
  });
});

describe('Thread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    session.end();
  });

  const conversation = { id: 'c1', customerName: 'Lucía', customerPhone: '+15550004444', status: 'AI_ACTIVE', stage: 'LEAD', unreadCount: 0 };
  const messages = { items: [{ id: 'm1', seq: 1, direction: 'INBOUND', author: 'CUSTOMER', text: '¿Tienen clases hoy?' }], page: 0, size: 100, total: 1 };

  it('takes over from the AI and replies as a person', async () => {
    const posted: string[] = [];
    stubApi({
      'GET /api/v1/conversations/c1': () => json(conversation),
      'GET /api/v1/conversations/c1/messages': () => json(messages),
      'POST /api/v1/conversations/c1/takeover': () => {
        posted.push('takeover');
        return json({ ...conversation, status: 'HUMAN_HANDLING' });
      },
      'POST /api/v1/conversations/c1/messages': async (request) => {
        posted.push((await request.json()).text);
        return json({ id: 'm2', seq: 2, direction: 'OUTBOUND', author: 'HUMAN', text: 'Sí, a las 18:00', status: 'PENDING' }, 201);
      },
    });
    renderAs('AGENT', <Thread conversationId="c1" />);
    expect(await screen.findByText('¿Tienen clases hoy?')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Take over' }));
    expect(await screen.findByText('Human answering')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hand back to AI' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Reply as a person…'), 'Sí, a las 18:00');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await vi.waitFor(() => expect(posted).toEqual(['takeover', 'Sí, a las 18:00']));
  });

  it('shows a viewer the conversation without actions or a reply box', async () => {
    stubApi({
      'GET /api/v1/conversations/c1': () => json(conversation),
      'GET /api/v1/conversations/c1/messages': () => json(messages),
    });
    renderAs('VIEWER', <Thread conversationId="c1" />);
    expect(await screen.findByText('¿Tienen clases hoy?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take over' })).toBeNull();
    expect(screen.queryByLabelText('Reply as a person…')).toBeNull();
  });

  it("shows the customer's next booking beside the conversation", async () => {
    const soon = new Date(Date.now() + 86_400_000);
    const later = new Date(soon.getTime() + 3_600_000);
    stubApi({
      'GET /api/v1/conversations/c1': () => json({ ...conversation, customerId: 'u1' }),
      'GET /api/v1/conversations/c1/messages': () => json(messages),
      'GET /api/v1/company': () => json({ timezone: 'UTC' }),
      'GET /api/v1/resources': () => json({ items: [{ id: 'r1', name: 'Lapangan 1', timezone: 'UTC' }], page: 0, size: 100, total: 1 }),
      'GET /api/v1/customers/u1/bookings': () => json({ items: [
        { id: 'b0', resourceId: 'r1', resourceName: 'Lapangan 1', start: soon.toISOString(), end: later.toISOString(), status: 'CANCELLED' },
        { id: 'b1', resourceId: 'r1', resourceName: 'Lapangan 2', start: soon.toISOString(), end: later.toISOString(), status: 'CONFIRMED' },
      ], page: 0, size: 50, total: 2 }),
    });
    renderAs('VIEWER', <Thread conversationId="c1" />);
    const next = await screen.findByLabelText('Next booking');
    expect(next).toHaveTextContent('Lapangan 2');
    expect(next).toHaveTextContent('Confirmed');
  });
});
