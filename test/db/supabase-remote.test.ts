// @vitest-environment node
/**
 * SupabaseRemote speaks the server's RPC contract: supabase-js's requests are recorded by a
 * custom fetch that plays PostgREST over PGlite (the real migrations), calling each function by
 * the argument names that supabase-js sent. A wrong function or argument name fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, uuid } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import { SupabaseRemote } from '@/data/remote/supabase'
import { SupabaseAuth } from '@/data/remote/supabaseAuth'
import { RemoteRequestError } from '@/data/remote/errors'
import { RemoteUnavailableError } from '@/data/remote/types'

/** Node 20 has no WebSocket; Realtime is never connected in these tests. */
class NoWebSocket {}
const base = { url: 'http://supabase.test', anonKey: 'anon', webSocket: NoWebSocket }

interface Recorded {
  method: string
  path: string
  body: Record<string, unknown>
}

let db: PGlite
let me: PgliteRemote
let org: string
const recorded: Recorded[] = []

/** A tiny PostgREST: POST /rest/v1/rpc/<fn> with a JSON object of named arguments. */
function fakePostgrest(userId: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>
    recorded.push({ method: init?.method ?? 'GET', path: url.pathname, body })
    const match = /^\/rest\/v1\/rpc\/(\w+)$/.exec(url.pathname)
    if (!match) return new Response('{}', { status: 404 })
    const names = Object.keys(body)
    const args = names.map((n, i) => `${n} => $${i + 1}`).join(', ')
    const values = names.map((n) => {
      const v = body[n]
      return v !== null && typeof v === 'object' ? JSON.stringify(v) : v
    })
    try {
      const result = await db.transaction(async (tx) => {
        await tx.exec('set local role authenticated')
        await tx.query("select set_config('request.jwt.claims', $1, true)", [
          JSON.stringify({ sub: userId, role: 'authenticated' }),
        ])
        const r = await tx.query<{ result: unknown }>(
          `select public.${match[1]}(${args}) as result`,
          values,
        )
        return r.rows[0]!.result
      })
      return Response.json(result)
    } catch (e) {
      const { code, message } = e as { code: string; message: string }
      return Response.json(
        { code, message, details: null, hint: null },
        { status: code === '42883' ? 404 : 400 },
      )
    }
  }
}

beforeAll(async () => {
  db = await createServerDb({ seed: true })
  org = await createOrg(db)
  me = await createMember(db, org)
})
afterAll(async () => {
  await db?.close()
})

describe('SupabaseRemote', () => {
  it('pushes, pulls and redeems through the server functions and argument names', async () => {
    recorded.length = 0
    const remote = new SupabaseRemote({
      ...base,
      fetch: fakePostgrest(me.userId),
    })
    const row = { id: uuid(), lesson_id: 'l1', kind: 'completed' }
    const m = { id: uuid(), table: 'progress_events', op: 'upsert' as const, row }
    expect(await remote.push([m])).toEqual([{ id: m.id, status: 'applied' }])
    const page = await remote.pull(null, 50)
    expect(page.changes.map((c) => c.row.id)).toContain(row.id)
    expect(page.hasMore).toBe(false)
    expect((await remote.pull(page.cursor)).changes).toEqual([])

    await db.query("insert into public.invites (code, organisation_id) values ('SUPA-CODE', $1)", [
      await createOrg(db),
    ])
    expect(await remote.redeemInvite('SUPA-CODE')).toEqual({ organisationId: expect.any(String) })
    // The demo organisation's invite from supabase/seed.sql.
    expect(await remote.redeemInvite('NORDLYS-2025')).toEqual({
      organisationId: '10000000-0000-4000-a000-000000000001',
    })
    await expect(remote.redeemInvite('NO-SUCH')).rejects.toMatchObject({
      name: 'RemoteRequestError',
      code: 'invalid_invite',
    })

    // Every call was an RPC the migrations define, with exactly its argument names.
    const defined = await db.query<{ name: string; args: string[] }>(
      `select p.proname as name, coalesce(p.proargnames, '{}') as args from pg_proc p
       join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'`,
    )
    // An overloaded function (sync_push(mutations json) / sync_push(batch jsonb)): PostgREST
    // picks the one whose argument names the request sends.
    const signatures = new Map<string, string[][]>()
    for (const f of defined.rows) {
      signatures.set(f.name, [...(signatures.get(f.name) ?? []), f.args.slice().sort()])
    }
    const calls = recorded.map((r) => ({
      method: r.method,
      fn: r.path.replace('/rest/v1/rpc/', ''),
      args: Object.keys(r.body).sort(),
    }))
    expect(new Set(calls.map((c) => c.fn))).toEqual(
      new Set(['sync_push', 'sync_pull', 'redeem_invite']),
    )
    for (const call of calls) {
      expect(call.method).toBe('POST')
      expect(signatures.get(call.fn)).toContainEqual(call.args)
    }
  })

  it('maps a network failure and a server outage to RemoteUnavailableError', async () => {
    const offline = new SupabaseRemote({
      ...base,
      fetch: async () => {
        throw new TypeError('fetch failed')
      },
    })
    await expect(offline.pull(null)).rejects.toBeInstanceOf(RemoteUnavailableError)
    const down = new SupabaseRemote({
      ...base,
      fetch: async () => Response.json({ message: 'upstream' }, { status: 503 }),
    })
    await expect(down.push([])).rejects.toBeInstanceOf(RemoteUnavailableError)
  })

  it('a batch over the limit is a request error, not an outage', async () => {
    const remote = new SupabaseRemote({
      ...base,
      fetch: fakePostgrest(me.userId),
    })
    const batch = Array.from({ length: 501 }, () => ({
      id: uuid(),
      table: 'progress_events',
      op: 'upsert' as const,
      row: {},
    }))
    const err = await remote.push(batch).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RemoteRequestError)
    expect(err).toMatchObject({ code: 'batch_too_large' })
  })
})

describe('SupabaseAuth', () => {
  it('asks for a 6-digit code (no redirect link) and verifies it as type email', async () => {
    const requests: { path: string; body: Record<string, unknown> }[] = []
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input))
      const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>
      requests.push({ path: url.pathname, body })
      if (url.pathname === '/auth/v1/otp') return Response.json({})
      if (url.pathname === '/auth/v1/verify') {
        return Response.json({
          access_token: 'a.b.c',
          token_type: 'bearer',
          expires_in: 3600,
          expires_at: 4102444800,
          refresh_token: 'r',
          user: {
            id: me.userId,
            email: 'kari@example.test',
            aud: 'authenticated',
            app_metadata: {},
            user_metadata: {},
            created_at: '',
          },
        })
      }
      return Response.json({}, { status: 404 })
    }
    const auth = new SupabaseAuth({ ...base, fetch })
    await auth.sendCode('kari@example.test')
    const session = await auth.verifyCode('kari@example.test', ' 123456 ')
    expect(session).toEqual({
      userId: me.userId,
      email: 'kari@example.test',
      expiresAt: 4102444800,
    })
    expect(requests[0]).toMatchObject({
      path: '/auth/v1/otp',
      body: { email: 'kari@example.test', create_user: true },
    })
    expect(requests[0]!.body).not.toHaveProperty('email_redirect_to')
    expect(requests[1]).toMatchObject({
      path: '/auth/v1/verify',
      body: { email: 'kari@example.test', token: '123456', type: 'email' },
    })
  })
})
