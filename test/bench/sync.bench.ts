/**
 * Sync throughput: 10 000 mutations pushed and pulled through the real server SQL, beside a plain
 * batched INSERT of the same rows into the same database, measured in the same run.
 * PGlite always; a real PostgreSQL too when DATABASE_URL is set (a scratch database is created
 * and dropped). Prints figures; nothing here is a pass/fail timing.
 *
 *   npx vitest run --config test/bench/vitest.bench.config.ts
 *   DATABASE_URL=postgres://user@localhost/postgres npx vitest run --config test/bench/vitest.bench.config.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, it } from 'vitest'
import { LoftDb, type OutboxEntry } from '@/data/db'
import { createAuthUser, createServerDb, PgliteRemote } from '@/data/remote/pglite'
import type { Mutation, PullCursor, PullPage, PushResult, Remote } from '@/data/remote/types'
import type { PullAnswer } from '@/data/remote/wire'
import { outboxEntry } from '@/data/repos/outbox'
import { SyncEngine } from '@/data/sync/engine'
import type { SyncEnvironment } from '@/data/sync/scheduler'

const N = Number(process.env.SYNC_BENCH_N ?? 10_000)
const BATCH = 200
const PAGE = 1000

const alwaysOnline: SyncEnvironment = { isOnline: () => true, listen: () => () => {} }

interface Sql {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
}

type Row = { id: string; lesson_id: string; kind: string; card_index: number; occurred_at: string }

function rows(n: number): Row[] {
  return Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    lesson_id: `lesson-${i % 12}`,
    kind: 'card',
    card_index: i % 9,
    occurred_at: new Date(Date.UTC(2025, 10, 1) + i * 1000).toISOString(),
  }))
}

/** Setup, not measured: the device's rows and their outbox entries, as repo writes leave them. */
async function deviceWith(label: string, data: Row[]): Promise<LoftDb> {
  const db = new LoftDb(`bench-${label}-${crypto.randomUUID()}`)
  const entries: OutboxEntry[] = data.map((row) => outboxEntry('progress_events', 'upsert', row))
  await db.transaction('rw', db.progress_events, db.outbox, async () => {
    await db.progress_events.bulkPut(data)
    await db.outbox.bulkAdd(entries)
  })
  return db
}

/** Times push and pull apart: the push phase ends at the first pull request. */
class TimedRemote implements Remote {
  firstPullAt = 0
  /** Time spent waiting for the server, per direction. */
  serverPushMs = 0
  serverPullMs = 0
  constructor(private readonly inner: Remote) {}
  async push(m: Mutation[]): Promise<PushResult[]> {
    const start = performance.now()
    const results = await this.inner.push(m)
    this.serverPushMs += performance.now() - start
    return results
  }
  async pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    const start = performance.now()
    if (!this.firstPullAt) this.firstPullAt = start
    const page = await this.inner.pull(cursor, pageSize)
    this.serverPullMs += performance.now() - start
    return page
  }
  redeemInvite(code: string) {
    return this.inner.redeemInvite(code)
  }
}

/** A Remote over node-postgres, making the same calls PostgREST would (role + JWT claims). */
class PgRemote implements Remote {
  constructor(
    private readonly client: import('pg').Client,
    private readonly userId: string,
  ) {}
  async push(mutations: Mutation[]) {
    return this.run<PushResult[]>('select public.sync_push($1::jsonb) as result', [
      JSON.stringify(mutations),
    ])
  }
  async pull(cursor: PullCursor | null, pageSize?: number): Promise<PullPage> {
    const a = await this.run<PullAnswer>('select public.sync_pull($1::jsonb, $2::integer) as result', [
      cursor == null ? null : JSON.stringify(cursor),
      pageSize ?? 500,
    ])
    return { changes: a.changes, cursor: a.cursor, hasMore: a.has_more, reset: a.reset }
  }
  async redeemInvite(): Promise<{ organisationId: string }> {
    throw new Error('not used')
  }
  private async run<T>(sql: string, params: unknown[]): Promise<T> {
    await this.client.query('begin')
    try {
      await this.client.query('set local role authenticated')
      await this.client.query("select set_config('request.jwt.claims', $1, true)", [
        JSON.stringify({ sub: this.userId, role: 'authenticated' }),
      ])
      const res = await this.client.query(sql, params)
      await this.client.query('commit')
      return (res.rows[0] as { result: T }).result
    } catch (error) {
      await this.client.query('rollback')
      throw error
    }
  }
}

