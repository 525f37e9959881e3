import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { Bubble } from './Thread';

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
