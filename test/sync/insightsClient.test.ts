/**
 * The client side of HR insights against the real SQL in PGlite: a pulse answer made by the repo
 * is accepted by the server as it is, and the fetcher stores what the server's insight functions
 * answer (HR), turns the server's refusal into 'forbidden' (a plain member) and stores the privacy
 * preview (everyone).
 */
import type { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/data/db'
import { savePulseAnswer, skipPulse } from '@/data/repos/pulse.repo'
import { getCachedInsights, getCachedPreview, getCachedTrend } from '@/data/repos/insights.repo'
import { fetchInsights, InsightsError } from '@/data/server/insights'
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

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('pulse rows as the repo makes them', () => {
  it('are accepted by the server, an answer after a skip under the same id', async () => {
    const options = { organisationId: org, userId: member.userId }
    await skipPulse(options)
    await savePulseAnswer(
      { used_ai: true, minutes_band: '60-180', win: 'Raskere referat', obstacle: '', obstacle_theme: 'time', share_words: false, satisfaction: 5 },
      options,
    )
    const entries = await db.outbox.orderBy('seq').toArray()
    expect(entries.map((e) => e.row.id)).toEqual([entries[0]!.row.id, entries[0]!.row.id])
    const results = await member.push(entries.map((e) => ({ id: e.id, table: e.table, op: e.op, row: e.row })))
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied'])
    const { rows } = await pg.query<{ n: number; satisfaction: number }>(
      'select count(*)::int as n, max(satisfaction) as satisfaction from public.pulse_responses where user_id = $1',
      [member.userId],
    )
    expect(rows[0]).toEqual({ n: 1, satisfaction: 5 })
  })
})

describe('fetchInsights against the real functions', () => {
  it("stores HR's figures and trend", async () => {
    await fetchInsights(hr, { kind: 'insights', organisationId: org, period: '30d' })
    await fetchInsights(hr, { kind: 'trend', organisationId: org, period: 'week', count: 3 })
    const figures = await getCachedInsights(org, '30d')
    expect(figures?.answer.period.kind).toBe('30d')
    expect(figures?.answer.min_group).toBe(5)
    expect((await getCachedTrend(org, 'week'))?.answer).toHaveLength(3)
  })

  it("refuses a plain member HR's figures, and stores nothing", async () => {
    const error = await fetchInsights(member, { kind: 'insights', organisationId: org, period: '30d' }).catch((e) => e)
    expect(error).toBeInstanceOf(InsightsError)
    expect((error as InsightsError).code).toBe('forbidden')
    expect(await getCachedInsights(org, '30d')).toBeNull()
  })

  it("gives every member the preview, with a too-small organisation suppressed", async () => {
    await fetchInsights(member, { kind: 'preview', organisationId: null, period: 'week' })
    const preview = (await getCachedPreview('week'))?.answer
    expect(preview?.cells.find((c) => c.dimension === 'organisation')?.suppressed).toBe(true)
  })
})
