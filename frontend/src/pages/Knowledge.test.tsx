import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { KnowledgePage } from './Knowledge';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

describe('KnowledgePage', () => {
  it('lists sources with their status and answers a test question', async () => {
    stubApi({
      'GET /api/v1/knowledge/documents': () =>
        json({ items: [
          { id: 'd1', title: 'Horarios.pdf', status: 'READY', chunkCount: 12 },
          { id: 'd2', title: 'Roto.docx', status: 'FAILED', failureReason: 'The file could not be read' },
        ], page: 0, size: 50, total: 2 }),
      'GET /api/v1/knowledge/faqs': () => json({ items: [{ id: 'f1', question: '¿Hay parking?', answer: 'Sí, gratuito.' }], total: 1 }),
      'POST /api/v1/knowledge/search': async (request) => {
        expect(await request.json()).toEqual({ query: 'parking' });
        return json({ results: [{ text: 'Sí, gratuito.', source: 'FAQ', score: 0.91, relevant: true }], minScore: 0.35 });
      },
    });
    renderAs('AGENT', <KnowledgePage />);
    expect(await screen.findByText('Horarios.pdf')).toBeInTheDocument();
    expect(screen.getByText('12 chunks')).toBeInTheDocument();
    expect(screen.getByText('The file could not be read')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('¿Hay parking?')).toBeInTheDocument();
    await userEvent.type(screen.getByPlaceholderText('What a customer might ask…'), 'parking');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('FAQ · score 0.91')).toBeInTheDocument();
  });
});
