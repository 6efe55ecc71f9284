/**
 * Reviews of challenge attempts (PRODUCT.md C3, C4). An AI ambassador scores an attempt a
 * colleague shared for review with a four-criterion rubric, an overall score and a comment; the
 * learner reads it on their own devices, and the overall score replaces their self-score in the
 * objective competence estimate.
 *
 * Server rules (supabase/migrations/…_attempt_reviews.sql): only an ambassador or admin of the
 * attempt's organisation may write one, never for their own attempt; the server sets the reviewer,
 * the learner, the organisation and the time; reviews are append-only, so a newer review of the
 * same attempt supersedes an older one. Reads are usable inside liveQuery.
 */
import type { AttemptReviewRow, AttemptReviewRubric, ChallengeAttemptRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'

export type AttemptReview = AttemptReviewRow

export const rubricCriteria = [
  'prompt_quality',
  'critical_evaluation',
  'data_safety',
  'usefulness',
] as const satisfies readonly (keyof AttemptReviewRubric)[]
export type RubricCriterion = (typeof rubricCriteria)[number]

export const reviewLevels = [1, 2, 3, 4] as const
export const MAX_REVIEW_COMMENT = 2000

export interface ReviewInput {
  attemptId: string
  /** Scores 1–4; a criterion not scored yet is absent or null. */
  rubric: Partial<Record<RubricCriterion, number | null>>
  score: number | null
  comment: string
}

export type ReviewField = RubricCriterion | 'score' | 'comment'
export type ReviewErrorCode = 'required' | 'too_long'

function isLevel(value: unknown): value is 1 | 2 | 3 | 4 {
  return value === 1 || value === 2 || value === 3 || value === 4
}

/** What is missing or wrong in a review before it can be sent; empty when it is complete. */
export function validateReview(
  input: Omit<ReviewInput, 'attemptId'>,
): Partial<Record<ReviewField, ReviewErrorCode>> {
  const errors: Partial<Record<ReviewField, ReviewErrorCode>> = {}
  for (const criterion of rubricCriteria) {
    if (!isLevel(input.rubric[criterion])) errors[criterion] = 'required'
  }
  if (!isLevel(input.score)) errors.score = 'required'
  if (input.comment.trim().length > MAX_REVIEW_COMMENT) errors.comment = 'too_long'
  return errors
}

export class InvalidReviewError extends Error {
  constructor(readonly errors: Partial<Record<ReviewField, ReviewErrorCode>>) {
    super(`Invalid review: ${Object.keys(errors).join(', ')}`)
    this.name = 'InvalidReviewError'
  }
}

/** The attempt is not (any more) on this device, or not shared for review. */
export class AttemptNotReviewableError extends Error {
  constructor(readonly reason: 'missing' | 'not_submitted' | 'own_attempt') {
    super(`Attempt cannot be reviewed: ${reason}`)
    this.name = 'AttemptNotReviewableError'
  }
}

/**
 * Saves a review (one transaction: the row and its outbox entry). The organisation and the learner
 * come from the attempt, as the server will decide them too.
 */
export async function submitAttemptReview(
  input: ReviewInput,
  reviewerId: string | null,
): Promise<AttemptReview> {
  const db = loadedDb() ?? (await openDb())
  const errors = validateReview(input)
  if (Object.keys(errors).length > 0) throw new InvalidReviewError(errors)
  return db.transaction('rw', [db.attempt_reviews, db.outbox, db.challenge_attempts], async () => {
    const attempt = await db.challenge_attempts.get(input.attemptId)
    if (!attempt) throw new AttemptNotReviewableError('missing')
    if (!attempt.submitted_for_review || !attempt.organisation_id) {
      throw new AttemptNotReviewableError('not_submitted')
    }
    if (!attempt.user_id || attempt.user_id === reviewerId) {
      // An attempt without user_id was written on this device: it is the person's own.
      throw new AttemptNotReviewableError('own_attempt')
    }
    const rubric = Object.fromEntries(
      rubricCriteria.map((c) => [c, input.rubric[c]]),
    ) as unknown as AttemptReviewRubric
    return saveWithOutbox(db.attempt_reviews, {
      id: crypto.randomUUID(),
      attempt_id: attempt.id,
      organisation_id: attempt.organisation_id,
      reviewer_id: reviewerId,
      learner_id: attempt.user_id,
      rubric,
      score: input.score as number,
      comment: input.comment.trim(),
      created_at: new Date().toISOString(),
    })
  })
}

function newestFirst(a: AttemptReview, b: AttemptReview): number {
  return b.created_at.localeCompare(a.created_at)
}

/** The review that counts for an attempt: the newest one. */
export async function latestReviewOf(attemptId: string): Promise<AttemptReview | undefined> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.attempt_reviews.where('attempt_id').equals(attemptId).toArray()
  return rows.sort(newestFirst)[0]
}

/** The newest review of every reviewed attempt on this device, by attempt id. */
export async function latestReviewsByAttempt(): Promise<Map<string, AttemptReview>> {
  const db = loadedDb() ?? (await openDb())
  const rows = (await db.attempt_reviews.toArray()).sort(newestFirst)
  const latest = new Map<string, AttemptReview>()
  for (const row of rows) if (!latest.has(row.attempt_id)) latest.set(row.attempt_id, row)
  return latest
}

/** Attempts shared for review whose sender isn't `userId`, with their current review if any. */
export interface QueuedAttempt {
  attempt: ChallengeAttemptRow
  review: AttemptReview | null
}

/**
 * The ambassador's review queue (C3): colleagues' attempts shared for review. Waiting ones first,
 * oldest first (first come, first served); then the reviewed ones, most recently reviewed first.
 */
export async function listReviewQueue(userId: string | null): Promise<QueuedAttempt[]> {
  const db = loadedDb() ?? (await openDb())
  const [attempts, reviews] = await Promise.all([
    db.challenge_attempts.toArray(),
    latestReviewsByAttempt(),
  ])
  const queued = attempts
    // Attempts without user_id were written on this device: the person's own.
    .filter((a) => a.submitted_for_review && a.user_id && a.user_id !== userId)
    .map((attempt) => ({ attempt, review: reviews.get(attempt.id) ?? null }))
  const waiting = queued
    .filter((q) => !q.review)
    .sort((a, b) => a.attempt.created_at.localeCompare(b.attempt.created_at))
  const reviewed = queued.filter((q) => q.review).sort((a, b) => newestFirst(a.review!, b.review!))
  return [...waiting, ...reviewed]
}

/** One of the person's own attempts as evidence for the competence estimate (C4). */
export interface ChallengeEvidence {
  challenge_id: string
  self_score: number | null
  /** The overall score of the attempt's newest review, if an ambassador has reviewed it. */
  review_score: number | null
}

/**
 * The person's own attempts with the score that counts for each. An ambassador's device also
 * holds colleagues' shared attempts: only attempts without user_id (written here before sign-in)
 * or with the person's id are theirs.
 */
export async function listChallengeEvidence(userId: string | null): Promise<ChallengeEvidence[]> {
  const db = loadedDb() ?? (await openDb())
  const [attempts, reviews] = await Promise.all([
    db.challenge_attempts.toArray(),
    latestReviewsByAttempt(),
  ])
  return attempts
    .filter((a) => !a.user_id || a.user_id === userId)
    .map((a) => ({
      challenge_id: a.challenge_id,
      self_score: a.self_score ?? null,
      review_score: reviews.get(a.id)?.score ?? null,
    }))
}
