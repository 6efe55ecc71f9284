/**
 * Spaced review (L4). Review states live on this device only (table `reviewStates`); each review
 * also writes a synced 'review_done' progress event, so streaks and growth see it everywhere.
 * Cards enter review when a lesson is completed (progress.repo.ts recordLessonCompleted).
 */
import type { ProgressEventRow, ReviewStateRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { outboxEntry } from './outbox'
import type { ReviewGrade, ReviewState } from '@/domain/review'

/** All review states. Usable inside liveQuery. */
export async function allReviewStates(): Promise<ReviewStateRow[]> {
  const db = loadedDb() ?? (await openDb())
  return db.reviewStates.toArray()
}

/**
 * The cards due at `now`, the longest overdue first (the order of the domain's `dueCards`).
 * Usable inside liveQuery. This file reads without the scheduler, so the bottom navigation's
 * count does not pull ts-fsrs into the first load.
 */
export async function dueReviewStates(now = new Date()): Promise<ReviewStateRow[]> {
  const db = loadedDb() ?? (await openDb())
  const due = await db.reviewStates.where('due').belowOrEqual(now.toISOString()).toArray()
  return due.sort(
    (a, b) => Date.parse(a.due) - Date.parse(b.due) || a.cardId.localeCompare(b.cardId),
  )
}

/** How many cards are due at `now`. Usable inside liveQuery. */
export async function dueReviewCount(now = new Date()): Promise<number> {
  const db = loadedDb() ?? (await openDb())
  return db.reviewStates.where('due').belowOrEqual(now.toISOString()).count()
}

/** When the next card falls due (ISO), or null when nothing is in review. Usable inside liveQuery. */
export async function nextReviewDue(): Promise<string | null> {
  const db = loadedDb() ?? (await openDb())
  return (await db.reviewStates.orderBy('due').first())?.due ?? null
}

/**
 * Grades one card: the new schedule (from the domain's FSRS wrapper, unless `scheduler` is
 * given, e.g. without fuzz in tests) and a synced 'review_done' event, in one transaction.
 */
export async function recordReview(input: {
  cardId: string
  grade: ReviewGrade
  now?: Date
  scheduler?: (state: ReviewState, grade: ReviewGrade, now: Date) => ReviewState
}): Promise<ReviewStateRow> {
  const db = loadedDb() ?? (await openDb())
  const now = input.now ?? new Date()
  const next = input.scheduler ?? (await import('@/domain/review')).schedule
  return db.transaction('rw', [db.reviewStates, db.progress_events, db.outbox], async () => {
    const current = await db.reviewStates.get(input.cardId)
    if (!current) throw new Error(`No review state for card ${input.cardId}`)
    const updated: ReviewStateRow = {
      ...next(current, input.grade, now),
      lessonId: current.lessonId,
    }
    const row: ProgressEventRow = {
      id: crypto.randomUUID(),
      lesson_id: current.lessonId,
      kind: 'review_done',
      card_index: null,
      minutes: null,
      occurred_at: now.toISOString(),
      data: { card_id: input.cardId, grade: input.grade },
    }
    await db.reviewStates.put(updated)
    await db.progress_events.add(row)
    await db.outbox.add(outboxEntry('progress_events', 'upsert', row))
    return updated
  })
}
