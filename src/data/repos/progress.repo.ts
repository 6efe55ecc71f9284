/**
 * The learner's lesson history (L2, L3, L6): append-only progress events and quiz answers.
 * Every write is one Dexie transaction holding the row and its outbox entry; nothing is ever
 * edited or deleted, so two devices never conflict.
 */
import type { ProgressEventRow, QuizAnswerRow, ReviewStateRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { outboxEntry, saveWithOutbox } from './outbox'
import type {
  LearningState,
  ProgressEvent,
  ProgressEventKind,
  QuizAnswer,
} from '@/domain/learning/progress'

const eventKinds: readonly ProgressEventKind[] = [
  'started',
  'card_viewed',
  'completed',
  'review_done',
]

function isEventKind(kind: string): kind is ProgressEventKind {
  return (eventKinds as readonly string[]).includes(kind)
}

function event(
  lessonId: string,
  kind: ProgressEventKind,
  extra: Partial<ProgressEventRow> = {},
  now = new Date(),
): ProgressEventRow {
  return {
    id: crypto.randomUUID(),
    lesson_id: lessonId,
    kind,
    card_index: null,
    minutes: null,
    occurred_at: now.toISOString(),
    data: {},
    ...extra,
  }
}

/** The learner opened a lesson. */
export async function recordLessonStarted(lessonId: string, now = new Date()) {
  const db = loadedDb() ?? (await openDb())
  return saveWithOutbox(db.progress_events, event(lessonId, 'started', {}, now))
}

/** The learner was shown card `cardIndex` (0-based) of a lesson; resuming uses the furthest one. */
export async function recordCardViewed(lessonId: string, cardIndex: number, now = new Date()) {
  if (!Number.isInteger(cardIndex) || cardIndex < 0) throw new RangeError('cardIndex must be ≥ 0')
  const db = loadedDb() ?? (await openDb())
  return saveWithOutbox(
    db.progress_events,
    event(lessonId, 'card_viewed', { card_index: cardIndex }, now),
  )
}

/**
 * The learner finished a lesson: one 'completed' event (with the minutes spent, capped to what
 * the server accepts) and, in the same transaction, the lesson's key points enter spaced review.
 * A key point already in review keeps its schedule (finishing a lesson twice resets nothing).
 */
export async function recordLessonCompleted(input: {
  lessonId: string
  minutes: number
  reviewCardIds: readonly string[]
  now?: Date
}): Promise<ProgressEventRow> {
  const db = loadedDb() ?? (await openDb())
  const now = input.now ?? new Date()
  const minutes = Math.min(600, Math.max(0, Math.round(input.minutes)))
  const row = event(input.lessonId, 'completed', { minutes }, now)
  // Loaded on demand: the scheduler (ts-fsrs) stays out of the first-load bundle.
  const { newReviewState } = await import('@/domain/review')
  await db.transaction('rw', [db.progress_events, db.outbox, db.reviewStates], async () => {
    await db.progress_events.add(row)
    await db.outbox.add(outboxEntry('progress_events', 'upsert', row))
    const known = new Set(
      (await db.reviewStates.bulkGet([...input.reviewCardIds])).flatMap((s) =>
        s ? [s.cardId] : [],
      ),
    )
    const fresh: ReviewStateRow[] = input.reviewCardIds
      .filter((id) => !known.has(id))
      .map((id) => ({ ...newReviewState(id, now), lessonId: input.lessonId }))
    await db.reviewStates.bulkAdd(fresh)
  })
  return row
}

/** One answer to a quiz question; a retry is a new answer (the latest one counts). */
export async function recordQuizAnswer(input: {
  lessonId: string
  questionId: string
  choiceId: string
  correct: boolean
  now?: Date
}): Promise<QuizAnswerRow> {
  const db = loadedDb() ?? (await openDb())
  return saveWithOutbox(db.quiz_answers, {
    id: crypto.randomUUID(),
    lesson_id: input.lessonId,
    question_id: input.questionId,
    choice_id: input.choiceId,
    correct: input.correct,
    answered_at: (input.now ?? new Date()).toISOString(),
  })
}

function toEvent(row: ProgressEventRow): ProgressEvent[] {
  if (!isEventKind(row.kind)) return []
  const e: ProgressEvent = {
    lesson_id: row.lesson_id,
    kind: row.kind,
    occurred_at: row.occurred_at,
  }
  if (typeof row.card_index === 'number') e.card_index = row.card_index
  return [e]
}

function toAnswer(row: QuizAnswerRow): QuizAnswer {
  return {
    lesson_id: row.lesson_id,
    question_id: row.question_id,
    choice_id: row.choice_id,
    correct: row.correct,
    answered_at: row.answered_at,
  }
}

/**
 * Everything the learning domain functions need (lessonStatus, quizScore, todaysLesson …), in
 * time order. Usable inside liveQuery.
 */
export async function learningState(): Promise<LearningState> {
  const db = loadedDb() ?? (await openDb())
  const [events, answers] = await Promise.all([
    db.progress_events.orderBy('occurred_at').toArray(),
    db.quiz_answers.toArray(),
  ])
  return {
    events: events.flatMap(toEvent),
    answers: answers.map(toAnswer).sort((a, b) => a.answered_at.localeCompare(b.answered_at)),
  }
}

/** The progress events of one lesson, oldest first. Usable inside liveQuery. */
export async function lessonEvents(lessonId: string): Promise<ProgressEventRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.progress_events.where('lesson_id').equals(lessonId).toArray()
  return rows.sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
}

/**
 * Every instant the learner learned something (a progress event or a quiz answer), for
 * streaks (computeStreak). Usable inside liveQuery.
 */
export async function learningMoments(): Promise<string[]> {
  const db = loadedDb() ?? (await openDb())
  const [events, answers] = await Promise.all([
    db.progress_events.toArray(),
    db.quiz_answers.toArray(),
  ])
  return [...events.map((e) => e.occurred_at), ...answers.map((a) => a.answered_at)].sort()
}
