import { useSyncExternalStore } from 'react';
import { session, type Role, type Session } from './store';

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.current, session.current);
}

const rank: Record<Role, number> = { VIEWER: 0, AGENT: 1, ADMIN: 2, OWNER: 3 };

/** What the signed-in role may do; the API enforces the same rules. */
export function usePermissions() {
  const role = useSession()?.company?.role ?? 'VIEWER';
  return {
    role,
    canWrite: rank[role] >= rank.AGENT,
    canAdmin: rank[role] >= rank.ADMIN,
    isOwner: role === 'OWNER',
  };
}
