import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { ProductsPage } from './Products';

const catalog = { items: [{ id: 'p1', name: 'Plan Personalizado', price: '98.00', currency: 'USD', active: true }], page: 0, size: 20, total: 1 };

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

describe('ProductsPage', () => {
  it("shows the API's validation message beside the field", async () => {
    stubApi({
      'GET /api/v1/products': () => json(catalog),
      'POST /api/v1/products': () =>
        json({ status: 400, detail: 'price: must be greater than 0', errors: [{ field: 'price', message: 'must be greater than 0' }] }, 400),
    });
    renderAs('AGENT', <ProductsPage />);
    expect(await screen.findByText('Plan Personalizado')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '+ New product' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Clase');
    await userEvent.type(screen.getByLabelText('Price'), '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('must be greater than 0');
  });

  it('shows a viewer no buttons that change anything', async () => {
    stubApi({ 'GET /api/v1/products': () => json(catalog) });
    renderAs('VIEWER', <ProductsPage />);
    expect(await screen.findByText('Plan Personalizado')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /New product/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});
