import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from './store';

const signedIn = { accessToken: 'a1', refreshToken: 'r1', company: { id: 'c', name: 'C', role: 'OWNER' as const } };

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

describe('session', () => {
  it('refreshes once for concurrent callers, since a refresh token is single-use', async () => {
    session.start(signedIn);
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ ...signedIn, accessToken: 'a2', refreshToken: 'r2' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const results = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(session.accessToken()).toBe('a2');
    expect(JSON.parse(localStorage.getItem('lyrox.session')!).refreshToken).toBe('r2');
  });

  it('signs out when the sign-in has ended', async () => {
    session.start(signedIn);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('{}', { status: 401 })));
    expect(await session.refresh()).toBe(false);
    expect(session.current()).toBeNull();
  });
});
