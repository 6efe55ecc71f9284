/**
 * Sync under load on a real PostgreSQL (15): simulated devices of people in organisations push
 * and pull at the same time through the real `sync_push` / `sync_pull`, each request made as
 * PostgREST makes it (a transaction as `authenticated` with the person's `request.jwt.claims`),
 * over a bounded connection pool to 127.0.0.1. Prints p50/p95 push and pull latency and errors,
 * beside one device's latency measured alone in the same run (before and after the load), then
 * checks that nothing was lost or duplicated:
 *   - every device's rows equal a fresh pull of what its person may see;
 *   - every pushed mutation is recorded on the server exactly once, and every row is there as
 *     its last mutation left it (deleted rows gone, nothing else).
 * Timings are not pass/fail; a lost, extra or different row, a refused mutation or a failed
 * request fails the run.
 *
 * Each device keeps its own cursor, a map of the rows it holds and an outbox. A round writes a
 * few personal rows locally (progress events; challenge attempts, some shared with the
 * organisation's ambassadors, later withdrawn, shared or deleted), pushes the outbox and pulls.
 * A transient failure (a serialization failure, deadlock, timeout, lost connection, or a fault
 * injected on purpose: rolled back before commit, or the answer lost after commit) is retried
 * with the same mutation ids. Every loop is bounded in count and in time. The baseline beside
 * the figures: the same device alone, and the same request shape around `select 1`, both before
 * and after the load.
 *
 *   DATABASE_URL=postgres://loft_ci:loft_ci_local_only@127.0.0.1:5432/postgres \
 *     npx vitest run --config test/bench/vitest.load.config.ts
 *
 * A scratch database (shim + migrations) is created and dropped. Settings (environment):
 *   BENCH_LOAD_SECONDS 60, BENCH_LOAD_DEVICES 200, BENCH_LOAD_PEOPLE 100, BENCH_LOAD_ORGS 5,
 *   BENCH_LOAD_POOL 20 (connections), BENCH_LOAD_THINK_MS 1000 (pause between a device's
 *   rounds, ±50 %), BENCH_LOAD_FAULTS 0.03 (share of pushes given an injected fault),
 *   BENCH_LOAD_SOLO_ROUNDS 40 (the single device alone), BENCH_LOAD_SEED 1.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Client, Pool } from 'pg'

function setting(name: string, fallback: number, min = 1): number {
  const raw = process.env[name]
  const value = raw === undefined || raw === '' ? NaN : Number(raw)
  return Number.isFinite(value) && value >= min ? value : fallback
}

const URL_ENV = process.env.DATABASE_URL
const SECONDS = setting('BENCH_LOAD_SECONDS', 60)
const DEVICES = Math.floor(setting('BENCH_LOAD_DEVICES', 200))
const PEOPLE = Math.floor(setting('BENCH_LOAD_PEOPLE', 100))
const ORGS = Math.floor(setting('BENCH_LOAD_ORGS', 5))
const POOL = Math.floor(setting('BENCH_LOAD_POOL', 20))
const THINK_MS = setting('BENCH_LOAD_THINK_MS', 1000, 0)
const FAULTS = Math.min(setting('BENCH_LOAD_FAULTS', 0.03, 0), 0.5)
const SOLO_ROUNDS = Math.floor(setting('BENCH_LOAD_SOLO_ROUNDS', 40))
const SEED = Math.floor(setting('BENCH_LOAD_SEED', 1, 0))
const AMBASSADORS_PER_ORG = 3
/** Bounds: rounds per device, tries per request, pages per pull. */
const MAX_ROUNDS = Math.ceil((SECONDS * 1000) / Math.max(THINK_MS / 2, 20)) + 1
const MAX_TRIES = 8
const PAGE = 500
const MAX_PAGES = 2000
const SOLO_THINK_MS = 20

