import { beforeEach, describe, expect, it } from 'vitest'
import { db, type ChallengeAttemptRow } from '@/data/db'
import { listAttempts } from '@/data/repos/challenge.repo'
import { readGrowthData } from '@/data/repos/growth.repo'
import { deleteMyData, exportMyData } from '@/data/repos/mydata.repo'

// An ambassador's phone: their own attempts and a colleague's attempt pulled for review.
const me = 'a0000000-0000-4000-8000-00000000000a'
const colleague = 'a0000000-0000-4000-8000-00000000000b'

function attempt(id: string, user_id: string | undefined, minutes: number): ChallengeAttemptRow {
  return {
    id,
    ...(user_id ? { user_id } : {}),
    organisation_id: 'b0000000-0000-4000-8000-000000000001',
    challenge_id: 'ch-meeting-minutes',
    prompt: 'Du er referent …',
    output: 'Referat …',
    checklist: {},
    self_score: 3,
    minutes_saved: minutes,
    submitted_for_review: true,
    created_at: '2026-11-20T10:00:00.000Z',
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  await db.challenge_attempts.bulkPut([
    attempt('00000000-0000-4000-8000-000000000001', me, 30),
    attempt('00000000-0000-4000-8000-000000000002', undefined, 10), // mine, not pushed yet
    attempt('00000000-0000-4000-8000-000000000003', colleague, 500),
  ])
})

describe('a colleague’s shared attempt on an ambassador’s phone', () => {
  it('is not in my attempts', async () => {
    const ids = (await listAttempts(me)).map((a) => a.id)
    expect(ids.sort()).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ])
  })

  it('does not count in my minutes saved', async () => {
    const growth = await readGrowthData({
      now: new Date('2026-11-26T12:00:00Z'),
      weeks: 4,
      userId: me,
    })
    const last = growth.minutes.at(-1)
    expect(last?.total).toBe(40)
  })

  it('is not in my export, and deleting my data queues deletes for my rows only', async () => {
    const exported = await exportMyData(new Date(), me)
    expect(
      (exported.tables.challenge_attempts as { id: string }[]).map((a) => a.id).sort(),
    ).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'])
    const result = await deleteMyData({ queueServerDeletes: true, userId: me })
    const queued = (await db.outbox.toArray()).filter((e) => e.op === 'delete').map((e) => e.row.id)
    expect(queued).not.toContain('00000000-0000-4000-8000-000000000003')
    expect(queued).toContain('00000000-0000-4000-8000-000000000001')
    expect(result.queuedForServer).toBe(queued.length)
  })
})
