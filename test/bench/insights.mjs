// `npm run bench:insights`: HR insights on PostgreSQL 15 at the size of a large customer.
//
// Loads the demo company (scripts/demo/company.ts) with 10 000 people × 52 weeks into a database
// of its own (loft_bench_insights, made afresh: shim, every migration, seed, the company through
// insertCompany of scripts/demo/backend.mjs), then, as the company's HR lead through the real
// door (public.insights under the `authenticated` role with the person's JWT claims), prints the
// median of 5 runs (after one warm-up) of
//   insights(org, 'week' | '30d' | 'quarter') and insights_trend(org, p, 12) for each period,
// beside the baseline: a plain count(*) over the same events (the five event tables, same window)
// in the same run. Aim: insights(org, '30d') ≤ 200 ms.
//
//   npm run bench:insights [-- --people 10000] [--reuse]   (--reuse: keep a loaded database)
//   LOFT_BENCH_DB_URL=postgresql://user:pw@host:5432   (default: the loft_ci role of scripts/pgtap.sh)
import { parseArgs } from 'node:util'
import { cpus, loadavg } from 'node:os'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { insertCompany, makeCompany } from '../../scripts/demo/backend.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    reuse: { type: 'boolean', default: false },
    database: { type: 'string', default: 'loft_bench_insights' },
  },
})
const server = process.env.LOFT_BENCH_DB_URL ?? 'postgresql://loft_ci:loft_ci_local_only@127.0.0.1:5432'
const dbName = values.database
if (!/^[a-z_][a-z0-9_]*$/.test(dbName)) throw new Error('database: lower-case letters, digits and _')
const sql = (path) => readFileSync(join(root, path), 'utf8')
const ORG = 'd0000000-0000-4000-a000-000000000001'

async function connect(database) {
  const client = new pg.Client({ connectionString: `${server}/${database}?sslmode=disable` })
  await client.connect()
  await client.query('set client_min_messages = warning')
  return client
}

/** insertCompany speaks PGlite's transaction(); this is the same over a pg client. */
const asPglite = (client) => ({
  async transaction(fn) {
    await client.query('begin')
    try {
      const result = await fn({ exec: (text) => client.query(text), query: (text, params) => client.query(text, params) })
      await client.query('commit')
      return result
    } catch (e) {
      await client.query('rollback')
      throw e
    }
  },
})

async function load() {
  const admin = await connect('postgres')
  if (values.reuse) {
    const { rows } = await admin.query('select 1 from pg_database where datname = $1', [dbName])
    if (rows.length) {
      await admin.end()
      console.log(`Reusing ${dbName}.`)
      return
    }
  }
  await admin.query(`drop database if exists ${dbName} with (force)`)
  await admin.query(`create database ${dbName}`)
  await admin.end()
  const db = await connect(dbName)
  let started = performance.now()
  await db.query(sql('supabase/local/shim.sql'))
  for (const file of readdirSync(join(root, 'supabase/migrations')).filter((f) => f.endsWith('.sql')).sort()) {
    await db.query('begin')
    await db.query(sql(`supabase/migrations/${file}`))
    await db.query('commit')
  }
  await db.query(sql('supabase/seed.sql'))
  console.log(`Schema in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const made = await makeCompany({ people: Number(values.people), seed: 2026 })
  console.log(`Demo company: ${made.rows} rows for ${values.people} people made in ${(made.ms / 1000).toFixed(1)} s`)
  started = performance.now()
  await insertCompany(asPglite(db), made.tables)
  await db.query('vacuum analyze')
  console.log(`Loaded (with the summary rebuilt) and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  await db.end()
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]

/** Median of 5 (after a warm-up) of `text` run as `userId` through the API role. */
async function timeAs(db, userId, text, params = []) {
  const times = []
  let last
  for (let run = 0; run < 6; run++) {
    await db.query('begin')
    await db.query('set local role authenticated')
    await db.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: userId, role: 'authenticated' })])
    const t = performance.now()
    last = await db.query(text, params)
    if (run > 0) times.push(performance.now() - t)
    await db.query('rollback')
  }
  return { ms: median(times), rows: last.rows }
}

async function timeOwner(db, text, params = []) {
  const times = []
  let last
  for (let run = 0; run < 6; run++) {
    const t = performance.now()
    last = await db.query(text, params)
    if (run > 0) times.push(performance.now() - t)
  }
  return { ms: median(times), rows: last.rows }
}

const COUNT_EVENTS = `
  select (select count(*) from public.progress_events where occurred_at >= $1 and occurred_at < $2)
       + (select count(*) from public.quiz_answers where answered_at >= $1 and answered_at < $2)
       + (select count(*) from public.challenge_attempts where created_at >= $1 and created_at < $2)
       + (select count(*) from public.attempt_reviews where created_at >= $1 and created_at < $2)
       + (select count(*) from public.prompt_uses where used_at >= $1 and used_at < $2) as n`

await load()
const db = await connect(dbName)
const { rows: hrRows } = await db.query(
  "select m.user_id from public.memberships m where m.organisation_id = $1 and 'hr' = any (m.roles) order by m.created_at limit 1",
  [ORG],
)
const hr = hrRows[0].user_id
const lines = []
for (const period of ['week', '30d', 'quarter']) {
  const one = await timeAs(db, hr, 'select public.insights($1, $2) as r', [ORG, period])
  const trend = await timeAs(db, hr, 'select public.insights_trend($1, $2, 12) as r', [ORG, period])
  const result = one.rows[0].r
  const { from, to } = result.period
  const window = [`${from} 00:00 Europe/Oslo`, `${to} 24:00 Europe/Oslo`]
  const count = await timeOwner(db, COUNT_EVENTS, window)
  const trendFrom = trend.rows[0].r[0].period.from
  const countTrend = await timeOwner(db, COUNT_EVENTS, [`${trendFrom} 00:00 Europe/Oslo`, window[1]])
  const org = result.cells[0]
  lines.push({
    period: `${period} ${from}..${to}`,
    'insights ms': Math.round(one.ms),
    'count(*) ms': Math.round(count.ms),
    events: Number(count.rows[0].n),
    'trend×12 ms': Math.round(trend.ms),
    'count(*) 12 ms': Math.round(countTrend.ms),
    cells: result.cells.length,
    active: org?.active,
    people: org?.people,
  })
}
const { rows: size } = await db.query(
  "select pg_size_pretty(pg_total_relation_size('private.insights_activity')) as summary, (select count(*) from private.insights_activity) as summary_rows",
)
await db.end()
console.log(`\nHR insights, ${values.people} people × 52 weeks, PostgreSQL ${server.replace(/\/\/[^@]*@/, '//')}/${dbName}; median of 5:`)
console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores (timings scale with it; compare with count(*))`)
console.table(lines)
console.log(`summary private.insights_activity: ${size[0].summary_rows} rows, ${size[0].summary}`)
