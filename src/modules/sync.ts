import { watch } from 'vue'
import type { Pinia } from 'pinia'
import type { Router } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import type { ClientLoader } from '@/data/remote/supabaseClient'
import { whenStartupSettled } from './afterFirstPaint'
import { openDb } from '@/data/openDb'
import { readCachedUser, ACCOUNT_CACHE_KEY } from '@/data/auth/accountCache'

interface SupabaseEnv {
  url: string
  anonKey: string
}

function supabaseEnv(): SupabaseEnv | null {
  const url = import.meta.env.VITE_SUPABASE_URL
  const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY
  return url && anonKey ? { url, anonKey } : null
}

/**
 * Creates the one SyncEngine of this tab once the database has opened (`dataReady`), the first
 * page has painted and the main thread is idle: its start (a chunk and a few IndexedDB reads) must
 * not compete with the page's own first reads, and writes are safe in the outbox until then.
 * Local mode (no VITE_SUPABASE_URL / VITE_SUPABASE_ANON_KEY): the engine runs with no Remote —
 * writes wait in the outbox — and supabase-js is never loaded. Configured: sign-in is offered, and
 * a SupabaseRemote is attached while someone is signed in. supabase-js is loaded by dynamic import,
 * at start only if someone has signed in on this device before, otherwise when the sign-in page
 * opens.
 */
export function install(
  router: Router,
  pinia: Pinia,
  dataReady: Promise<unknown>,
  mounted: Promise<unknown>,
): void {
  const session = useSessionStore(pinia)
  const syncStatus = useSyncStatusStore(pinia)
  const env = supabaseEnv()

  let clientLoader: Promise<ClientLoader> | undefined
  const loadClient = () =>
    (clientLoader ??= import('@/data/remote/supabaseClient').then(({ supabaseClientLoader }) =>
      supabaseClientLoader({ url: env!.url, anonKey: env!.anonKey }),
    ))

  if (env) {
    session.provideAuth(async () => {
      const [{ createSupabaseAuthClient }, client] = await Promise.all([
        import('@/data/auth/supabaseAuthClient'),
        loadClient(),
      ])
      return createSupabaseAuthClient(client)
    })
    // Who was signed in on this device, just after the mount (not before: hydration renders what
    // the build did, who-is-signed-in unknown): role-gated pages answer from the stored rows at
    // once, instead of after supabase-js has loaded (below, once the start has settled).
    void mounted.then(() => session.restoreCachedAccount(readCachedUser()))
  }

  void whenStartupSettled(router, dataReady)
    .then(async () => {
      const [{ SyncEngine }, db] = await Promise.all([import('@/data/sync/engine'), openDb()])
      const engine = new SyncEngine({ db, remote: null })
      syncStatus.connect(engine)
      engine.start()

      if (!env) return
      watch(
        () => session.userId,
        async (userId) => {
          if (!userId) return syncStatus.setRemote(null)
          const [{ SupabaseRemote }, client] = await Promise.all([
            import('@/data/remote/supabase'),
            loadClient(),
          ])
          if (session.userId === userId) {
            syncStatus.setRemote(new SupabaseRemote({ client }), userId)
          }
        },
        { immediate: true },
      )
      if (readCachedUser()) void session.ensureAuth().catch(() => undefined)
      // A sign-in in another tab: follow it here too.
      window.addEventListener('storage', (event) => {
        if (event.key === ACCOUNT_CACHE_KEY) void session.ensureAuth().catch(() => undefined)
      })
    })
    .catch((error: unknown) => {
      console.error('sync could not start', error)
      // No session restore follows: role-gated pages must not wait for one.
      session.restoreCachedAccount(null)
    })
}
