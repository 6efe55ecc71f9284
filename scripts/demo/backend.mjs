// The demo backend: a stand-in for Supabase's PostgREST and GoTrue for development and the e2e
// tests, running the real SQL (supabase/local/shim.sql, every migration, supabase/seed.sql and the
// demo company, scripts/demo/company.ts) with its RLS and RPCs in PGlite, behind the endpoints the
// app and supabase-js call. NOT a production server: it listens on the loopback address only,
// refuses NODE_ENV=production, sends no e-mail and accepts one fixed sign-in code.
//
//   node scripts/demo/backend.mjs [--port 54321] [--data .demo/db] [--reset] [--memory]
//                                 [--no-company] [--people 140] [--seed 2026] [--generate-only]
//
//   --data     where PGlite keeps the database (git-ignored), so a restart keeps what was done;
//              made afresh when the migrations or the company options changed
//   --reset    start over: a fresh database with the seed and the demo company
//   --memory   nothing on disk (the e2e tests)
//   --generate-only  make the company's rows, print their counts and the time, and stop
//
// Answers what the app calls (src/data/remote/supabase.ts, supabaseAuth.ts):
//   POST /auth/v1/otp                              accepts any e-mail, sends nothing
//   POST /auth/v1/verify                           code 123456 for any e-mail: a GoTrue session; the
//                                                  e-mail's auth.users row is made on first sign-in
//   GET  /auth/v1/user, POST /auth/v1/token?grant_type=refresh_token, POST /auth/v1/logout
//   POST /rest/v1/rpc/<fn>                         one transaction as the JWT's role with its claims
//                                                  in request.jwt.claims, as PostgREST does
// and, for the tests, GET /e2e/health and GET /e2e/prompt-uses?prompt_id=… (what reached the
// server, read past RLS).
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'

export const TEST_CODE = '123456'
const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const secret = 'loft-demo-only-not-a-secret'
const accessTokenSeconds = 3600
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

const sqlFile = (path) => readFileSync(join(root, path), 'utf8')
const migrationFiles = () =>
  readdirSync(join(root, 'supabase/migrations'))
    .filter((f) => f.endsWith('.sql'))
    .sort()

/** What the stored database was made from: a different answer means it must be made again. */
function recipeOf(company) {
  const hash = createHash('sha256')
  for (const path of ['supabase/local/shim.sql', 'supabase/seed.sql', 'scripts/demo/company.ts'])
    hash.update(sqlFile(path))
  for (const file of migrationFiles()) hash.update(sqlFile(`supabase/migrations/${file}`))
  hash.update(JSON.stringify(company ?? null))
  return hash.digest('hex')
}

/** Loads the generator (TypeScript that reads the app's content) through Vite's module runner. */
async function loadGenerator() {
  const { runnerImport } = await import('vite')
  const config = { configFile: false, logLevel: 'error', resolve: { alias: { '@': join(root, 'src') } } }
  const { module } = await runnerImport(join(root, 'scripts/demo/content.ts'), config)
  return module
}

/**
 * Writes the demo company's rows as the database owner. Historical rows keep their own timestamps,
 * so the server's stamping triggers are paused for them (session_replication_role = replica);
 * CHECK constraints still apply, and test/db/demoCompany.test.ts inserts the same rows with every
 * trigger and foreign key on.
 */
export async function insertCompany(db, tables, { replica = true } = {}) {
  await db.transaction(async (tx) => {
    if (replica) await tx.exec('set local session_replication_role = replica')
    for (const [table, rows] of tables) {
      if (rows.length === 0) continue
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
      const list = columns.map((c) => JSON.stringify(c)).join(', ')
      for (let i = 0; i < rows.length; i += 5000) {
        await tx.query(
          `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1)`,
          [JSON.stringify(rows.slice(i, i + 5000))],
        )
      }
    }
    // HR insights' per-person-day summary is kept by triggers, which replica mode skips: made here.
    if (replica) {
      const { rows } = await tx.query("select to_regprocedure('private.insights_rebuild()') is not null as present")
      if (rows[0]?.present) await tx.query('select private.insights_rebuild()')
    }
  })
}