type Row = Record<string, unknown> & { id: string }
interface Mutation {
  id: string
  table: 'progress_events' | 'challenge_attempts'
  op: 'upsert' | 'delete'
  row: Row
}
interface PushResult {
  id: string
  status: string
  reason?: string
}
interface PullAnswer {
  changes: { table: string; op: 'upsert' | 'delete'; row: Row }[]
  cursor: unknown
  has_more: boolean
  reset: boolean
}
interface Person {
  id: string
  org: string
  ambassador: boolean
}
interface Device {
  index: number
  person: Person
  rng: () => number
  cursor: unknown
  /** What the device holds, by `table:id`: its own writes, then whatever pulls bring. */
  rows: Map<string, Row>
  /** Its own attempts, as it last wrote them. */
  attempts: Map<string, Row>
  /** Batches not yet answered by the server, oldest first. */
  outbox: Mutation[][]
}
type Fault = 'none' | 'before-commit' | 'after-commit'

class InjectedFault extends Error {}

/** What happened, per phase. */
class Stats {
  push: number[] = []
  pushWait: number[] = []
  pull: number[] = []
  pullWait: number[] = []
  /** The baseline: the same request shape around `select 1`. */
  empty: number[] = []
  rounds = 0
  mutations = 0
  pullRequests = 0
  injected = { 'before-commit': 0, 'after-commit': 0 }
  transient = new Map<string, number>()
  retries = 0
  rejected: string[] = []
  failures: string[] = []
  resets = 0
  skippedPulls = 0
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const key = (table: string, id: unknown) => `${table}:${String(id)}`

function canon(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canon(v)}`).join(',')}}`
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!
}

const TRANSIENT_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57014', // query_canceled (statement_timeout)
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
])

function errorLabel(error: unknown): string {
  const e = error as { code?: string; message?: string }
  return `${e.code ?? 'no code'}: ${e.message ?? String(error)}`
}

function isTransient(error: unknown): boolean {
  if (error instanceof InjectedFault) return true
  const e = error as { code?: string; message?: string }
  if (e.code && TRANSIENT_CODES.has(e.code)) return true
  if (e.code === 'ECONNRESET' || e.code === 'ECONNREFUSED' || e.code === 'EPIPE') return true
  return /timeout exceeded when trying to connect|Connection terminated/i.test(e.message ?? '')
}

/**
 * One PostgREST-like request as `userId`: a pooled connection, a transaction as `authenticated`
 * with the person's claims, the call, commit. Times the whole request (what the device waits for)
 * and the wait for a connection apart.
 */
async function request<T>(
  pool: Pool,
  userId: string,
  sql: string,
  params: unknown[],
  fault: Fault = 'none',
): Promise<{ value: T; ms: number; waitMs: number }> {
  const start = performance.now()
  const client = await pool.connect()
  const waitMs = performance.now() - start
  let broken: Error | undefined
  let committed = false
  try {
    await client.query('begin; set local role authenticated')
    await client.query("select set_config('request.jwt.claims', $1, true)", [
      JSON.stringify({ sub: userId, role: 'authenticated' }),
    ])
    const res = await client.query<{ result: T }>(sql, params)
    if (fault === 'before-commit') throw new InjectedFault('rolled back before commit (injected)')
    await client.query('commit')
    committed = true
    if (fault === 'after-commit') throw new InjectedFault('answer lost after commit (injected)')
    return { value: res.rows[0]!.result, ms: performance.now() - start, waitMs }
  } catch (error) {
    if (!committed) {
      try {
        await client.query('rollback')
      } catch (rollbackError) {
        broken = rollbackError as Error
      }
    }
    throw error
  } finally {
    client.release(broken)
  }
}

