import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { CustomersPage } from './Customers';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const carmen = { id: 'c1', name: 'Carmen', phone: '+34611000111', stage: 'LEAD', tags: [], lifetimeValue: '0.00' };

describe('the pipeline board', () => {
  it('moves a customer to another stage from the keyboard', async () => {
    let stage = 'LEAD';
    const moves: unknown[] = [];
    stubApi({
      'GET /api/v1/customers': (request) => {
        const wanted = new URL(request.url).searchParams.get('stage');
        const items = wanted === stage ? [{ ...carmen, stage }] : [];
        return json({ items, page: 0, size: 50, total: items.length });
      },
      'PATCH /api/v1/customers/c1/stage': async (request) => {
        const body = (await request.json()) as { stage: string };
        moves.push(body);
        stage = body.stage;
        return json({ ...carmen, stage });
      },
    });
    renderAs('AGENT', <CustomersPage />);
    const lead = await screen.findByRole('region', { name: 'Lead' });
    expect(await screen.findByText('Carmen')).toBeInTheDocument();
    expect(lead).toHaveTextContent('Carmen');
    await userEvent.selectOptions(screen.getByLabelText('Move to: Carmen'), 'QUALIFIED');
    expect(moves).toEqual([{ stage: 'QUALIFIED' }]);
    await vi.waitFor(() => expect(screen.getByRole('region', { name: 'Qualified' })).toHaveTextContent('Carmen'));
    expect(screen.getByRole('region', { name: 'Lead' })).not.toHaveTextContent('Carmen');
  });

  it('offers a viewer no way to move anyone', async () => {
    stubApi({ 'GET /api/v1/customers': () => json({ items: [carmen], page: 0, size: 50, total: 1 }) });
    renderAs('VIEWER', <CustomersPage />);
    expect((await screen.findAllByText('Carmen')).length).toBeGreaterThan(0);
    expect(screen.queryByLabelText(/Move to/)).toBeNull();
    expect(screen.queryByRole('button', { name: /New customer/ })).toBeNull();
  });
});

describe('the customers table', () => {
  it('orders customers by lead score and keeps the ones above a floor', async () => {
    const asked: Record<string, string | null>[] = [];
    stubApi({
      'GET /api/v1/customers': (request) => {
        const query = new URL(request.url).searchParams;
        asked.push({ sort: query.get('sort'), minScore: query.get('minScore') });
        return json({ items: [{ ...carmen, score: 82, scoreFactors: [] }, { ...carmen, id: 'c2', name: 'Nico', score: 35 }], page: 0, size: 20, total: 2 });
      },
    });
    renderAs('VIEWER', <CustomersPage />);
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }));
    expect(await screen.findByLabelText('Lead score 82 of 100')).toBeInTheDocument();
    expect(screen.getByLabelText('Lead score 35 of 100')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Order'), 'score,desc');
    await userEvent.selectOptions(screen.getByLabelText('Lowest score'), '60');
    await vi.waitFor(() => expect(asked).toContainEqual({ sort: 'score,desc', minScore: '60' }));
  });
});
