import { departments, type Department } from '@/domain/competence'
import { ATTEMPT_LIMITS, attemptTextsFit } from '@/domain/textLimits'
import { isOwnRow } from './owner'
import type { ChallengeAttemptRow, ProgressEventRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'
import { NoOrganisationError, organisationFor } from './membership.repo'
import { isMinutesSaved, MAX_MINUTES_SAVED_PER_ATTEMPT } from '@/domain/minutesSaved'
import type { ChecklistAnswer, ChecklistItem } from '@/domain/checklist'

/** @deprecated The checklist is a rule: import it from '@/domain/checklist'. */
export { checklistItems } from '@/domain/checklist'

export type ChallengeAttempt = ChallengeAttemptRow


export interface FinishAttemptInput {
  challengeId: string
  prompt: string
  output: string
  checklist: Partial<Record<ChecklistItem, ChecklistAnswer>>
  /** 1–4. */
  selfScore: number
  minutesSaved: number
}

export class InvalidAttemptError extends Error {
  constructor(readonly code: 'empty_prompt' | 'too_long' | 'self_score' | 'minutes_saved') {
    super(`Invalid challenge attempt: ${code}`)
    this.name = 'InvalidAttemptError'
  }
}


/**
 * Saves a finished attempt (synced, with its outbox entry) and removes the draft it came from,
 * in one transaction: the learner never ends up with both, or neither.
 */
export async function finishAttempt(input: FinishAttemptInput): Promise<ChallengeAttempt> {
  const db = loadedDb() ?? (await openDb())
  if (input.prompt.trim() === '') throw new InvalidAttemptError('empty_prompt')
  // What the server would refuse for ever is never saved: it could not sync.
  if (
    input.prompt.length > ATTEMPT_LIMITS.prompt ||
    input.output.length > ATTEMPT_LIMITS.output ||
    !attemptTextsFit(input.prompt, input.output)
  ) {
    throw new InvalidAttemptError('too_long')
  }
  if (!Number.isInteger(input.selfScore) || input.selfScore < 1 || input.selfScore > 4) {
    throw new InvalidAttemptError('self_score')
  }
  const minutes = input.minutesSaved
  if (!isMinutesSaved(minutes, MAX_MINUTES_SAVED_PER_ATTEMPT)) {
    throw new InvalidAttemptError('minutes_saved')
  }
  const row: ChallengeAttempt = {
    id: crypto.randomUUID(),
    challenge_id: input.challengeId,
    prompt: input.prompt,
    output: input.output,
    checklist: { ...input.checklist },
    self_score: input.selfScore,
    minutes_saved: minutes,
    submitted_for_review: false,
    organisation_id: null,
    created_at: new Date().toISOString(),
  }
  await db.transaction('rw', [db.challenge_attempts, db.outbox, db.challengeDrafts], async () => {
    await saveWithOutbox(db.challenge_attempts, row)
    await db.challengeDrafts.delete(input.challengeId)
  })
  return row
}

export async function getAttempt(id: string): Promise<ChallengeAttempt | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.challenge_attempts.get(id)
}

/** done → submitted (shared with the AI ambassadors) → reviewed (an ambassador's review is here). */
export type AttemptStatus = 'done' | 'submitted' | 'reviewed'

export function attemptStatus(
  attempt: Pick<ChallengeAttempt, 'submitted_for_review'>,
  reviewed: boolean,
): AttemptStatus {
  if (reviewed) return 'reviewed'
  return attempt.submitted_for_review ? 'submitted' : 'done'
}

/** The learner's attempts, newest first, each with its status. Usable inside liveQuery. */
/** The person's own attempts, newest first (colleagues' shared attempts on an ambassador's phone are left out). */
export async function listAttempts(
  userId: string | null = null,
): Promise<(ChallengeAttempt & { status: AttemptStatus })[]> {
  const db = loadedDb() ?? (await openDb())
  const [attempts, reviewed] = await Promise.all([
    db.challenge_attempts.orderBy('created_at').toArray(),
    db.attempt_reviews.orderBy('attempt_id').uniqueKeys(),
  ])
  const reviewedIds = new Set(reviewed.map(String))
  return attempts
    .filter((a) => isOwnRow(a, userId))
    .reverse()
    .map((a) => ({ ...a, status: attemptStatus(a, reviewedIds.has(a.id)) }))
}

/**
 * Shares an attempt with the organisation's AI ambassadors (C3). The server only accepts a
 * submitted attempt that names the organisation, so without one this throws NoOrganisationError.
 */
export async function submitForReview(attemptId: string): Promise<ChallengeAttempt> {
  const db = loadedDb() ?? (await openDb())
  const tables = [db.challenge_attempts, db.outbox, db.memberships, db.organisations]
  return db.transaction('rw', tables, async () => {
    const attempt = await db.challenge_attempts.get(attemptId)
    if (!attempt) throw new Error(`No attempt ${attemptId}`)
    const organisationId = await organisationFor(null)
    if (!organisationId) throw new NoOrganisationError()
    return saveWithOutbox(db.challenge_attempts, {
      ...attempt,
      submitted_for_review: true,
      organisation_id: organisationId,
    })
  })
}

export interface FlawResultInput {
  flawId: string
  hits: number
  misses: number
  falseAlarms: number
}

/**
 * Records a finished spot-the-flaw exercise (C2) as a progress event, so it counts towards the
 * objective competence estimate (C4). `lesson_id` holds the exercise id (the server requires it).
 */
export async function recordFlawResult(input: FlawResultInput): Promise<ProgressEventRow> {
  const db = loadedDb() ?? (await openDb())
  return saveWithOutbox(db.progress_events, {
    id: crypto.randomUUID(),
    lesson_id: input.flawId,
    kind: 'flaw_done',
    occurred_at: new Date().toISOString(),
    data: {
      flaw_id: input.flawId,
      hits: input.hits,
      misses: input.misses,
      false_alarms: input.falseAlarms,
    },
  })
}

/** The latest result of each spot-the-flaw exercise, by exercise id. Usable inside liveQuery. */
export async function latestFlawResults(): Promise<Map<string, ProgressEventRow>> {
  const db = loadedDb() ?? (await openDb())
  const events = await db.progress_events.orderBy('occurred_at').toArray()
  const latest = new Map<string, ProgressEventRow>()
  for (const event of events) if (event.kind === 'flaw_done') latest.set(event.lesson_id, event)
  return latest
}

/**
 * The learner's department, when onboarding stored one (device preference `onboarding`, see
 * onboarding.repo.ts), so the challenge list can start filtered to it. Anything else is unknown.
 */
export async function learnerDepartment(): Promise<Department | null> {
  const db = loadedDb() ?? (await openDb())
  const value: unknown = (await db.prefs.get('onboarding'))?.value
  const department =
    typeof value === 'object' && value !== null && 'department' in value ? value.department : null
  return typeof department === 'string' && (departments as readonly string[]).includes(department)
    ? (department as Department)
    : null
}
