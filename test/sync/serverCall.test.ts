/**
 * src/data/server/call.ts against the real SQL in PGlite: `callRpc` reaches a server function by
 * name with named arguments (Remote.rpc, as PostgREST calls it), checks the answer's shape and
 * turns every failure into one of four codes; the store hands its Remote to such a call.
 */
import type { PGlite } from '@electric-sql/pglite'
import { createPinia, setActivePinia } from 'pinia'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callRpc, ServerCallError } from '@/data/server/call'
import { isInsightsAnswer } from '@/domain/insights'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { createMember, createOrg, createServerDb, type PgliteRemote } from '../helpers/pglite'

let pg: PGlite
let org = ''
let hr: PgliteRemote
let member: PgliteRemote

beforeAll(async () => {
  pg = await createServerDb()
  org = await createOrg(pg, 'Fjord AS')
  hr = await createMember(pg, org, ['member', 'hr'])
  member = await createMember(pg, org, ['member'])
}, 60_000)

afterAll(async () => {
  await pg.close()
})

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ServerCallError ? e.code : `not a ServerCallError: ${String(e)}`),
  )
const figures = { p_organisation_id: '', p_period: '30d' }

describe('callRpc', () => {
  it('calls a server function by name with named arguments and checks the answer', async () => {
    const answer = await callRpc(hr, 'insights', { ...figures, p_organisation_id: org }, isInsightsAnswer)
    expect(answer.period.kind).toBe('30d')
    expect(answer.min_group).toBe(5)
  })

  it('answers forbidden when the server refuses, failed for a wrong shape', async () => {
    expect(await codeOf(callRpc(member, 'insights', { ...figures, p_organisation_id: org }, isInsightsAnswer))).toBe(
      'forbidden',
    )
    const isNumber = (a: unknown): a is number => typeof a === 'number'
    expect(await codeOf(callRpc(hr, 'insights', { ...figures, p_organisation_id: org }, isNumber))).toBe('failed')
  })

  it('answers not_signed_in with no Remote, offline without a network or a server', async () => {
    expect(await codeOf(callRpc(null, 'insights', figures, isInsightsAnswer))).toBe('not_signed_in')
    expect(await codeOf(callRpc(hr, 'insights', figures, isInsightsAnswer, { isOnline: () => false }))).toBe('offline')
    hr.online = false
    try {
      expect(await codeOf(callRpc(hr, 'insights', { ...figures, p_organisation_id: org }, isInsightsAnswer))).toBe(
        'offline',
      )
    } finally {
      hr.online = true
    }
  })

  it('refuses a function or argument name that is not a plain identifier', async () => {
    await expect(hr.rpc('insights(); drop table x; --', {})).rejects.toThrow(/Not a server function/)
    await expect(hr.rpc('insights', { 'p_period) --': '30d' })).rejects.toThrow(/Not a server function/)
  })
})

describe('the sync store', () => {
  it('hands its Remote to a typed call, and null once signed out', async () => {
    setActivePinia(createPinia())
    const sync = useSyncStatusStore()
    const seen: unknown[] = []
    const probe = async (remote: unknown, n: number) => {
      seen.push(remote)
      return n * 2
    }
    expect(sync.connected).toBe(false)
    const before = sync.connection
    sync.setRemote(hr, hr.userId)
    expect(sync.connected).toBe(true)
    expect(sync.connection).not.toBe(before)
    expect(await sync.call(probe, 21)).toBe(42)
    sync.setRemote(null)
    await sync.call(probe, 1)
    expect(seen).toEqual([hr, null])
    expect('remote' in sync || 'engine' in sync).toBe(false)
  })
})
