import type { components } from '../api/schema';

export type Session = components['schemas']['Session'];
export type Role = NonNullable<components['schemas']['CompanyMembership']['role']>;

const KEY = 'lyrox.session';
type Listener = (current: Session | null) => void;

let current: Session | null = read();
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function set(next: Session | null) {
  current = next;
  if (next) {
    localStorage.setItem(KEY, JSON.stringify(next));
  } else {
    localStorage.removeItem(KEY);
  }
  listeners.forEach((listener) => listener(next));
}

/**
 * The signed-in session, kept in localStorage so a reload keeps the page. Refresh tokens are
 * single-use, so concurrent refreshes share one request.
 */
export const session = {
  current: () => current,
  accessToken: () => current?.accessToken,
  role: (): Role | undefined => current?.company?.role,
  canRefresh: () => Boolean(current?.refreshToken),
  start: (next: Session) => set(next),
  end: () => set(null),
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Trades the refresh token for a new session; false (and signed out) when the sign-in has ended. */
  refresh(): Promise<boolean> {
    if (!refreshing) {
      const refreshToken = current?.refreshToken;
      refreshing = fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      })
        .then(async (response) => {
          if (!response.ok) {
            if (current?.refreshToken === refreshToken) set(null);
            return false;
          }
          set((await response.json()) as Session);
          return true;
        })
        .catch(() => false)
        .finally(() => {
          refreshing = null;
        });
    }
    return refreshing;
  },
};
