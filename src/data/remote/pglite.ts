/**
 * A Remote that runs the real server SQL (supabase/migrations) in PGlite, the way PostgREST
 * would: each call is one transaction as role `authenticated` with the caller's JWT claims.
 * Used by tests on any machine; never part of the app bundle.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite'
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
import { inviteResult, RemoteRequestError, type InviteAnswer } from './errors'
import { RPC_NAME, type AnonymousIdeaAnswer, type PullAnswer, type PushRow } from './wire'

const shimSql = import.meta.glob<string>('/supabase/local/shim.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const migrationSql = import.meta.glob<string>('/supabase/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const seedSql = import.meta.glob<string>('/supabase/seed.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
})

export interface ServerDbOptions {
  /** Also load supabase/seed.sql (the demo organisation). */
  seed?: boolean
}

/**
 * A fresh PGlite with the shim and every migration applied in file-name order.
 * Cold start is 3–5 s: create one per test file and `close()` it in `afterAll`.
 * Prepared transactions are enabled so a test can hold a transaction open (late commits).
 */
export async function createServerDb(options: ServerDbOptions = {}): Promise<PGlite> {
  const db = new PGlite({ postgresqlconf: ['max_prepared_transactions = 8'] })
  await db.waitReady
  for (const sql of Object.values(shimSql)) await db.exec(sql)
  for (const path of Object.keys(migrationSql).sort()) await db.exec(migrationSql[path]!)
  if (options.seed) for (const sql of Object.values(seedSql)) await db.exec(sql)
  return db
}

/** The migration files, in the order they are applied (for tests that inspect them). */
export function migrationFiles(): { path: string; sql: string }[] {
  return Object.keys(migrationSql)
    .sort()
    .map((path) => ({ path, sql: migrationSql[path]! }))
}

/** Adds a user to the shim's auth.users (as Supabase Auth would on first sign-in). */
export async function createAuthUser(db: PGlite, id: string, email?: string): Promise<void> {
  await db.query('insert into auth.users (id, email) values ($1, $2) on conflict (id) do nothing', [
    id,
    email ?? `${id}@example.test`,
  ])
}

export interface PgliteRemoteOptions {
  db: PGlite
  /** The signed-in user (auth.users id). */
  userId: string
  email?: string
}

export class PgliteRemote implements Remote {
  readonly db: PGlite
  readonly userId: string
  readonly email: string
  /** Set to false to make every call fail with RemoteUnavailableError (a lost connection). */
  online = true

  constructor(options: PgliteRemoteOptions) {
    this.db = options.db
    this.userId = options.userId
    this.email = options.email ?? `${options.userId}@example.test`
  }

  async push(mutations: Mutation[]): Promise<PushResult[]> {
    const rows = await this.run<PushRow[]>('select public.sync_push($1::jsonb) as result', [
      JSON.stringify(mutations),
    ])
    return rows.map((r) =>
      r.reason ? { id: r.id, status: r.status, reason: r.reason } : { id: r.id, status: r.status },
    )
  }

  async pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    const answer = await this.run<PullAnswer>(
      'select public.sync_pull($1::jsonb, $2::integer) as result',
      [cursor == null ? null : JSON.stringify(cursor), pageSize ?? 500],
    )
    return {
      changes: answer.changes,
      cursor: answer.cursor,
      hasMore: answer.has_more,
      reset: answer.reset,
    }
  }

  async redeemInvite(code: string): Promise<{ organisationId: string }> {
    return inviteResult(
      await this.run<InviteAnswer>('select public.redeem_invite($1) as result', [code]),
    )
  }

  insights(organisationId: string, period: string): Promise<unknown> {
    return this.run('select public.insights($1::uuid, $2::text) as result', [organisationId, period])
  }

  insightsTrend(organisationId: string, period: string, count: number): Promise<unknown> {
    return this.run('select public.insights_trend($1::uuid, $2::text, $3::integer) as result', [
      organisationId,
      period,
      count,
    ])
  }

  insightsPreview(period: string): Promise<unknown> {
    return this.run('select public.insights_preview($1::text) as result', [period])
  }

  async submitAnonymousIdea(idea: AnonymousIdea): Promise<AnonymousIdeaStatus> {
    const answer = await this.run<AnonymousIdeaAnswer>(
      'select public.submit_anonymous_idea($1, $2, $3, $4, $5) as result',
      [idea.id, idea.organisation_id, idea.kind, idea.title, idea.body],
    )
    return answer.status
  }

  /** `select public.<fn>(name => $1, …)`: PostgreSQL's named notation, as PostgREST calls it. */
  rpc(fn: string, args: Record<string, unknown>): Promise<unknown> {
    const names = Object.keys(args)
    if (![fn, ...names].every((name) => RPC_NAME.test(name))) {
      return Promise.reject(new Error(`Not a server function or argument name: ${fn}`))
    }
    const list = names.map((name, i) => `${name} => $${i + 1}`).join(', ')
    return this.run(`select public.${fn}(${list}) as result`, Object.values(args))
  }

  /** Runs `fn` in one transaction as this user, like a PostgREST request. */
  async asUser<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    if (!this.online) throw new RemoteUnavailableError('PgliteRemote is offline')
    return this.db.transaction(async (tx) => {
      await tx.exec('set local role authenticated')
      await tx.query("select set_config('request.jwt.claims', $1, true)", [
        JSON.stringify({ sub: this.userId, role: 'authenticated', email: this.email }),
      ])
      return fn(tx)
    })
  }

  private async run<T>(sql: string, params: unknown[]): Promise<T> {
    try {
      return await this.asUser(async (tx) => {
        const res = await tx.query<{ result: T }>(sql, params)
        return res.rows[0]!.result
      })
    } catch (error) {
      throw toRemoteError(error)
    }
  }
}

function toRemoteError(error: unknown): Error {
  if (error instanceof RemoteUnavailableError) return error
  const e = error as { code?: unknown; message?: unknown }
  if (typeof e?.code === 'string' && typeof e.message === 'string') {
    return new RemoteRequestError(e.message, e.code, { cause: error })
  }
  return error instanceof Error ? error : new Error(String(error))
}