/** The demo company's rows (see scripts/demo/company.ts) and how long they took to make. */
export async function makeCompany(options = {}) {
  const started = performance.now()
  const generator = await loadGenerator()
  const tables = generator.generateCompany(generator.content, options)
  const rows = tables.reduce((sum, [, list]) => sum + list.length, 0)
  return { tables, rows, ms: performance.now() - started, personas: generator.DEMO_PERSONAS, inviteCode: generator.DEMO_INVITE_CODE }
}

async function createDb({ dataDir, reset = false, company = { people: 140, seed: 2026 } } = {}) {
  const recipe = recipeOf(company)
  const marker = dataDir && join(dataDir, '..', 'recipe.json')
  const stored = marker && existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : null
  if (dataDir && (reset || stored?.recipe !== recipe) && existsSync(dataDir)) {
    if (!reset) console.log('The migrations or the demo company changed: making the database afresh.')
    rmSync(dataDir, { recursive: true, force: true })
  }
  const fresh = !dataDir || !existsSync(dataDir)
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true })
  const db = dataDir ? new PGlite(dataDir) : new PGlite()
  await db.waitReady
  if (!fresh) return { db, fresh }
  await db.exec(sqlFile('supabase/local/shim.sql'))
  for (const file of migrationFiles()) await db.exec(sqlFile(`supabase/migrations/${file}`))
  await db.exec(sqlFile('supabase/seed.sql'))
  if (company) {
    const made = await makeCompany({ ...company, until: company.until })
    await insertCompany(db, made.tables)
    console.log(`Demo company: ${made.rows} rows made in ${Math.round(made.ms)} ms`)
  }
  if (marker) writeFileSync(marker, JSON.stringify({ recipe, company, at: new Date().toISOString() }))
  return { db, fresh }
}

// --- tokens -----------------------------------------------------------------------------------

const b64url = (value) => Buffer.from(value).toString('base64url')
const sign = (data) => createHmac('sha256', secret).update(data).digest('base64url')

