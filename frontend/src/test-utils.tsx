import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { I18nProvider } from './i18n/i18n';
import { session, type Role } from './session/store';
import { ToastProvider } from './ui/toast';

/** Renders a page as a signed-in person with the given role, in English, at a path (with its query) if given. */
export function renderAs(role: Role, ui: ReactElement, path = '/') {
  session.start({ accessToken: 'token', refreshToken: 'refresh', company: { id: 'c1', name: 'Estudio', role }, user: { id: 'u1', name: 'Ana' } });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider language="en">
      <ToastProvider>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </QueryClientProvider>
      </ToastProvider>
    </I18nProvider>,
  );
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

/** Answers fetches by "METHOD path" (path without the query string). */
export function stubApi(routes: Record<string, (request: Request) => Response | Promise<Response>>) {
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.origin), init);
    const url = new URL(request.url);
    const handler = routes[`${request.method} ${url.pathname}`];
    return handler ? handler(request) : json({ detail: `no stub for ${request.method} ${url.pathname}` }, 404);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