/** Writes one round's rows locally (the device's map) and queues them as one batch. */
function writeLocally(device: Device, ledger: Ledger): void {
  const { rng, person } = device
  const batch: Mutation[] = []
  const upsert = (table: Mutation['table'], row: Row) =>
    batch.push({ id: crypto.randomUUID(), table, op: 'upsert', row })
  for (let i = 1 + Math.floor(rng() * 4); i > 0; i--) {
    upsert('progress_events', {
      id: crypto.randomUUID(),
      lesson_id: `lesson-${Math.floor(rng() * 12)}`,
      kind: 'card',
      card_index: Math.floor(rng() * 9),
      occurred_at: new Date().toISOString(),
    })
  }
  const earlier = [...device.attempts.values()]
  const pick = (rows: Row[]) => rows[Math.floor(rng() * rows.length)]
  const touched = new Set<string>()
  if (rng() < 0.3) {
    const shared = rng() < 0.5
    upsert('challenge_attempts', {
      id: crypto.randomUUID(),
      challenge_id: `challenge-${Math.floor(rng() * 20)}`,
      prompt: `Skriv et kort svar til kunden om levering i uke ${Math.floor(rng() * 52) + 1}.`,
      output: 'Hei! Leveransen kommer som avtalt. Vennlig hilsen',
      checklist: { clear: rng() < 0.5, checked: true },
      self_score: 1 + Math.floor(rng() * 4),
      minutes_saved: Math.floor(rng() * 30),
      submitted_for_review: shared,
      organisation_id: shared ? person.org : null,
      created_at: new Date().toISOString(),
    })
  }
  const r = rng()
  if (r < 0.08) {
    const target = pick(earlier.filter((a) => a.submitted_for_review))
    if (target) {
      touched.add(target.id)
      upsert('challenge_attempts', { ...target, submitted_for_review: false })
    }
  } else if (r < 0.16) {
    const target = pick(earlier.filter((a) => !a.submitted_for_review))
    if (target) {
      touched.add(target.id)
      upsert('challenge_attempts', {
        ...target,
        submitted_for_review: true,
        organisation_id: person.org,
      })
    }
  }
  if (rng() < 0.05) {
    const target = pick(earlier.filter((a) => !touched.has(a.id)))
    if (target)
      batch.push({
        id: crypto.randomUUID(),
        table: 'challenge_attempts',
        op: 'delete',
        row: { id: target.id },
      })
  }

  for (const m of batch) {
    const k = key(m.table, m.row.id)
    if (m.op === 'delete') {
      device.rows.delete(k)
      device.attempts.delete(m.row.id)
    } else {
      device.rows.set(k, m.row)
      if (m.table === 'challenge_attempts') device.attempts.set(m.row.id, m.row)
    }
    ledger.record(device, m)
  }
  device.outbox.push(batch)
}

/** Every mutation pushed and the state each row must end in, as the devices wrote them. */
class Ledger {
  mutations = new Map<string, { userId: string; table: string; rowId: string }>()
  finalRows = new Map<string, { userId: string; deleted: boolean; row: Row }>()
  record(device: Device, m: Mutation): void {
    this.mutations.set(m.id, { userId: device.person.id, table: m.table, rowId: m.row.id })
    this.finalRows.set(key(m.table, m.row.id), {
      userId: device.person.id,
      deleted: m.op === 'delete',
      row: m.row,
    })
  }
}

