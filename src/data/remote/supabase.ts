/**
 * The production Remote: the server's RPCs (supabase/migrations/*_sync_rpc.sql) over PostgREST.
 *   sync_push(mutations json: a NUL in one mutation refuses only that one) · sync_pull(cursor jsonb, page_size integer) · redeem_invite(code text)
 *   · submit_anonymous_idea(p_id, p_organisation_id, p_kind, p_title, p_body)
 *   insights(p_organisation_id uuid, p_period text) · insights_trend(…, p_count integer) · insights_preview(p_period text)
 *   and any other read-only function by name (`rpc`, for src/data/server/)
 */
import { inviteResult, RemoteRequestError, type InviteAnswer } from './errors'
import { toClientLoader, type ClientLoader, type SupabaseSource } from './supabaseClient'
import { RPC_NAME, type AnonymousIdeaAnswer, type PullAnswer, type PushRow } from './wire'
import {
  RemoteUnavailableError,
  type AnonymousIdea,
  type AnonymousIdeaStatus,
  type Mutation,
  type PullCursor,
  type PullPage,
  type PushResult,
  type Remote,
} from './types'

/** Server error codes that retrying will not fix, whatever the HTTP status. */
const requestErrorCodes = new Set([
  'batch_too_large',
  'invalid_batch',
  'not_authenticated',
  'invalid_invite',
  'too_many_attempts',
])

export class SupabaseRemote implements Remote {
  private readonly client: ClientLoader

  constructor(source: SupabaseSource) {
    this.client = toClientLoader(source)
  }

  async push(mutations: Mutation[]): Promise<PushResult[]> {
    const rows = await this.call<PushRow[]>('sync_push', { mutations })
    return rows.map((r) =>
      r.reason ? { id: r.id, status: r.status, reason: r.reason } : { id: r.id, status: r.status },
    )
  }

  async pull(cursor: PullCursor | null, pageSize = 500): Promise<PullPage> {
    const answer = await this.call<PullAnswer>('sync_pull', {
      cursor: cursor ?? null,
      page_size: pageSize,
    })
    return {
      changes: answer.changes,
      cursor: answer.cursor,
      hasMore: answer.has_more,
      reset: answer.reset,
    }
  }

  /** Supabase Realtime: a broadcast `changed` on `org:<id>` (private channel) means "pull now". */
  subscribeChanges(organisationId: string, onChange: () => void): () => void {
    // The demo backend (scripts/demo/backend.mjs) has no Realtime endpoint: the periodic pull
    // (every 4 s while a community screen is open) is the only way news arrives there.
    if (import.meta.env.VITE_LOFT_DEMO === '1') return () => {}
    let stopped = false
    let unsubscribe: (() => void) | undefined
    void this.client()
      .then((client) => {
        if (stopped) return
        const channel = client
          .channel(`org:${organisationId}`, { config: { private: true } })
          .on('broadcast', { event: 'changed' }, () => onChange())
          .subscribe()
        unsubscribe = () => void client.removeChannel(channel)
      })
      .catch(() => undefined) // no messages: the periodic pull still runs
    return () => {
      stopped = true
      unsubscribe?.()
    }
  }

  async redeemInvite(code: string): Promise<{ organisationId: string }> {
    return inviteResult(await this.call<InviteAnswer>('redeem_invite', { code }))
  }

  insights(organisationId: string, period: string): Promise<unknown> {
    return this.call('insights', { p_organisation_id: organisationId, p_period: period })
  }

  insightsTrend(organisationId: string, period: string, count: number): Promise<unknown> {
    return this.call('insights_trend', {
      p_organisation_id: organisationId,
      p_period: period,
      p_count: count,
    })
  }

  insightsPreview(period: string): Promise<unknown> {
    return this.call('insights_preview', { p_period: period })
  }

  async submitAnonymousIdea(idea: AnonymousIdea): Promise<AnonymousIdeaStatus> {
    const answer = await this.call<AnonymousIdeaAnswer>('submit_anonymous_idea', {
      p_id: idea.id,
      p_organisation_id: idea.organisation_id,
      p_kind: idea.kind,
      p_title: idea.title,
      p_body: idea.body,
    })
    return answer.status
  }

  rpc(fn: string, args: Record<string, unknown>): Promise<unknown> {
    if (!RPC_NAME.test(fn)) return Promise.reject(new Error(`Not a server function name: ${fn}`))
    return this.call(fn, args)
  }

  private async call<T>(fn: string, args: Record<string, unknown>): Promise<T> {
    let client
    try {
      client = await this.client()
    } catch (cause) {
      throw new RemoteUnavailableError('Could not load the Supabase client', { cause })
    }
    const { data, error, status } = await client.rpc(fn, args)
    if (error) throw toRemoteError(error, status)
    return data as T
  }
}

function toRemoteError(
  error: { message: string; code?: string; details?: string },
  status: number,
): Error {
  if (requestErrorCodes.has(error.message)) {
    return new RemoteRequestError(error.message, error.code ?? '', { cause: error })
  }
  // 0: no answer (offline, DNS, CORS, aborted); 5xx and these: the server may answer later.
  if (status === 0 || status >= 500 || [401, 408, 425, 429].includes(status)) {
    return new RemoteUnavailableError(`${status}: ${error.message}`, { cause: error })
  }
  return new RemoteRequestError(error.message, error.code ?? '', { cause: error })
}
