import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/data/db'
import {
  getPulseHistory,
  getPulseWeeks,
  savePulseAnswer,
  skipPulse,
  type PulseAnswer,
} from '@/data/repos/pulse.repo'
import { fetchInsights, InsightsError } from '@/data/server/insights'
import { getCachedInsights, getCachedPreview } from '@/data/repos/insights.repo'
import { RemoteRequestError } from '@/data/remote/errors'
import type { Remote } from '@/data/remote/types'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const monday = new Date('2026-12-07T09:00:00Z')
const answer: PulseAnswer = {
  used_ai: true,
  minutes_band: '15-60',
  win: '  Et utkast på to minutter  ',
  obstacle: '',
  obstacle_theme: 'time',
  share_words: true,
  satisfaction: 4,
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('pulse repo', () => {
  it('stores the answer with its outbox entry, for the ISO week', async () => {
    const row = await savePulseAnswer(answer, { now: monday, organisationId: ORG, userId: ME })
    expect(row.week).toBe('2026-12-07')
    expect(row.win).toBe('Et utkast på to minutter')
    expect(row.skipped).toBe(false)
    const outbox = await db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]!.table).toBe('pulse_responses')
    expect(outbox[0]!.row).toMatchObject({ id: row.id, week: '2026-12-07', organisation_id: ORG })
  })

  it('a skip, then an answer in the same week, keep one row for the week', async () => {
    const skipped = await skipPulse({ now: monday, organisationId: ORG, userId: ME })
    expect(skipped.skipped).toBe(true)
    const later = new Date('2026-12-10T10:00:00Z')
    const answered = await savePulseAnswer(answer, { now: later, organisationId: ORG, userId: ME })
    expect(answered.id).toBe(skipped.id)
    expect(await db.pulse_responses.count()).toBe(1)
    expect(await getPulseWeeks(ME)).toEqual(new Set(['2026-12-07']))
    await savePulseAnswer(answer, { now: new Date('2026-12-14T09:00:00Z'), organisationId: ORG, userId: ME })
    expect((await getPulseHistory(ME)).map((r) => r.week)).toEqual(['2026-12-14', '2026-12-07'])
  })

  it('shares no words when there are none, and refuses a satisfaction outside 1–5', async () => {
    const row = await savePulseAnswer(
      { ...answer, win: '   ', obstacle: '' },
      { now: monday, organisationId: null, userId: ME },
    )
    expect(row.share_words).toBe(false)
    await expect(
      savePulseAnswer({ ...answer, satisfaction: 6 }, { now: monday, organisationId: null, userId: ME }),
    ).rejects.toThrow(RangeError)
  })

  it("lists only the person's own rows", async () => {
    await db.pulse_responses.put({
      id: crypto.randomUUID(),
      user_id: 'someone-else',
      organisation_id: ORG,
      week: '2026-11-30',
      used_ai: true,
      minutes_band: null,
      win: '',
      obstacle: '',
      obstacle_theme: null,
      share_words: false,
      satisfaction: null,
      skipped: false,
    })
    expect(await getPulseHistory(ME)).toEqual([])
  })
})

describe('fetchInsights', () => {
  const valid = { min_group: 5, period: { from: '2026-11-07', to: '2026-12-06' }, cells: [] }
  const remote = (over: Partial<Remote>): Remote => ({
    push: async () => [],
    pull: async () => ({ changes: [], cursor: null, hasMore: false }),
    redeemInvite: async () => ({ organisationId: ORG }),
    insights: async () => valid,
    insightsTrend: async () => [valid],
    insightsPreview: async () => null,
    ...over,
  })

  it('stores the answer with the time it was fetched', async () => {
    const now = () => new Date('2026-12-07T08:00:00Z')
    await fetchInsights(remote({}), { kind: 'insights', organisationId: ORG, period: '30d' }, () => true, now)
    expect(await getCachedInsights(ORG, '30d')).toEqual({ answer: valid, fetchedAt: '2026-12-07T08:00:00.000Z' })
    await fetchInsights(remote({}), { kind: 'preview', organisationId: null, period: '30d' }, () => true, now)
    expect(await getCachedPreview('30d')).toEqual({ answer: null, fetchedAt: '2026-12-07T08:00:00.000Z' })
  })

  it('names its failures and keeps the last answer', async () => {
    const request = { kind: 'insights', organisationId: ORG, period: 'week' } as const
    await fetchInsights(remote({}), request)
    const code = (p: Promise<void>) => p.then(() => 'ok', (e: InsightsError) => e.code)
    expect(await code(fetchInsights(null, request))).toBe('not_signed_in')
    expect(await code(fetchInsights(remote({}), request, () => false))).toBe('offline')
    const refused = remote({ insights: async () => Promise.reject(new RemoteRequestError('insufficient_privilege', '42501')) })
    expect(await code(fetchInsights(refused, request))).toBe('forbidden')
    expect(await code(fetchInsights(remote({ insights: async () => ({ cells: 'x' }) }), request))).toBe('failed')
    expect((await getCachedInsights(ORG, 'week'))?.answer).toEqual(valid)
  })
})
