import { beforeEach, describe, expect, it } from 'vitest'
import { db, type ChallengeAttemptRow } from '@/data/db'
import {
  AttemptNotReviewableError,
  InvalidReviewError,
  latestReviewOf,
  listChallengeEvidence,
  listReviewQueue,
  submitAttemptReview,
  validateReview,
} from '@/data/repos/attemptReview.repo'
import { listAttempts } from '@/data/repos/challenge.repo'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const ME = 'a0000000-0000-4000-8000-000000000001'
const LEARNER = 'b0000000-0000-4000-8000-000000000002'

const rubric = { prompt_quality: 3, critical_evaluation: 2, data_safety: 4, usefulness: 3 }

function attempt(overrides: Partial<ChallengeAttemptRow> = {}): ChallengeAttemptRow {
  return {
    id: crypto.randomUUID(),
    user_id: LEARNER,
    organisation_id: ORG,
    challenge_id: 'ch-meeting-minutes',
    prompt: 'Du er referent. Skriv et referat.',
    output: 'Referat …',
    checklist: {},
    self_score: 2,
    minutes_saved: 15,
    submitted_for_review: true,
    created_at: '2025-11-20T10:00:00.000Z',
    ...overrides,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('validateReview', () => {
  it('asks for every criterion and the overall score, whole levels 1–4', () => {
    expect(validateReview({ rubric: {}, score: null, comment: '' })).toEqual({
      prompt_quality: 'required',
      critical_evaluation: 'required',
      data_safety: 'required',
      usefulness: 'required',
      score: 'required',
    })
    expect(validateReview({ rubric: { ...rubric, usefulness: 5 }, score: 2.5, comment: '' })).toEqual({
      usefulness: 'required',
      score: 'required',
    })
    expect(validateReview({ rubric, score: 3, comment: '' })).toEqual({})
  })

  it('allows a comment of up to 2000 characters (spaces around it do not count)', () => {
    expect(validateReview({ rubric, score: 3, comment: ` ${'x'.repeat(2000)} ` })).toEqual({})
    expect(validateReview({ rubric, score: 3, comment: 'x'.repeat(2001) })).toEqual({ comment: 'too_long' })
  })
})

describe('submitAttemptReview', () => {
  it('writes the review and its outbox entry, with organisation and learner from the attempt', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    const review = await submitAttemptReview(
      { attemptId: shared.id, rubric, score: 3, comment: '  Godt avgrenset.  ' },
      ME,
    )
    expect(review).toMatchObject({
      attempt_id: shared.id,
      organisation_id: ORG,
      reviewer_id: ME,
      learner_id: LEARNER,
      rubric,
      score: 3,
      comment: 'Godt avgrenset.',
    })
    expect(await db.attempt_reviews.get(review.id)).toEqual(review)
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'attempt_reviews', op: 'upsert', state: 'pending' })
    expect(entries[0]!.row).toEqual(review)
  })

  it('writes nothing for an incomplete review', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    await expect(
      submitAttemptReview({ attemptId: shared.id, rubric: { ...rubric, data_safety: null }, score: 3, comment: '' }, ME),
    ).rejects.toBeInstanceOf(InvalidReviewError)
    expect(await db.attempt_reviews.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('refuses a missing attempt, one not shared for review, and the reviewer’s own', async () => {
    const notShared = attempt({ submitted_for_review: false, organisation_id: null })
    const mine = attempt({ user_id: ME })
    const local = attempt({ user_id: undefined })
    await db.challenge_attempts.bulkPut([notShared, mine, local])
    const reasonFor = async (attemptId: string) =>
      submitAttemptReview({ attemptId, rubric, score: 3, comment: '' }, ME).then(
        () => 'saved',
        (e: unknown) => (e instanceof AttemptNotReviewableError ? e.reason : String(e)),
      )
    expect(await reasonFor(crypto.randomUUID())).toBe('missing')
    expect(await reasonFor(notShared.id)).toBe('not_submitted')
    expect(await reasonFor(mine.id)).toBe('own_attempt')
    expect(await reasonFor(local.id)).toBe('own_attempt')
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('reading reviews', () => {
  it('the newest review of an attempt supersedes older ones', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    await db.attempt_reviews.bulkPut([
      { id: crypto.randomUUID(), attempt_id: shared.id, organisation_id: ORG, rubric, score: 2, comment: 'Første', created_at: '2025-11-21T10:00:00.000Z' },
      { id: crypto.randomUUID(), attempt_id: shared.id, organisation_id: ORG, rubric, score: 4, comment: 'Andre', created_at: '2025-11-22T10:00:00.000Z' },
    ])
    expect((await latestReviewOf(shared.id))?.comment).toBe('Andre')
    expect(await latestReviewOf(crypto.randomUUID())).toBeUndefined()
  })

  it('queues colleagues’ shared attempts: waiting ones oldest first, then the reviewed ones', async () => {
    const older = attempt({ created_at: '2025-11-01T10:00:00.000Z' })
    const newer = attempt({ created_at: '2025-11-02T10:00:00.000Z' })
    const reviewed = attempt({ created_at: '2025-10-01T10:00:00.000Z' })
    const mine = attempt({ user_id: ME })
    const notShared = attempt({ submitted_for_review: false })
    await db.challenge_attempts.bulkPut([newer, reviewed, older, mine, notShared])
    await submitAttemptReview({ attemptId: reviewed.id, rubric, score: 3, comment: '' }, ME)
    const queue = await listReviewQueue(ME)
    expect(queue.map((q) => [q.attempt.id, q.review?.score ?? null])).toEqual([
      [older.id, null],
      [newer.id, null],
      [reviewed.id, 3],
    ])
  })

  it('evidence for the estimate: own attempts only, with the review score where there is one', async () => {
    const reviewedOne = attempt({ user_id: ME, self_score: 4 })
    const selfScored = attempt({ user_id: undefined, self_score: 2 })
    const colleagues = attempt({ self_score: 1 })
    await db.challenge_attempts.bulkPut([reviewedOne, selfScored, colleagues])
    await db.attempt_reviews.put({
      id: crypto.randomUUID(),
      attempt_id: reviewedOne.id,
      organisation_id: ORG,
      rubric,
      score: 2,
      comment: '',
      created_at: '2025-11-22T10:00:00.000Z',
    })
    const evidence = await listChallengeEvidence(ME)
    expect(evidence).toHaveLength(2)
    expect(evidence).toEqual(
      expect.arrayContaining([
        { challenge_id: 'ch-meeting-minutes', self_score: 4, review_score: 2 },
        { challenge_id: 'ch-meeting-minutes', self_score: 2, review_score: null },
      ]),
    )
  })

  it('an attempt with a review has the status reviewed', async () => {
    const done = attempt({ user_id: ME, submitted_for_review: false, created_at: '2025-11-03T10:00:00.000Z' })
    const submitted = attempt({ user_id: ME, created_at: '2025-11-02T10:00:00.000Z' })
    const reviewed = attempt({ user_id: ME, created_at: '2025-11-01T10:00:00.000Z' })
    await db.challenge_attempts.bulkPut([done, submitted, reviewed])
    await db.attempt_reviews.put({
      id: crypto.randomUUID(),
      attempt_id: reviewed.id,
      organisation_id: ORG,
      rubric,
      score: 3,
      comment: '',
      created_at: '2025-11-22T10:00:00.000Z',
    })
    expect((await listAttempts(ME)).map((a) => a.status)).toEqual(['done', 'submitted', 'reviewed'])
  })
})
