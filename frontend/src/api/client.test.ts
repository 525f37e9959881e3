import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { api, ApiError, ok } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const json = (body: object, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('api client', () => {
  it('refreshes an expired token and repeats the request', async () => {
    session.start({ accessToken: 'old', refreshToken: 'r1' });
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      const request = input as Request;
      if (String(request.url ?? input).endsWith('/auth/refresh')) return json({ accessToken: 'new', refreshToken: 'r2' });
      return request.headers.get('Authorization') === 'Bearer new' ? json({ items: [], total: 0 }) : json({ status: 401 }, 401);
    });
    vi.stubGlobal('fetch', fetch);
    const page = await ok(api.GET('/api/v1/products'));
    expect(page.total).toBe(0);
    expect(session.accessToken()).toBe('new');
  });

  it("turns a problem+json answer into an error with the API's detail and field messages", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ status: 400, detail: 'price: must be greater than 0',
      errors: [{ field: 'price', message: 'must be greater than 0' }] }, 400, 'application/problem+json')));
    const error = await ok(api.POST('/api/v1/products', { body: { name: 'X', price: '0' } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('price: must be greater than 0');
    expect((error as ApiError).field('price')).toBe('must be greater than 0');
  });
});