function makeJwt(claims) {
  const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`
  return `${head}.${sign(head)}`
}

/** The claims of a valid, unexpired token signed here; null for anything else (the anon key). */
function readJwt(token) {
  const [head, body, signature] = String(token ?? '').split('.')
  if (!head || !body || signature !== sign(`${head}.${body}`)) return null
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
  return claims.exp > Date.now() / 1000 ? claims : null
}

/** Refresh tokens are signed too, so they outlive a restart of the backend (its data does). */
const makeRefreshToken = (userId) => makeJwt({ typ: 'refresh', sub: userId, jti: randomUUID(), exp: Date.now() / 1000 + 30 * 86400 })

function userJson(user) {
  const at = new Date(0).toISOString()
  return {
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: at,
    phone: '',
    confirmed_at: at,
    last_sign_in_at: new Date().toISOString(),
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: {},
    identities: [],
    created_at: at,
    updated_at: at,
    is_anonymous: false,
  }
}

function sessionJson(user) {
  const now = Math.floor(Date.now() / 1000)
  const refresh = makeRefreshToken(user.id)
  const claims = {
    aud: 'authenticated',
    sub: user.id,
    email: user.email,
    role: 'authenticated',
    aal: 'aal1',
    session_id: randomUUID(),
    iat: now,
    exp: now + accessTokenSeconds,
  }
  return {
    access_token: makeJwt(claims),
    token_type: 'bearer',
    expires_in: accessTokenSeconds,
    expires_at: now + accessTokenSeconds,
    refresh_token: refresh,
    user: userJson(user),
  }
}

// --- PostgREST-like RPC -----------------------------------------------------------------------

/** PostgREST's HTTP status for a PostgreSQL error code (the cases the app can meet). */
function statusOf(code = '', role) {
  if (code === '42501') return role === 'anon' ? 401 : 403
  if (/^PT\d{3}$/.test(code)) return Number(code.slice(2))
  if (code === '23505' || code === '23503') return 409
  if (code === '42883' || code === '42P01') return 404
  if (code === 'P0001') return 400
  if (/^(08|53)/.test(code)) return 503
  if (/^(0L|0P|28)/.test(code)) return 403
  if (/^(09|25|2D|38|39|3B|40|54|55|57|58|F0|HV|P0|XX)/.test(code)) return 500
  return 400
}

async function callRpc(db, fn, args, claims) {
  const found = await db.query(
    `select p.proargnames as names,
            array(select format_type(t, null) from unnest(p.proargtypes) t) as types
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and p.proname = $1`,
    [fn],
  )
  // Overloads (sync_push(mutations json) / sync_push(batch jsonb)): as PostgREST, the one whose
  // argument names the request sends.
  const wanted = Object.keys(args ?? {})
  const proc =
    found.rows.find((r) => wanted.every((name) => (r.names ?? []).includes(name))) ?? found.rows[0]
  if (!proc) {
    return [
      404,
      {
        code: 'PGRST202',
        message: `Could not find the function public.${fn}`,
        details: null,
        hint: null,
      },
    ]
  }
  const names = proc.names ?? []
  const params = []
  const named = Object.entries(args ?? {}).map(([name, value]) => {
    const type = proc.types[names.indexOf(name)]
    if (!type)
      throw Object.assign(new Error(`unknown argument ${name}`), { code: 'PGRST202', status: 404 })
    params.push(
      value === null || value === undefined
        ? null
        : /json/.test(type)
          ? JSON.stringify(value)
          : String(value),
    )
    return `${JSON.stringify(name)} => $${params.length}::${type}`
  })
  const result = await db.transaction(async (tx) => {
    await tx.exec(`set local role ${claims.role === 'authenticated' ? 'authenticated' : 'anon'}`)
    await tx.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify(claims)])
    return tx.query(
      `select public.${JSON.stringify(fn).slice(1, -1)}(${named.join(', ')}) as result`,
      params,
    )
  })
  return [200, result.rows[0]?.result ?? null]
}

// --- HTTP ------------------------------------------------------------------------------------

const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers':
    'apikey, authorization, content-type, x-client-info, x-supabase-api-version, accept-profile, content-profile, prefer',
  'access-control-expose-headers': 'x-supabase-api-version, content-range',
  'access-control-max-age': '600',
}

function send(res, status, body) {
  res.writeHead(status, {
    ...cors,
    'content-type': 'application/json',
    'x-supabase-api-version': '2024-01-01',
  })
  res.end(body === undefined ? '' : JSON.stringify(body))
}

async function readBody(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString()
  return text ? JSON.parse(text) : {}
}

const bearer = (req) => (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '')
const authError = (res, status, code, message) =>
  send(res, status, { code, error_code: code, message, msg: message })

async function handle(db, req, res) {
  const url = new URL(req.url, 'http://localhost')
  const path = url.pathname
  if (req.method === 'OPTIONS') return send(res, 204)
  if (req.method === 'GET' && path === '/e2e/health') return send(res, 200, { ok: true })
  if (req.method === 'GET' && path === '/e2e/prompt-uses') {
    const rows = await db.query(
      'select user_id, prompt_id, organisation_id, minutes_saved from public.prompt_uses where prompt_id = $1',
      [url.searchParams.get('prompt_id')],
    )
    return send(res, 200, rows.rows)
  }

  if (req.method === 'POST' && path === '/auth/v1/otp') {
    const { email } = await readBody(req)
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email ?? '')) {
      return authError(res, 400, 'email_address_invalid', 'Email address is invalid')
    }
    return send(res, 200, {})
  }
  if (req.method === 'POST' && path === '/auth/v1/verify') {
    const { email, token } = await readBody(req)
    if (token !== TEST_CODE || !email)
      return authError(res, 403, 'otp_expired', 'Token has expired or is invalid')
    const address = String(email).trim().toLowerCase()
    const existing = await db.query('select id from auth.users where lower(email) = $1', [address])
    const id = existing.rows[0]?.id ?? randomUUID()
    if (!existing.rows[0])
      await db.query('insert into auth.users (id, email) values ($1, $2)', [id, address])
    return send(res, 200, sessionJson({ id, email: address }))
  }
  if (
    req.method === 'POST' &&
    path === '/auth/v1/token' &&
    url.searchParams.get('grant_type') === 'refresh_token'
  ) {
    const { refresh_token: refresh } = await readBody(req)
    const claims = readJwt(refresh)
    const id = claims?.typ === 'refresh' ? claims.sub : null
    const user = id ? await db.query('select id, email from auth.users where id = $1', [id]) : null
    if (!user?.rows[0])
      return authError(
        res,
        400,
        'refresh_token_not_found',
        'Invalid Refresh Token: Refresh Token Not Found',
      )
    return send(res, 200, sessionJson(user.rows[0]))
  }
  if (req.method === 'GET' && path === '/auth/v1/user') {
    const claims = readJwt(bearer(req))
    if (!claims || claims.typ === 'refresh') return authError(res, 401, 'bad_jwt', 'invalid JWT')
    return send(res, 200, userJson({ id: claims.sub, email: claims.email }))
  }
  if (req.method === 'POST' && path === '/auth/v1/logout') return send(res, 204)

  const rpc = /^\/rest\/v1\/rpc\/([a-z_][a-z0-9_]*)$/.exec(path)
  if (req.method === 'POST' && rpc) {
    const token = readJwt(bearer(req))
    const claims = token && token.typ !== 'refresh' ? token : { role: 'anon' }
    try {
      const [status, body] = await callRpc(db, rpc[1], await readBody(req), claims)
      return send(res, status, body)
    } catch (e) {
      const status = e.status ?? statusOf(e.code, claims.role)
      return send(res, status, {
        code: e.code ?? null,
        message: e.message,
        details: e.detail ?? null,
        hint: e.hint ?? null,
      })
    }
  }
  return send(res, 404, {
    code: 'PGRST125',
    message: `No route ${req.method} ${path}`,
    details: null,
    hint: null,
  })
}

/** Refuses what the demo backend must never be: a production server, or reachable from outside. */
export function assertDevelopmentUse({ host = '127.0.0.1', env = process.env } = {}) {
  if (env.NODE_ENV === 'production')
    throw new Error('The Løft demo backend is a development tool and does not run with NODE_ENV=production.')
  if (!LOOPBACK.has(host))
    throw new Error(`The Løft demo backend listens on the loopback address only, not on ${host}.`)
}

export async function startServer(port, options = {}) {
  const host = options.host ?? '127.0.0.1'
  assertDevelopmentUse({ host })
  const { db } = await createDb(options)
  const server = createServer((req, res) => {
    handle(db, req, res).catch((e) => {
      console.error(e)
      send(res, 500, { code: 'XX000', message: String(e?.message ?? e), details: null, hint: null })
    })
  })
  await new Promise((done) => server.listen(port, host, done))
  // Anonymous ideas (F4) wait for a daily release in production (pg_cron); the demo releases
  // every few seconds, still in a batch and in random order, so the whole path can be seen.
  const release = setInterval(() => {
    db.query('select private.release_anonymous_ideas(current_date + 1)').catch(() => undefined)
  }, options.releaseEveryMs ?? 3000)
  release.unref()
  server.on('close', () => clearInterval(release))
  return { server, db, url: `http://${host}:${server.address().port}` }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.LOFT_DEMO_PORT ?? '54321' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: join(root, '.demo/db') },
      reset: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      'no-company': { type: 'boolean', default: false },
      people: { type: 'string', default: '140' },
      seed: { type: 'string', default: '2026' },
      'generate-only': { type: 'boolean', default: false },
    },
  })
  if (values['generate-only']) {
    // The generator alone (e.g. `--people 10000` for the HR benchmark): rows and time.
    const made = await makeCompany({ people: Number(values.people), seed: Number(values.seed) })
    for (const [table, rows] of made.tables) console.log(`${table.padEnd(26)} ${rows.length}`)
    console.log(`${made.rows} rows for ${values.people} people × 52 weeks in ${(made.ms / 1000).toFixed(1)} s`)
    process.exit(0)
  }
  try {
    const started = performance.now()
    const { url } = await startServer(Number(values.port), {
      host: values.host,
      dataDir: values.memory ? undefined : resolve(values.data),
      reset: values.reset,
      company: values['no-company'] ? null : { people: Number(values.people), seed: Number(values.seed) },
    })
    console.log(`Løft demo backend (development only, not a production server) on ${url}, loopback only`)
    console.log(`Ready in ${((performance.now() - started) / 1000).toFixed(1)} s. Sign-in code for anyone: ${TEST_CODE}`)
  } catch (e) {
    console.error(String(e?.message ?? e))
    process.exit(1)
  }
}
