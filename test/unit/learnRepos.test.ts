import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/data/db'
import {
  learningMoments,
  learningState,
  lessonEvents,
  recordCardViewed,
  recordLessonCompleted,
  recordLessonStarted,
  recordQuizAnswer,
} from '@/data/repos/progress.repo'
import {
  InvalidAssessmentError,
  latestSelfAssessment,
  recordSelfAssessments,
  selfAssessmentHistory,
} from '@/data/repos/assessment.repo'
import {
  dueReviewCount,
  dueReviewStates,
  nextReviewDue,
  recordReview,
} from '@/data/repos/review.repo'
import {
  getLearningWindow,
  getOnboarding,
  onboardingSettled,
  saveLearningWindow,
  saveOnboarding,
} from '@/data/repos/onboarding.repo'
import { createReviewScheduler } from '@/domain/review'
import { readPrefs } from '@/data/repos/prefs.repo'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const t0 = new Date('2025-03-03T08:00:00Z')
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)

describe('progress repo', () => {
  it('writes each event with its outbox entry, and appends instead of editing', async () => {
    const started = await recordLessonStarted('data-rules', at(0))
    await recordCardViewed('data-rules', 0, at(1))
    await recordCardViewed('data-rules', 1, at(2))
    expect(await db.progress_events.count()).toBe(3)
    const outbox = await db.outbox.toArray()
    expect(outbox.map((e) => [e.table, e.op, e.row.kind])).toEqual([
      ['progress_events', 'upsert', 'started'],
      ['progress_events', 'upsert', 'card_viewed'],
      ['progress_events', 'upsert', 'card_viewed'],
    ])
    expect(outbox[0]!.row).toEqual(started)
    expect((await lessonEvents('data-rules')).map((e) => e.card_index)).toEqual([null, 0, 1])
  })

  it('refuses a negative card index and writes nothing', async () => {
    await expect(recordCardViewed('data-rules', -1)).rejects.toThrow(RangeError)
    expect(await db.progress_events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('completing a lesson writes the event, its outbox entry and new review states together', async () => {
    await recordLessonCompleted({
      lessonId: 'data-rules',
      minutes: 18.4,
      reviewCardIds: ['r1', 'r2'],
      now: at(20),
    })
    const [completed] = await db.progress_events.toArray()
    expect(completed).toMatchObject({ kind: 'completed', minutes: 18, lesson_id: 'data-rules' })
    expect(await db.outbox.count()).toBe(1)
    const states = await db.reviewStates.toArray()
    expect(states.map((s) => [s.cardId, s.lessonId, s.phase])).toEqual([
      ['r1', 'data-rules', 'new'],
      ['r2', 'data-rules', 'new'],
    ])
    expect(await dueReviewCount(at(20))).toBe(2)
  })

  it('completing again keeps the schedule of cards already in review', async () => {
    await recordLessonCompleted({ lessonId: 'l', minutes: 10, reviewCardIds: ['r1'], now: at(0) })
    const scheduler = createReviewScheduler({ fuzz: false })
    const graded = await recordReview({
      cardId: 'r1',
      grade: 'good',
      now: at(1),
      scheduler: scheduler.schedule,
    })
    await recordLessonCompleted({
      lessonId: 'l',
      minutes: 10,
      reviewCardIds: ['r1', 'r2'],
      now: at(30),
    })
    expect((await db.reviewStates.get('r1'))!.due).toBe(graded.due)
    expect(await db.reviewStates.count()).toBe(2)
    expect(await db.progress_events.filter((e) => e.kind === 'completed').count()).toBe(2)
  })

  it('leaves nothing half-written when the transaction fails', async () => {
    // A duplicate review-card id makes bulkAdd fail inside the transaction.
    await expect(
      recordLessonCompleted({ lessonId: 'l', minutes: 5, reviewCardIds: ['x', 'x'] }),
    ).rejects.toThrow()
    expect(await db.progress_events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.reviewStates.count()).toBe(0)
  })

  it('stores quiz answers append-only and returns a learning state for the domain', async () => {
    await recordLessonStarted('data-rules', at(0))
    await recordQuizAnswer({
      lessonId: 'data-rules',
      questionId: 'q1',
      choiceId: 'a',
      correct: false,
      now: at(5),
    })
    await recordQuizAnswer({
      lessonId: 'data-rules',
      questionId: 'q1',
      choiceId: 'b',
      correct: true,
      now: at(6),
    })
    expect(await db.quiz_answers.count()).toBe(2)
    expect((await db.outbox.toArray()).map((e) => e.table)).toEqual([
      'progress_events',
      'quiz_answers',
      'quiz_answers',
    ])
    const state = await learningState()
    expect(state.events).toEqual([
      { lesson_id: 'data-rules', kind: 'started', occurred_at: at(0).toISOString() },
    ])
    expect(state.answers.map((a) => [a.choice_id, a.correct])).toEqual([
      ['a', false],
      ['b', true],
    ])
    expect(await learningMoments()).toEqual([at(0), at(5), at(6)].map((d) => d.toISOString()))
  })
})

describe('review repo', () => {
  it('grades a card: new schedule and a synced review_done event in one go', async () => {
    await recordLessonCompleted({
      lessonId: 'l',
      minutes: 10,
      reviewCardIds: ['r1', 'r2'],
      now: at(0),
    })
    expect((await dueReviewStates(at(1))).map((s) => s.cardId)).toEqual(['r1', 'r2'])
    const scheduler = createReviewScheduler({ fuzz: false })
    const updated = await recordReview({
      cardId: 'r1',
      grade: 'easy',
      now: at(1),
      scheduler: scheduler.schedule,
    })
    expect(Date.parse(updated.due)).toBeGreaterThan(at(1).getTime() + 86_400_000)
    expect((await dueReviewStates(at(2))).map((s) => s.cardId)).toEqual(['r2'])
    expect(await nextReviewDue()).toBe((await db.reviewStates.get('r2'))!.due)
    const review = await db.progress_events.filter((e) => e.kind === 'review_done').first()
    expect(review).toMatchObject({ lesson_id: 'l', data: { card_id: 'r1', grade: 'easy' } })
    const outbox = await db.outbox.toArray()
    expect(outbox.at(-1)!.row).toEqual(review)
  })

  it('refuses to grade an unknown card and writes nothing', async () => {
    await expect(recordReview({ cardId: 'nope', grade: 'good' })).rejects.toThrow()
    expect(await db.progress_events.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('has nothing due and no next date when nothing is in review', async () => {
    expect(await dueReviewCount()).toBe(0)
    expect(await nextReviewDue()).toBeNull()
  })
})

describe('assessment repo', () => {
  it('writes one row and one outbox entry per competency, in one transaction', async () => {
    await recordSelfAssessments({ 'ai-basics': 2, 'data-compliance': 1 }, at(0))
    expect(await db.self_assessments.count()).toBe(2)
    const outbox = await db.outbox.toArray()
    expect(outbox.map((e) => e.table)).toEqual(['self_assessments', 'self_assessments'])
    expect(await latestSelfAssessment()).toEqual({ 'ai-basics': 2, 'data-compliance': 1 })
  })

  it('appends a new assessment; the latest one counts', async () => {
    await recordSelfAssessments({ 'ai-basics': 2 }, at(0))
    await recordSelfAssessments({ 'ai-basics': 3 }, at(60))
    expect((await selfAssessmentHistory()).map((r) => r.level)).toEqual([2, 3])
    expect(await latestSelfAssessment()).toEqual({ 'ai-basics': 3 })
  })

  it('rejects an unknown competency or a level outside 1–4 and writes nothing', async () => {
    await expect(recordSelfAssessments({ 'ai-basics': 5 as never })).rejects.toThrow(
      InvalidAssessmentError,
    )
    await expect(recordSelfAssessments({ 'ai-basics': 2, telepathy: 3 } as never)).rejects.toThrow(
      InvalidAssessmentError,
    )
    expect(await db.self_assessments.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})

describe('onboarding repo', () => {
  it('starts empty, remembers the step and stays on the device', async () => {
    expect(await getOnboarding()).toBeNull()
    expect(await onboardingSettled()).toBe(false)
    await saveOnboarding({ step: 'assessment', department: 'sales', jobRole: '  Selger  ' })
    expect(await getOnboarding()).toEqual({
      status: 'in_progress',
      step: 'assessment',
      department: 'sales',
      jobRole: 'Selger',
    })
    await saveOnboarding({ status: 'skipped' })
    expect(await onboardingSettled()).toBe(true)
    expect(await db.outbox.count()).toBe(0)
    // The preferences store is not disturbed by the extra keys.
    expect(await readPrefs()).toEqual({ locale: null, theme: 'system' })
  })

  it('reads a corrupt stored value as not set and refuses invalid input', async () => {
    await db.prefs.put({ key: 'onboarding', value: { status: 'done', step: 'moon' } })
    expect(await getOnboarding()).toBeNull()
    await expect(saveOnboarding({ department: 'space' as never })).rejects.toThrow(TypeError)
  })

  it('stores a learning window with sorted days, and removes it', async () => {
    await saveLearningWindow({ days: [3, 1, 1], from: '07:30', to: '08:00' })
    expect(await getLearningWindow()).toEqual({ days: [1, 3], from: '07:30', to: '08:00' })
    await expect(saveLearningWindow({ days: [], from: '07:30', to: '08:00' })).rejects.toThrow()
    await expect(saveLearningWindow({ days: [1], from: '25:00', to: '08:00' })).rejects.toThrow()
    await saveLearningWindow(null)
    expect(await getLearningWindow()).toBeNull()
  })
})
