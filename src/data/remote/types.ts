/**
 * The contract between the sync engine and a server. Two implementations:
 * `supabase.ts` (production, supabase-js loaded lazily) and `pglite.ts` (tests, the same SQL in PGlite).
 * Only `src/data/sync/` and `src/data/server/` call a Remote.
 */

/** One change a device wants the server to apply. `id` is the client mutation id (idempotency key). */
export interface Mutation {
  id: string
  table: string
  op: 'upsert' | 'delete'
  /** The full row for an upsert; `{ id }` for a delete. Field names as in the server table. */
  row: Record<string, unknown>
}

export type PushStatus = 'applied' | 'rejected'

export interface PushResult {
  id: string
  status: PushStatus
  /** A stable reason code for a rejection, e.g. `unknown_table`, `forbidden`, `invalid_row`. */
  reason?: string
}

/** One row the server sends down. A delete is a tombstone: `row` holds at least `id`. */
export interface Change {
  table: string
  op: 'upsert' | 'delete'
  row: Record<string, unknown>
}

/** Opaque to the client: stored as it came and sent back as it is. */
export type PullCursor = unknown

export interface PullPage {
  changes: Change[]
  cursor: PullCursor
  hasMore: boolean
  /** The cursor is older than the tombstones kept: drop local server data and pull from scratch. */
  reset?: boolean
}

/**
 * An anonymous idea (F4): sent apart from `push`, which records every mutation with its sender.
 * The server queues it with no author and answers by the idea's own id (a replay: 'duplicate').
 */
export interface AnonymousIdea {
  id: string
  organisation_id: string
  kind: 'idea' | 'obstacle'
  title: string
  body: string
}

export type AnonymousIdeaStatus = 'queued' | 'duplicate' | 'rate_limited' | 'forbidden' | 'invalid'

export interface Remote {
  push(mutations: Mutation[]): Promise<PushResult[]>
  pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage>
  redeemInvite(code: string): Promise<{ organisationId: string }>
  /**
   * HR's figures (public.insights): aggregates only, for people with the hr or admin role of
   * the organisation; anyone else gets an error. Shaped like `InsightsAnswer` (src/domain/insights),
   * checked by the caller (src/data/server/insights.ts). Both real Remotes have the three insight
   * methods; they are optional so that test doubles of the sync engine need not carry them.
   */
  insights?(organisationId: string, period: string): Promise<unknown>
  /** public.insights_trend: `count` answers shaped like insights(), oldest first. */
  insightsTrend?(organisationId: string, period: string, count: number): Promise<unknown>
  /** public.insights_preview: the caller's own department and organisation cells (X2), or null. */
  insightsPreview?(period: string): Promise<unknown>
  /**
   * Calls `onChange` when the server says an organisation's shared rows changed (Supabase
   * Realtime broadcast on `org:<organisationId>`, event `changed`). Only a hint to pull: rows
   * arrive through `pull` alone. Returns the function that stops listening.
   */
  subscribeChanges?(organisationId: string, onChange: () => void): () => void
  /** public.submit_anonymous_idea (sync/push.ts). Optional for test doubles of the sync engine. */
  submitAnonymousIdea?(idea: AnonymousIdea): Promise<AnonymousIdeaStatus>
  /**
   * Calls the server function `public.<fn>` with named arguments (`{ p_survey_id: … }`) and
   * answers what it returns, unchecked: src/data/server/call.ts (`callRpc`) checks the shape.
   * For read-only questions; changes to rows go through `push`. Optional for test doubles.
   */
  rpc?(fn: string, args: Record<string, unknown>): Promise<unknown>
}

/** A network or server failure that may succeed on retry (as opposed to a rejected mutation). */
export class RemoteUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RemoteUnavailableError'
  }
}
