/**
 * One lazily created supabase-js client, shared by SupabaseRemote and SupabaseAuth.
 * supabase-js (~51 KB gzip) is loaded by dynamic import only when first needed, never in the
 * first load (ARCHITECTURE.md rule 3).
 */
import type { SupabaseClient } from '@supabase/supabase-js'

export interface SupabaseConfig {
  url: string
  anonKey: string
  /** A fetch to use instead of the global one (tests record or fake requests with it). */
  fetch?: typeof fetch
  /**
   * A WebSocket class for Realtime where the platform has none (Node 20: pass `ws`). Browsers
   * leave it out.
   */
  webSocket?: unknown
}

export type ClientLoader = () => Promise<SupabaseClient>

export type SupabaseSource = SupabaseConfig | { client: ClientLoader }

/** Returns a loader that imports supabase-js and creates the client once, on first call. */
export function supabaseClientLoader(config: SupabaseConfig): ClientLoader {
  let client: Promise<SupabaseClient> | undefined
  return () => {
    client ??= import('@supabase/supabase-js').then(({ createClient }) =>
      createClient(config.url, config.anonKey, {
        ...(config.fetch ? { global: { fetch: config.fetch } } : {}),
        ...(config.webSocket ? { realtime: { transport: config.webSocket as never } } : {}),
        auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
      }),
    )
    // A failed import (offline before the chunk was cached) may be retried later.
    client.catch(() => {
      client = undefined
    })
    return client
  }
}

export function toClientLoader(source: SupabaseSource): ClientLoader {
  return 'client' in source ? source.client : supabaseClientLoader(source)
}
