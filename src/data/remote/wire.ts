/**
 * The shapes the server's sync functions answer on the wire (supabase/migrations/*_sync_rpc.sql),
 * written once for both Remotes (supabase.ts, pglite.ts), which turn them into types.ts's shapes.
 */
import type { AnonymousIdeaStatus, PullCursor, PullPage } from './types'

/** One row of sync_push's answer. */
export interface PushRow {
  id: string
  status: 'applied' | 'rejected'
  reason: string | null
}

/** sync_pull's answer. */
export interface PullAnswer {
  changes: PullPage['changes']
  cursor: PullCursor
  has_more: boolean
  reset: boolean
}

/** submit_anonymous_idea's answer. */
export interface AnonymousIdeaAnswer {
  status: AnonymousIdeaStatus
}

/** A server function name as `rpc` accepts it: lower-case letters, digits and underscores. */
export const RPC_NAME = /^[a-z_][a-z0-9_]{0,62}$/