/** Pushes the outbox, oldest batch first, retrying a transient failure with the same ids. */
async function flush(pool: Pool, device: Device, stats: Stats, faults: number): Promise<boolean> {
  while (device.outbox.length > 0) {
    const batch = device.outbox[0]!
    let answered: PushResult[] | null = null
    for (let attempt = 1; attempt <= MAX_TRIES && !answered; attempt++) {
      const roll = attempt < MAX_TRIES ? device.rng() : 1
      const fault: Fault =
        roll < faults / 2 ? 'before-commit' : roll < faults ? 'after-commit' : 'none'
      try {
        const res = await request<PushResult[]>(
          pool,
          device.person.id,
          'select public.sync_push($1::jsonb) as result',
          [JSON.stringify(batch)],
          fault,
        )
        stats.push.push(res.ms)
        stats.pushWait.push(res.waitMs)
        answered = res.value
      } catch (error) {
        if (error instanceof InjectedFault && fault !== 'none') stats.injected[fault]++
        else if (isTransient(error)) {
          const label = errorLabel(error)
          stats.transient.set(label, (stats.transient.get(label) ?? 0) + 1)
        } else {
          stats.failures.push(`push by device ${device.index}: ${errorLabel(error)}`)
          return false
        }
        if (attempt < MAX_TRIES) {
          stats.retries++
          await sleep(Math.min(1000, 25 * 2 ** attempt) * (0.5 + device.rng()))
        }
      }
    }
    if (!answered) {
      stats.failures.push(`push by device ${device.index}: still failing after ${MAX_TRIES} tries`)
      return false
    }
    const byId = new Map(answered.map((a) => [a.id, a]))
    for (const m of batch) {
      const a = byId.get(m.id)
      if (a?.status !== 'applied')
        stats.rejected.push(
          `${m.table} ${m.op} ${m.row.id} by device ${device.index}: ${a ? `${a.status} ${a.reason ?? ''}` : 'no answer'}`,
        )
    }
    if (answered.length !== batch.length)
      stats.rejected.push(`device ${device.index}: ${answered.length} answers to ${batch.length}`)
    stats.mutations += batch.length
    device.outbox.shift()
  }
  return true
}

/** Pulls every page from `cursor`, handing each change to `apply`; retries transient failures. */
async function pullAll(
  pool: Pool,
  userId: string,
  cursor: unknown,
  stats: Stats,
  apply: (change: PullAnswer['changes'][number]) => void,
  onReset: () => void,
  record = true,
): Promise<unknown> {
  for (let page = 0; page < MAX_PAGES; page++) {
    let answer: PullAnswer | null = null
    for (let attempt = 1; attempt <= MAX_TRIES && !answer; attempt++) {
      try {
        const res = await request<PullAnswer>(
          pool,
          userId,
          'select public.sync_pull($1::jsonb, $2::integer) as result',
          [cursor == null ? null : JSON.stringify(cursor), PAGE],
        )
        if (record) {
          stats.pull.push(res.ms)
          stats.pullWait.push(res.waitMs)
          stats.pullRequests++
        }
        answer = res.value
      } catch (error) {
        if (!isTransient(error)) throw error
        const label = errorLabel(error)
        stats.transient.set(label, (stats.transient.get(label) ?? 0) + 1)
        stats.retries++
        await sleep(Math.min(1000, 25 * 2 ** attempt))
      }
    }
    if (!answer) throw new Error(`pull as ${userId}: still failing after ${MAX_TRIES} tries`)
    if (answer.reset) {
      stats.resets++
      onReset()
    }
    for (const change of answer.changes) apply(change)
    cursor = answer.cursor
    if (!answer.has_more) return cursor
  }
  throw new Error(`pull as ${userId}: more than ${MAX_PAGES} pages`)
}

async function pullInto(pool: Pool, device: Device, stats: Stats, record = true): Promise<void> {
  device.cursor = await pullAll(
    pool,
    device.person.id,
    device.cursor,
    stats,
    (change) => {
      const k = key(change.table, change.row.id)
      if (change.op === 'delete') device.rows.delete(k)
      else device.rows.set(k, change.row)
    },
    () => {
      // A reset drops the server's data; rows still in the outbox stay.
      const pending = new Set(device.outbox.flat().map((m) => key(m.table, m.row.id)))
      for (const k of [...device.rows.keys()]) if (!pending.has(k)) device.rows.delete(k)
    },
    record,
  )
}

/** One sync round: write, push the outbox, pull. */
async function round(
  pool: Pool,
  device: Device,
  ledger: Ledger,
  stats: Stats,
  faults: number,
): Promise<void> {
  writeLocally(device, ledger)
  stats.rounds++
  if (await flush(pool, device, stats, faults)) {
    try {
      await pullInto(pool, device, stats)
    } catch (error) {
      stats.failures.push(`pull by device ${device.index}: ${errorLabel(error)}`)
    }
  } else stats.skippedPulls++
}

