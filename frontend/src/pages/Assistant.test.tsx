import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { AssistantPage } from './Assistant';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

describe('the assistant page', () => {
  it('asks a question and shows the answer with links to the customers behind it', async () => {
    const items: unknown[] = [];
    const asked: string[] = [];
    stubApi({
      'GET /api/v1/assistant/messages': () => json({ items: [...items], page: 0, size: 50, total: items.length }),
      'POST /api/v1/assistant/messages': async (request) => {
        const { text } = (await request.json()) as { text: string };
        asked.push(text);
        const question = { id: 'q1', role: 'user', content: text, tokens: 0, cost: '0', latencyMs: 0, metadata: {}, createdAt: '2026-12-06T10:00:00Z' };
        const answer = { id: 'a1', role: 'assistant', content: 'Call these first: Lucía (72, asked for the price).', tokens: 0, cost: '0',
          latencyMs: 4, metadata: { model: 'offline', links: [{ type: 'customer', id: 'c1', label: 'Lucía' }] }, createdAt: '2026-12-06T10:00:01Z' };
        items.unshift(question);
        items.unshift(answer);
        return json({ question, answer }, 201);
      },
    });
    renderAs('OWNER', <AssistantPage />, '/assistant');
    expect(await screen.findByText('No questions yet: try one of the examples.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Your question'), 'Who should I call today?');
    await userEvent.click(screen.getByRole('button', { name: 'Ask' }));

    expect(asked).toEqual(['Who should I call today?']);
    expect(await screen.findByText('Call these first: Lucía (72, asked for the price).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lucía' })).toHaveAttribute('href', '/customers/c1');
    expect(screen.getByTestId('assistant-user')).toHaveTextContent('Who should I call today?');
  });

  it('names the refusal when the plan has no questions left', async () => {
    stubApi({
      'GET /api/v1/assistant/messages': () => json({ items: [], page: 0, size: 50, total: 0 }),
      'POST /api/v1/assistant/messages': () => json({ status: 403, title: 'Forbidden',
        detail: "The FREE plan's assistant answers 50 questions a month, all asked this month; change the plan to ask more" }, 403),
    });
    renderAs('VIEWER', <AssistantPage />, '/assistant');
    await userEvent.click(await screen.findByRole('button', { name: 'How many new leads this week?' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('50 questions a month');
  });
});
