import {
  RemoteUnavailableError,
  type Change,
  type Mutation,
  type PullCursor,
  type PullPage,
  type PushResult,
  type Remote,
} from '@/data/remote/types'
import type { LockManagerLike } from '@/data/sync/engine'

/** A Remote whose answers the test scripts: for engine behaviour that needs no SQL. */
export class ScriptedRemote implements Remote {
  pushCalls: Mutation[][] = []
  pullCalls: (PullCursor | null)[] = []
  /** The next N push requests fail as if the network were down. */
  failPushes = 0
  failPulls = 0
  rejectTables = new Map<string, string>()
  pages: (PullPage | Error)[] = []

  async push(mutations: Mutation[]): Promise<PushResult[]> {
    this.pushCalls.push(mutations)
    if (this.failPushes > 0) {
      this.failPushes--
      throw new RemoteUnavailableError('down')
    }
    return mutations.map((m) => {
      const reason = this.rejectTables.get(m.table)
      return reason ? { id: m.id, status: 'rejected', reason } : { id: m.id, status: 'applied' }
    })
  }

  async pull(cursor: PullCursor | null): Promise<PullPage> {
    this.pullCalls.push(cursor)
    if (this.failPulls > 0) {
      this.failPulls--
      throw new RemoteUnavailableError('down')
    }
    const next = this.pages.shift() ?? { changes: [], cursor, hasMore: false }
    if (next instanceof Error) throw next
    return next
  }

  async redeemInvite(): Promise<{ organisationId: string }> {
    throw new Error('not used')
  }
}

export function page(changes: Change[], cursor: unknown, hasMore = false, reset = false): PullPage {
  return { changes, cursor, hasMore, reset }
}

/** Web Locks in one process: exclusive locks granted in request order, abortable while waiting. */
export class FakeLocks {
  private held = new Set<string>()
  private waiting: { name: string; grant: () => void }[] = []

  readonly manager = {
    request: (
      name: string,
      options: { signal?: AbortSignal },
      callback: (lock: unknown) => unknown,
    ): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const grant = () => {
          this.held.add(name)
          Promise.resolve(callback({ name }))
            .then(resolve, reject)
            .finally(() => {
              this.held.delete(name)
              const next = this.waiting.findIndex((w) => w.name === name)
              if (next >= 0) this.waiting.splice(next, 1)[0]!.grant()
            })
        }
        options.signal?.addEventListener('abort', () => {
          const index = this.waiting.findIndex((w) => w.grant === grant)
          if (index >= 0) {
            this.waiting.splice(index, 1)
            reject(new DOMException('aborted', 'AbortError'))
          }
        })
        if (this.held.has(name)) this.waiting.push({ name, grant })
        else grant()
      }),
  } as unknown as LockManagerLike
}
