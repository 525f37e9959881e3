import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../session/store';
import { json, renderAs, stubApi } from '../../test-utils';
import { LeadScoring } from './LeadScoring';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const learned = {
  kind: 'LEARNED', learnedShare: 1, customers: 400, conversions: 89, auc: 0.91, brier: 0.098, holdout: 100,
  trainedAt: '2026-12-06T10:00:00Z', trainingCount: 3, minConversions: 5, fullTrustAt: 30,
  weights: [
    { feature: 'buying_intents', description: 'said they want to buy', weight: 1.8 },
    { feature: 'complaints', description: 'complained', weight: -1.1 },
  ],
};

describe('lead scoring settings', () => {
  it('says that points score until the company has sold enough, and trains on demand', async () => {
    let trained = false;
    stubApi({
      'GET /api/v1/analytics/lead-model': () => json({ kind: 'PRIOR', learnedShare: 0, customers: 0, conversions: 0, holdout: 0,
        trainingCount: 0, weights: [], minConversions: 5, fullTrustAt: 30 }),
      'POST /api/v1/analytics/lead-model/train': () => {
        trained = true;
        return json(learned);
      },
    });
    renderAs('ADMIN', <LeadScoring />);
    expect(await screen.findByText(/With 5 buyers and as many non-buyers/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Train now' }));
    expect(trained).toBe(true);
    expect(await screen.findByTestId('lead-model-auc')).toHaveTextContent('0.91');
    expect(screen.getByTestId('lead-model-trained')).toHaveTextContent('400 customers, 89 buyers');
    expect(screen.getByText('said they want to buy')).toBeInTheDocument();
    expect(screen.getByText('-1.10')).toBeInTheDocument();
  });

  it('shows a viewer the model without the training button', async () => {
    stubApi({ 'GET /api/v1/analytics/lead-model': () => json(learned) });
    renderAs('VIEWER', <LeadScoring />);
    expect(await screen.findByTestId('lead-model-auc')).toHaveTextContent('0.91');
    expect(screen.queryByRole('button', { name: 'Train now' })).toBeNull();
  });
});
