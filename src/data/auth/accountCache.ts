import type { AuthUser } from './authClient'

/**
 * The last signed-in user, so that a reload with no network (and an expired access token that
 * cannot be refreshed yet) still shows the person as signed in, with their roles and sync queue.
 * Its own small module: the start (src/modules/sync.ts) reads it before the auth client (and
 * supabase-js) has loaded, to know whether this device has anyone to restore.
 */
export const ACCOUNT_CACHE_KEY = 'loft.account'

export function readCachedUser(
  storage: Storage | undefined = globalThis.localStorage,
): AuthUser | null {
  try {
    const value = JSON.parse(storage?.getItem(ACCOUNT_CACHE_KEY) ?? 'null') as AuthUser | null
    return value && typeof value.id === 'string'
      ? { id: value.id, email: value.email ?? null }
      : null
  } catch {
    return null
  }
}

export function writeCachedUser(user: AuthUser | null): void {
  try {
    if (user) localStorage.setItem(ACCOUNT_CACHE_KEY, JSON.stringify(user))
    else localStorage.removeItem(ACCOUNT_CACHE_KEY)
  } catch {
    // Storage blocked (private mode): the person simply signs in again after a reload.
  }
}
