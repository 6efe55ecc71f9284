// @vitest-environment node
/**
 * Two sessions push the same mutation ids at once, on a real PostgreSQL (PGlite has one
 * connection). The second waits for the first to commit and is answered from its stored
 * answers: every mutation is applied once. Skipped unless DATABASE_URL is set, e.g.
 *   DATABASE_URL=postgres://loft_bench:loft_bench@localhost:5432/postgres npx vitest run test/db/syncPushConcurrent.test.ts
 * (a scratch database is created and dropped).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client } from 'pg'

const url = process.env.DATABASE_URL
const scratch = `loft_concurrent_${Date.now()}`
let admin: Client
const sessions: Client[] = []

async function connect(database: string): Promise<Client> {
  const { Client } = await import('pg')
  const u = new URL(url!)
  u.pathname = `/${database}`
  const client = new Client({
    connectionString: u.toString(),
    user: u.username || process.env.USER,
  })
  await client.connect()
  return client
}

/** One PostgREST-like request: a transaction as `authenticated` with the user's claims. */
async function begin(client: Client, userId: string): Promise<void> {
  await client.query('begin')
  await client.query('set local role authenticated')
  await client.query("select set_config('request.jwt.claims', $1, true)", [
    JSON.stringify({ sub: userId, role: 'authenticated' }),
  ])
}
const push = async (client: Client, mutations: unknown[]) =>
  (
    await client.query<{ r: unknown }>('select public.sync_push($1::jsonb) as r', [
      JSON.stringify(mutations),
    ])
  ).rows[0]!.r

describe.skipIf(!url)('sync_push under concurrency (PostgreSQL)', () => {
  beforeAll(async () => {
    admin = await connect(new URL(url!).pathname.slice(1) || 'postgres')
    await admin.query(`create database ${scratch}`)
    const setup = await connect(scratch)
    sessions.push(setup)
    const dir = join(process.cwd(), 'supabase')
    await setup.query(readFileSync(join(dir, 'local/shim.sql'), 'utf8'))
    for (const file of readdirSync(join(dir, 'migrations'))
      .filter((f) => f.endsWith('.sql'))
      .sort())
      await setup.query(readFileSync(join(dir, 'migrations', file), 'utf8'))
    sessions.push(await connect(scratch), await connect(scratch))
  }, 120_000)

  afterAll(async () => {
    for (const s of sessions) await s.end()
    if (admin) {
      await admin.query(`drop database if exists ${scratch} with (force)`)
      await admin.end()
    }
  })

  it('a push sharing mutation ids with one still running waits, then gets the stored answers', async () => {
    const [setup, a, b] = sessions as [Client, Client, Client]
    const userId = crypto.randomUUID()
    await setup.query('insert into auth.users (id) values ($1)', [userId])
    const batch = Array.from({ length: 50 }, (_, i) => ({
      id: crypto.randomUUID(),
      table: 'progress_events',
      op: 'upsert',
      row: { id: crypto.randomUUID(), lesson_id: 'l1', kind: 'card', card_index: i },
    }))

    await begin(a, userId)
    const first = await push(a, batch)
    await begin(b, userId)
    let secondDone = false
    const second = push(b, [...batch].reverse()).then((r) => {
      secondDone = true
      return r
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(secondDone).toBe(false) // waiting for the first push to commit
    await a.query('commit')
    const answers = (await second) as unknown[]
    await b.query('commit')

    expect(answers).toEqual([...(first as unknown[])].reverse())
    const { rows } = await setup.query<{ n: number }>(
      'select count(*)::int as n from public.progress_events where user_id = $1',
      [userId],
    )
    expect(rows[0]!.n).toBe(50)
  })
})
