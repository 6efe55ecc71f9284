// @vitest-environment node
/**
 * A post's figures under concurrent pushes, on a real PostgreSQL (PGlite has one connection):
 * two people react and try it too at the same moment; the second waits for the post's lock and
 * then counts the first one's committed row, so no count is lost. Skipped unless DATABASE_URL is
 * set, e.g.
 *   DATABASE_URL=postgres://loft_ci:loft_ci_local_only@127.0.0.1:5432/postgres npx vitest run test/db/communityConcurrent.test.ts
 * (a scratch database is created and dropped).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Client } from 'pg'

const url = process.env.DATABASE_URL
const scratch = `loft_community_${Date.now()}`
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
  ).rows[0]!.r as { status: string }[]
const upsert = (table: string, row: Record<string, unknown>) => ({
  id: crypto.randomUUID(),
  table,
  op: 'upsert',
  row: { id: crypto.randomUUID(), ...row },
})

describe.skipIf(!url)('community figures under concurrency (PostgreSQL)', () => {
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

  it('two reactions and two replications pushed at once are all counted', async () => {
    const [setup, a, b] = sessions as [Client, Client, Client]
    const org = crypto.randomUUID()
    const [author, one, two] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()]
    await setup.query('insert into public.organisations (id, name) values ($1, $2)', [org, 'Org'])
    for (const id of [author, one, two]) {
      await setup.query('insert into auth.users (id) values ($1)', [id])
      await setup.query(
        'insert into public.memberships (user_id, organisation_id) values ($1, $2)',
        [id, org],
      )
    }
    const post = crypto.randomUUID()
    await setup.query(
      "insert into public.community_posts (id, organisation_id, author_id, kind, title) values ($1, $2, $3, 'use_case', 'Tilbud')",
      [post, org, author],
    )
    const batch = (before: number) => [
      upsert('community_reactions', { organisation_id: org, post_id: post, kind: 'useful' }),
      upsert('community_replications', {
        organisation_id: org,
        post_id: post,
        minutes_before: before,
        minutes_after: 10,
      }),
    ]

    await begin(a, one)
    expect((await push(a, batch(40))).map((r) => r.status)).toEqual(['applied', 'applied'])
    await begin(b, two)
    let secondDone = false
    const second = push(b, batch(70)).then((r) => {
      secondDone = true
      return r
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(secondDone).toBe(false) // waiting for the post's lock
    await a.query('commit')
    expect((await second).map((r) => r.status)).toEqual(['applied', 'applied'])
    await b.query('commit')

    const { rows } = await setup.query(
      'select reaction_counts, replication_count, replication_median_saved from public.community_posts where id = $1',
      [post],
    )
    expect(rows[0]).toEqual({
      reaction_counts: { useful: 2, tried: 0, thanks: 0 },
      replication_count: 2,
      replication_median_saved: 45,
    })
  })
})
