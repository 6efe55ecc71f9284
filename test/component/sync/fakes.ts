import { RemoteRequestError } from '@/data/remote/errors'
import type { Change, Mutation, PullCursor, PullPage, PushResult, Remote } from '@/data/remote/types'
import type { SyncEnvironment } from '@/data/sync/scheduler'

/**
 * A tiny server in memory, implementing the Remote interface: it applies or rejects pushes by
 * table, serves scripted changes once, and redeems invite codes from a table of answers.
 */
export class MemoryRemote implements Remote {
  readonly pushed: Mutation[] = []
  pushCalls = 0
  /** table → reason: mutations of that table are rejected with the reason. */
  rejectTables = new Map<string, string>()
  /** Changes delivered on the next pull. */
  incoming: Change[] = []
  /** A failure thrown by the next push (once). */
  failNextPush: Error | null = null
  /** code → organisation id, or the server's error code. */
  invites = new Map<string, { organisationId: string; changes: Change[] } | string>()

  async push(mutations: Mutation[]): Promise<PushResult[]> {
    this.pushCalls++
    if (this.failNextPush) {
      const error = this.failNextPush
      this.failNextPush = null
      throw error
    }
    return mutations.map((m) => {
      const reason = this.rejectTables.get(m.table)
      if (reason) return { id: m.id, status: 'rejected', reason }
      this.pushed.push(m)
      return { id: m.id, status: 'applied' }
    })
  }

  async pull(cursor: PullCursor | null): Promise<PullPage> {
    const changes = this.incoming
    this.incoming = []
    return { changes, cursor: (Number(cursor ?? 0) || 0) + changes.length, hasMore: false }
  }

  async redeemInvite(code: string): Promise<{ organisationId: string }> {
    const answer = this.invites.get(code)
    if (answer === undefined) throw new RemoteRequestError('invalid_invite', 'LF400')
    if (typeof answer === 'string') throw new RemoteRequestError(answer, 'LF400')
    this.incoming.push(...answer.changes)
    return { organisationId: answer.organisationId }
  }
}

/** Connectivity the test controls; no browser events. */
export function testEnv(online = true): SyncEnvironment & { online: boolean } {
  const env = { online, isOnline: () => env.online, listen: () => () => {} }
  return env
}