const ms = (v: number) => (Number.isNaN(v) ? '   –' : `${v.toFixed(1).padStart(6)} ms`)
function latencyLine(label: string, values: number[], wait?: number[]): string {
  const held = wait?.map((w, i) => values[i]! - w)
  const w =
    wait && held && wait.length
      ? `\n  ${''.padEnd(36)} waiting for a connection p50 ${ms(percentile(wait, 0.5))}  p95 ${ms(percentile(wait, 0.95))}; once connected p50 ${ms(percentile(held, 0.5))}  p95 ${ms(percentile(held, 0.95))}`
      : ''
  return `  ${label.padEnd(36)} p50 ${ms(percentile(values, 0.5))}  p95 ${ms(percentile(values, 0.95))}  max ${ms(Math.max(...values))}  n=${values.length}${w}`
}
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} on ${cpus().length} cores`

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup()
    } catch (error) {
      console.warn(`cleanup: ${errorLabel(error)}`)
    }
  }
})

describe('sync under load', () => {
  it.skipIf(!URL_ENV)(
    `${DEVICES} devices of ${PEOPLE} people in ${ORGS} organisations, ${SECONDS} s (PostgreSQL)`,
    async () => {
      const pg = await import('pg')
      const base = new URL(URL_ENV!)
      if (base.hostname && !['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname))
        throw new Error(`the load test runs only against a local PostgreSQL, not ${base.hostname}`)
      base.hostname = '127.0.0.1'
      const user = decodeURIComponent(base.username) || process.env.USER
      const admin: Client = new pg.Client({ connectionString: base.toString(), user })
      await admin.connect()
      cleanups.push(() => admin.end())
      const scratch = `loft_load_${Date.now()}`
      await admin.query(`create database ${scratch}`)
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${scratch} with (force)`)
      })
      const target = new URL(base)
      target.pathname = `/${scratch}`

      // Setup (not measured): schema, organisations, people, memberships.
      const setup: Client = new pg.Client({ connectionString: target.toString(), user })
      await setup.connect()
      cleanups.push(() => setup.end())
      const dir = join(process.cwd(), 'supabase')
      await setup.query(readFileSync(join(dir, 'local/shim.sql'), 'utf8'))
      for (const file of readdirSync(join(dir, 'migrations'))
        .filter((f) => f.endsWith('.sql'))
        .sort())
        await setup.query(readFileSync(join(dir, 'migrations', file), 'utf8'))
      const version = (
        await setup.query<{ v: string }>("select current_setting('server_version') as v")
      ).rows[0]!.v

      const orgIds = Array.from({ length: ORGS }, () => crypto.randomUUID())
      const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => ({
        id: crypto.randomUUID(),
        org: orgIds[i % ORGS]!,
        ambassador: Math.floor(i / ORGS) < AMBASSADORS_PER_ORG,
      }))
      await setup.query(
        `insert into public.organisations (id, name)
         select id, 'Bench org ' || n from unnest($1::uuid[]) with ordinality as o (id, n)`,
        [orgIds],
      )
      await setup.query(`insert into auth.users (id) select unnest($1::uuid[])`, [
        people.map((p) => p.id),
      ])
      await setup.query(
        `insert into public.memberships (user_id, organisation_id, roles)
         select u, o, case when a then array['member', 'ambassador'] else array['member'] end
         from unnest($1::uuid[], $2::uuid[], $3::boolean[]) as m (u, o, a)`,
        [people.map((p) => p.id), people.map((p) => p.org), people.map((p) => p.ambassador)],
      )
      const ambassadors = people.filter((p) => p.ambassador).length

      const pool: Pool = new pg.Pool({
        connectionString: target.toString(),
        user,
        max: POOL,
        connectionTimeoutMillis: 30_000,
        idleTimeoutMillis: 0,
        statement_timeout: 30_000,
        idle_in_transaction_session_timeout: 30_000,
      })
      pool.on('error', () => {}) // an idle client's error: the next request meets it
      cleanups.push(() => pool.end())

      const devices: Device[] = Array.from({ length: DEVICES }, (_, index) => ({
        index,
        person: people[index % PEOPLE]!,
        rng: mulberry32(SEED * 100_003 + index),
        cursor: null,
        rows: new Map(),
        attempts: new Map(),
        outbox: [],
      }))
      const ledger = new Ledger()
      const loadBefore = load()

      // Every device starts with its first pull (not measured), as a signed-in phone would.
      const warm = new Stats()
      await Promise.all(devices.map((d) => pullInto(pool, d, warm, false)))

      // One device alone, before the load (no injected faults).
      const soloBefore = new Stats()
      const solo = devices[0]!
      const soloDeadline = performance.now() + 30_000
      for (let i = 0; i < SOLO_ROUNDS && performance.now() < soloDeadline; i++) {
        await round(pool, solo, ledger, soloBefore, 0)
        soloBefore.empty.push((await request(pool, solo.person.id, 'select 1 as result', [])).ms)
        await sleep(SOLO_THINK_MS)
      }

      // Every device at once, for SECONDS.
      const concurrent = new Stats()
      const started = performance.now()
      const deadline = started + SECONDS * 1000
      await Promise.all(
        devices.map(async (device) => {
          await sleep(device.rng() * THINK_MS)
          for (let i = 0; i < MAX_ROUNDS && performance.now() < deadline; i++) {
            await round(pool, device, ledger, concurrent, FAULTS)
            await sleep(THINK_MS * (0.5 + device.rng()))
          }
        }),
      )
      const elapsed = (performance.now() - started) / 1000
      const loadDuring = load()

      // One device alone again, after the load.
      const soloAfter = new Stats()
      const soloDeadline2 = performance.now() + 30_000
      for (let i = 0; i < SOLO_ROUNDS && performance.now() < soloDeadline2; i++) {
        await round(pool, solo, ledger, soloAfter, 0)
        soloAfter.empty.push((await request(pool, solo.person.id, 'select 1 as result', [])).ms)
        await sleep(SOLO_THINK_MS)
      }

      // Quiesce: wait until every transaction so far is below every snapshot's xmin (another
      // database's long transaction holds the horizon back cluster-wide), then a last sync each.
      const horizonStart = performance.now()
      const last = (await setup.query<{ x: string }>('select pg_current_xact_id()::text as x'))
        .rows[0]!.x
      let horizonReached = false
      while (!horizonReached && performance.now() - horizonStart < 120_000) {
        horizonReached = (
          await setup.query<{ ok: boolean }>(
            'select pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 as ok',
            [last],
          )
        ).rows[0]!.ok
        if (!horizonReached) await sleep(200)
      }
      const horizonWaitMs = performance.now() - horizonStart
      const final = new Stats()
      await Promise.all(
        devices.map(async (d) => {
          if (await flush(pool, d, final, 0)) await pullInto(pool, d, final, false)
        }),
      )

      // Convergence: each device equals a fresh pull of what its person may see.
      const fresh = new Map<string, Map<string, string>>()
      await Promise.all(
        people.map(async (p) => {
          const rows = new Map<string, string>()
          await pullAll(
            pool,
            p.id,
            null,
            final,
            (c) => {
              const k = key(c.table, c.row.id)
              if (c.op === 'delete') rows.delete(k)
              else rows.set(k, canon(c.row))
            },
            () => rows.clear(),
            false,
          )
          fresh.set(p.id, rows)
        }),
      )
      const examples: string[] = []
      const note = (what: string) => {
        if (examples.length < 10) examples.push(what)
      }
      let lost = 0
      let extra = 0
      let different = 0
      let compared = 0
      let converged = 0
      for (const d of devices) {
        const truth = fresh.get(d.person.id)!
        let ok = true
        for (const [k, row] of truth) {
          compared++
          const mine = d.rows.get(k)
          if (!mine) {
            lost++
            ok = false
            note(`device ${d.index} lacks ${k}`)
          } else if (canon(mine) !== row) {
            different++
            ok = false
            note(`device ${d.index} holds another version of ${k}`)
          }
        }
        for (const k of d.rows.keys())
          if (!truth.has(k)) {
            extra++
            ok = false
            note(`device ${d.index} holds ${k}, which its person may not see (or was deleted)`)
          }
        if (ok) converged++
      }

      // The server: every mutation recorded once, every row as its last mutation left it.
      const userIds = people.map((p) => p.id)
      const recorded = await setup.query<{ user_id: string; mutation_id: string; status: string }>(
        `select user_id::text, mutation_id::text, result ->> 'status' as status
         from private.sync_mutations where user_id = any($1::uuid[])`,
        [userIds],
      )
      const seen = new Map<string, number>()
      let notApplied = 0
      let wrongOwner = 0
      let unknownMutations = 0
      for (const r of recorded.rows) {
        seen.set(r.mutation_id, (seen.get(r.mutation_id) ?? 0) + 1)
        const pushed = ledger.mutations.get(r.mutation_id)
        if (!pushed) unknownMutations++
        else if (pushed.userId !== r.user_id) wrongOwner++
        if (r.status !== 'applied') notApplied++
      }
      let missingMutations = 0
      let duplicatedMutations = 0
      for (const id of ledger.mutations.keys()) {
        const n = seen.get(id) ?? 0
        if (n === 0) {
          missingMutations++
          note(`mutation ${id} is not recorded on the server`)
        } else if (n > 1) duplicatedMutations++
      }
      const serverRows = await setup.query<{
        tbl: string
        id: string
        user_id: string
        n: number
        submitted: boolean | null
        org: string | null
      }>(
        `select 'progress_events' as tbl, id::text, user_id::text, count(*) over (partition by id)::int as n,
                null::boolean as submitted, null::text as org
           from public.progress_events where user_id = any($1::uuid[])
         union all
         select 'challenge_attempts', id::text, user_id::text, count(*) over (partition by id)::int,
                submitted_for_review, organisation_id::text
           from public.challenge_attempts where user_id = any($1::uuid[])`,
        [userIds],
      )
      let missingRows = 0
      let extraRows = 0
      let wrongRows = 0
      let duplicatedRows = 0
      const onServer = new Set<string>()
      for (const r of serverRows.rows) {
        const k = key(r.tbl, r.id)
        onServer.add(k)
        if (r.n > 1) duplicatedRows++
        const expected = ledger.finalRows.get(k)
        if (!expected || expected.deleted) {
          extraRows++
          note(`server still holds ${k}`)
        } else if (
          expected.userId !== r.user_id ||
          (r.tbl === 'challenge_attempts' &&
            (expected.row.submitted_for_review !== r.submitted ||
              (expected.row.organisation_id ?? null) !== r.org))
        ) {
          wrongRows++
          note(`server holds another version of ${k}`)
        }
      }
      for (const [k, expected] of ledger.finalRows)
        if (!expected.deleted && !onServer.has(k)) {
          missingRows++
          note(`server lacks ${k}`)
        }

      const all = [soloBefore, concurrent, soloAfter, final]
      const rejected = all.flatMap((s) => s.rejected)
      const failures = all.flatMap((s) => s.failures)
      const transient = new Map<string, number>()
      for (const s of all)
        for (const [label, n] of s.transient) transient.set(label, (transient.get(label) ?? 0) + n)
      const transientCount = [...transient.values()].reduce((a, b) => a + b, 0)
      const resets = all.reduce((n, s) => n + s.resets, 0)

      console.info(
        [
          `\nsync load — PostgreSQL ${version} on 127.0.0.1, pool ${POOL} connections`,
          `  ${DEVICES} devices of ${PEOPLE} people in ${ORGS} organisations (${ambassadors} ambassadors), ${elapsed.toFixed(1)} s, a round every ~${THINK_MS} ms per device, ${(FAULTS * 100).toFixed(0)} % of pushes with an injected fault`,
          `  machine: ${loadBefore} before, ${loadDuring} at the end of the load (shared with other jobs: timings are noisy)`,
          `  concurrent: ${concurrent.rounds} rounds (${(concurrent.rounds / elapsed).toFixed(0)}/s${THINK_MS > 0 ? ` of ~${((DEVICES * 1000) / THINK_MS).toFixed(0)}/s asked` : ''}), ${concurrent.mutations} mutations in ${concurrent.push.length} push requests, ${concurrent.pullRequests} pull requests`,
          latencyLine('push (sync_push), all devices', concurrent.push, concurrent.pushWait),
          latencyLine('pull (sync_pull), all devices', concurrent.pull, concurrent.pullWait),
          latencyLine('push, one device alone, before', soloBefore.push),
          latencyLine('pull, one device alone, before', soloBefore.pull),
          latencyLine('push, one device alone, after', soloAfter.push),
          latencyLine('pull, one device alone, after', soloAfter.pull),
          latencyLine('baseline: `select 1`, alone, before', soloBefore.empty),
          latencyLine('baseline: `select 1`, alone, after', soloAfter.empty),
          `  errors: ${rejected.length + failures.length} (refused mutations ${rejected.length}, failed requests ${failures.length}); pull resets ${resets}`,
          `  transient failures retried with the same ids: injected ${concurrent.injected['before-commit']} rolled back before commit + ${concurrent.injected['after-commit']} answers lost after commit; real ${transientCount}${transient.size ? ` (${[...transient].map(([l, n]) => `${n}× ${l}`).join('; ')})` : ''}`,
          `  convergence: ${converged}/${DEVICES} devices equal a fresh pull of what their person may see (${compared} rows compared): lost ${lost}, extra ${extra}, different ${different}`,
          `  server: ${ledger.mutations.size} mutations pushed, recorded once ${ledger.mutations.size - missingMutations - duplicatedMutations}, missing ${missingMutations}, duplicated ${duplicatedMutations}, not applied ${notApplied}, unknown ${unknownMutations}, wrong owner ${wrongOwner}`,
          `  server rows (${ledger.finalRows.size} written, ${[...ledger.finalRows.values()].filter((r) => r.deleted).length} of them deleted): missing ${missingRows}, extra ${extraRows}, duplicated ${duplicatedRows}, different ${wrongRows}`,
          `  → ${lost + missingRows + missingMutations} lost, ${duplicatedMutations + duplicatedRows} duplicated, ${extra + different + extraRows + wrongRows} stale or different`,
          horizonWaitMs > 1000 || !horizonReached
            ? `  (the snapshot horizon took ${(horizonWaitMs / 1000).toFixed(1)} s to pass the last write${horizonReached ? '' : ': NOT reached, a long transaction elsewhere holds it'})`
            : '',
          ...[...rejected, ...failures, ...examples].slice(0, 15).map((e) => `    ${e}`),
        ]
          .filter(Boolean)
          .join('\n'),
      )

      expect({
        lost,
        extra,
        different,
        missingMutations,
        duplicatedMutations,
        notApplied,
        unknownMutations,
        wrongOwner,
        missingRows,
        extraRows,
        duplicatedRows,
        wrongRows,
        rejected: rejected.length,
        failures: failures.length,
      }).toEqual({
        lost: 0,
        extra: 0,
        different: 0,
        missingMutations: 0,
        duplicatedMutations: 0,
        notApplied: 0,
        unknownMutations: 0,
        wrongOwner: 0,
        missingRows: 0,
        extraRows: 0,
        duplicatedRows: 0,
        wrongRows: 0,
        rejected: 0,
        failures: 0,
      })
    },
  )
})
