// A stand-in for PostgREST + GoTrue, so that e2e tests exercise the real SQL (supabase/local/shim.sql,
// every migration, supabase/seed.sql), its RLS and RPCs, through the real supabase-js client in the
// browser. Not a production server: one in-memory PGlite, no e-mail, one fixed sign-in code.
//
//   node test/e2e/backend/server.mjs [port]        (port: E2E_BACKEND_PORT or 54421)
//
// Answers what the app calls (src/data/remote/supabase.ts, supabaseAuth.ts):
//   POST /auth/v1/otp                              accepts any e-mail, sends nothing
//   POST /auth/v1/verify                           code 123456 for any e-mail: a GoTrue session; the
//                                                  e-mail's auth.users row is made on first sign-in
//   GET  /auth/v1/user, POST /auth/v1/token?grant_type=refresh_token, POST /auth/v1/logout
//   POST /rest/v1/rpc/<fn>                         one transaction as the JWT's role with its claims
//                                                  in request.jwt.claims, as PostgREST does
// and, for the tests only, GET /e2e/health and GET /e2e/prompt-uses?prompt_id=… (what reached the
// server, read past RLS).
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'

export const TEST_CODE = '123456'
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const secret = 'loft-e2e-only-not-a-secret'
const accessTokenSeconds = 3600

async function createDb() {
  const db = new PGlite()
  await db.waitReady
  const sql = (path) => readFileSync(join(root, path), 'utf8')
  await db.exec(sql('supabase/local/shim.sql'))
  const migrations = readdirSync(join(root, 'supabase/migrations')).filter((f) =>
    f.endsWith('.sql'),
  )
  for (const file of migrations.sort()) await db.exec(sql(`supabase/migrations/${file}`))
  await db.exec(sql('supabase/seed.sql'))
  return db
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

const refreshTokens = new Map() // refresh token → user id

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
  const refresh = randomBytes(16).toString('hex')
  refreshTokens.set(refresh, user.id)
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
  const proc = found.rows[0]
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
    const id = refreshTokens.get(refresh)
    if (!id)
      return authError(
        res,
        400,
        'refresh_token_not_found',
        'Invalid Refresh Token: Refresh Token Not Found',
      )
    refreshTokens.delete(refresh)
    const user = await db.query('select id, email from auth.users where id = $1', [id])
    return send(res, 200, sessionJson(user.rows[0]))
  }
  if (req.method === 'GET' && path === '/auth/v1/user') {
    const claims = readJwt(bearer(req))
    if (!claims) return authError(res, 401, 'bad_jwt', 'invalid JWT')
    return send(res, 200, userJson({ id: claims.sub, email: claims.email }))
  }
  if (req.method === 'POST' && path === '/auth/v1/logout') return send(res, 204)

  const rpc = /^\/rest\/v1\/rpc\/([a-z_][a-z0-9_]*)$/.exec(path)
  if (req.method === 'POST' && rpc) {
    const claims = readJwt(bearer(req)) ?? { role: 'anon' }
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

export async function startServer(port) {
  const db = await createDb()
  const server = createServer((req, res) => {
    handle(db, req, res).catch((e) => {
      console.error(e)
      send(res, 500, { code: 'XX000', message: String(e?.message ?? e), details: null, hint: null })
    })
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, db }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.E2E_BACKEND_PORT ?? 54421)
  await startServer(port)
  console.log(`Supabase stand-in on http://127.0.0.1:${port}`)
}
