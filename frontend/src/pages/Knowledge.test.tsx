import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { KnowledgePage } from './Knowledge';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const sources = () =>
  json({ items: [
    { id: 'd1', title: 'Horarios', fileName: 'horarios.pdf', status: 'READY', chunkCount: 12 },
    { id: 'd2', title: 'Roto.docx', status: 'FAILED', failureReason: 'The file could not be read' },
    { id: 'd3', title: 'Precios', status: 'PROCESSING' },
  ], page: 0, size: 50, total: 3 });
const faqs = () => json({ items: [{ id: 'f1', question: '¿Hay parking?', answer: 'Sí, gratuito.', status: 'READY', chunkCount: 1 }], total: 1 });

describe('KnowledgePage', () => {
  it('lists sources with their status, chunks and why one failed', async () => {
    stubApi({ 'GET /api/v1/knowledge/documents': sources, 'GET /api/v1/knowledge/faqs': faqs });
    renderAs('ADMIN', <KnowledgePage />);
    const card = screen.getByRole('region', { name: 'Sources' });
    const ready = (await within(card).findByText('Horarios')).closest('li')!;
    expect(within(ready).getByText('horarios.pdf')).toBeInTheDocument();
    expect(within(ready).getByText('Ready')).toBeInTheDocument();
    expect(within(ready).getByText('12 chunks')).toBeInTheDocument();
    const failed = within(card).getByText('Roto.docx').closest('li')!;
    expect(within(failed).getByText('Failed')).toBeInTheDocument();
    expect(within(failed).getByText('The file could not be read')).toBeInTheDocument();
    expect(within(within(card).getByText('Precios').closest('li')!).getByText('Processing')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Delete: Roto.docx' })).toBeInTheDocument();
    expect(within(card).getByLabelText('Upload a file')).toBeInTheDocument();
    const faqCard = screen.getByRole('region', { name: 'FAQ' });
    expect(await within(faqCard).findByDisplayValue('¿Hay parking?')).toBeInTheDocument();
    expect(within(faqCard).getByText('1 chunks')).toBeInTheDocument();
  });

  it("starts a new FAQ with the question the analytics page sent", async () => {
    stubApi({ 'GET /api/v1/knowledge/documents': sources, 'GET /api/v1/knowledge/faqs': faqs });
    renderAs('ADMIN', <KnowledgePage />, `/knowledge?question=${encodeURIComponent('¿Tienen estacionamiento?')}`);
    expect(await screen.findByDisplayValue('¿Tienen estacionamiento?')).toBeInTheDocument();
  });

  it('adds pasted text', async () => {
    stubApi({
      'GET /api/v1/knowledge/documents': sources,
      'GET /api/v1/knowledge/faqs': faqs,
      'POST /api/v1/knowledge/documents': async (request) => {
        expect(await request.json()).toEqual({ title: 'Horario', text: 'Abrimos de 8 a 20.' });
        return json({ id: 'd4', title: 'Horario', status: 'PROCESSING' }, 201);
      },
    });
    renderAs('OWNER', <KnowledgePage />);
    const card = screen.getByRole('region', { name: 'Sources' });
    await userEvent.type(within(card).getByLabelText('Title'), 'Horario');
    await userEvent.type(within(card).getByLabelText('Text'), 'Abrimos de 8 a 20.');
    await userEvent.click(within(card).getByRole('button', { name: 'Add text' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(within(card).getByLabelText('Title')).toHaveValue('');
  });

  it('shows the passages found with their source, score and whether the agent would answer', async () => {
    stubApi({
      'GET /api/v1/knowledge/documents': sources,
      'GET /api/v1/knowledge/faqs': faqs,
      'POST /api/v1/knowledge/search': async (request) => {
        expect(await request.json()).toEqual({ query: 'parking' });
        return json({ results: [
          { chunkId: 'c1', source: '¿Hay parking?', heading: '¿Hay parking?', text: 'Sí, gratuito.', score: 0.91, relevant: true },
          { chunkId: 'c2', source: 'Horarios', heading: 'Sábados', text: 'Abrimos los sábados.', score: 0.12, relevant: false },
        ], minScore: 0.35 });
      },
    });
    renderAs('AGENT', <KnowledgePage />);
    const card = screen.getByRole('region', { name: 'Test a question' });
    await userEvent.type(within(card).getByPlaceholderText('What a customer might ask…'), 'parking{Enter}');
    const results = await within(card).findAllByRole('listitem');
    expect(within(results[0]).getByText('¿Hay parking?')).toBeInTheDocument();
    expect(within(results[0]).getByText('Sí, gratuito.')).toBeInTheDocument();
    expect(within(results[0]).getByText('91% match')).toBeInTheDocument();
    expect(within(results[0]).getByText('Relevant: the agent would answer from it')).toBeInTheDocument();
    expect(within(results[1]).getByText('Sábados')).toBeInTheDocument();
    expect(within(results[1]).getByText('12% match')).toBeInTheDocument();
    expect(within(results[1]).getByText('Not relevant enough — the agent would hand off')).toBeInTheDocument();
    expect(within(card).getByText('The agent would answer from the best relevant passage.')).toBeInTheDocument();
    expect(within(card).getByText('The agent answers only from passages with a match of 35% or more.')).toBeInTheDocument();
  });

  it('says the agent would hand off when nothing reaches the threshold', async () => {
    stubApi({
      'GET /api/v1/knowledge/documents': sources,
      'GET /api/v1/knowledge/faqs': faqs,
      'POST /api/v1/knowledge/search': () =>
        json({ results: [{ chunkId: 'c2', source: 'Horarios', text: 'Abrimos los sábados.', score: 0.1, relevant: false }], minScore: 0.35 }),
    });
    renderAs('VIEWER', <KnowledgePage />);
    await userEvent.type(screen.getByPlaceholderText('What a customer might ask…'), '¿venden bicicletas?');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('Nothing is relevant enough — the agent would hand off to your team.')).toBeInTheDocument();
  });

  it('shows an agent the knowledge base without edit controls (only owners and admins write)', async () => {
    stubApi({ 'GET /api/v1/knowledge/documents': sources, 'GET /api/v1/knowledge/faqs': faqs });
    renderAs('AGENT', <KnowledgePage />);
    expect(await screen.findByText('Horarios')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('¿Hay parking?')).toBeDisabled();
    expect(screen.queryByLabelText('Upload a file')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete|Add/ })).not.toBeInTheDocument();
  });
});