/** The baseline: the same rows, multi-row INSERT in batches of BATCH, one transaction each. */
async function plainInsert(sql: Sql, userId: string, data: Row[]): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < data.length; i += BATCH) {
    const chunk = data.slice(i, i + BATCH)
    const params: unknown[] = []
    const values = chunk.map((r) => {
      params.push(r.id, userId, r.lesson_id, r.kind, r.card_index, r.occurred_at)
      const b = params.length - 6
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`
    })
    await sql.query('begin')
    await sql.query(
      `insert into public.progress_events (id, user_id, lesson_id, kind, card_index, occurred_at) values ${values.join(', ')}`,
      params,
    )
    await sql.query('commit')
  }
  return performance.now() - start
}

async function plainSelect(sql: Sql, userId: string): Promise<number> {
  const start = performance.now()
  await sql.query('select * from public.progress_events where user_id = $1', [userId])
  return performance.now() - start
}

interface Figures {
  server: string
  pushMs: number
  serverPushMs: number
  pullBackMs: number
  serverPullMs: number
  freshPullMs: number
  insertMs: number
  selectMs: number
}

/** The engine on a device with N pending rows, then a second device pulling them all. */
async function measure(
  server: string,
  sql: Sql,
  remoteFor: (userId: string) => Remote,
  newUser: () => Promise<string>,
): Promise<Figures> {
  const data = rows(N)
  const userId = await newUser()
  const device = await deviceWith('push', data)
  const timed = new TimedRemote(remoteFor(userId))
  const engine = new SyncEngine({
    db: device,
    remote: timed,
    lock: null,
    env: alwaysOnline,
    batchSize: BATCH,
    pageSize: PAGE,
  })
  const start = performance.now()
  const outcome = await engine.syncNow()
  const end = performance.now()
  if (!outcome.ok || outcome.applied !== N || outcome.pulled < N)
    throw new Error(`bench sync failed: ${JSON.stringify(outcome)}`)

  const fresh = new LoftDb(`bench-pull-${crypto.randomUUID()}`)
  const puller = new SyncEngine({
    db: fresh,
    remote: remoteFor(userId),
    lock: null,
    env: alwaysOnline,
    pageSize: PAGE,
  })
  const pullStart = performance.now()
  const pulled = await puller.syncNow()
  const freshPullMs = performance.now() - pullStart
  if ((await fresh.progress_events.count()) !== N)
    throw new Error(`bench pull incomplete: ${JSON.stringify(pulled)}`)
  await device.delete()
  await fresh.delete()

  const baselineUser = await newUser()
  const insertMs = await plainInsert(sql, baselineUser, rows(N))
  const selectMs = await plainSelect(sql, baselineUser)
  return {
    server,
    pushMs: timed.firstPullAt - start,
    serverPushMs: timed.serverPushMs,
    pullBackMs: end - timed.firstPullAt,
    serverPullMs: timed.serverPullMs,
    freshPullMs,
    insertMs,
    selectMs,
  }
}

function report(f: Figures): void {
  const rate = (ms: number) => `${Math.round((N / ms) * 1000).toLocaleString('en')} /s`
  const line = (what: string, ms: number) =>
    `  ${what.padEnd(54)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${rate(ms).padStart(12)}`
  console.info(
    [
      `\nsync benchmark — ${f.server}, ${N.toLocaleString('en')} mutations (push batch ${BATCH}, pull page ${PAGE})`,
      line('engine push (outbox → sync_push, results recorded)', f.pushMs),
      line('  of which waiting for sync_push', f.serverPushMs),
      line('engine pull back (sync_pull → Dexie, same device)', f.pullBackMs),
      line('  of which waiting for sync_pull', f.serverPullMs),
      line('engine pull on a fresh device (from scratch)', f.freshPullMs),
      line('baseline: plain batched INSERT, same rows, same db', f.insertMs),
      line('baseline: plain SELECT of those rows', f.selectMs),
      `  push costs ${(f.pushMs / f.insertMs).toFixed(1)}× the plain INSERT`,
    ].join('\n'),
  )
}

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

describe('sync throughput', () => {
  it('through PGlite', async () => {
    const pg = await createServerDb()
    cleanups.push(() => pg.close())
    const orgless = async () => {
      const id = crypto.randomUUID()
      await createAuthUser(pg, id)
      return id
    }
    report(
      await measure(
        'PGlite 0.5.16 (in process)',
        pg,
        (userId) => new PgliteRemote({ db: pg, userId }),
        orgless,
      ),
    )
  })

  it.skipIf(!process.env.DATABASE_URL)('through PostgreSQL (DATABASE_URL)', async () => {
    const { Client } = await import('pg')
    const url = new URL(process.env.DATABASE_URL!)
    const admin = new Client({
      connectionString: url.toString(),
      user: url.username || process.env.USER,
    })
    await admin.connect()
    const scratch = `loft_bench_${Date.now()}`
    await admin.query(`create database ${scratch}`)
    cleanups.push(async () => {
      await admin.query(`drop database if exists ${scratch} with (force)`)
      await admin.end()
    })
    url.pathname = `/${scratch}`
    const client = new Client({
      connectionString: url.toString(),
      user: url.username || process.env.USER,
    })
    await client.connect()
    cleanups.push(() => client.end())
    const dir = join(process.cwd(), 'supabase')
    await client.query(readFileSync(join(dir, 'local/shim.sql'), 'utf8'))
    for (const file of readdirSync(join(dir, 'migrations'))
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      await client.query(readFileSync(join(dir, 'migrations', file), 'utf8'))
    }
    const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]!
      .server_version
    const newUser = async () => {
      const id = crypto.randomUUID()
      await client.query('insert into auth.users (id) values ($1)', [id])
      return id
    }
    report(
      await measure(
        `PostgreSQL ${version} (node-postgres, localhost)`,
        client,
        (userId) => new PgRemote(client, userId),
        newUser,
      ),
    )
  })
})
