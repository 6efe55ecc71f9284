/**
 * Spaced review of lesson key points (L4): a thin wrapper over ts-fsrs (FSRS-6).
 * We do not schedule anything ourselves; this module only
 * - keeps the card state as plain JSON (dates as ISO strings) so it can live in IndexedDB
 *   and travel through sync,
 * - maps our four grades to ts-fsrs ratings,
 * - takes the clock as an argument (`now`), so it is deterministic under test.
 *
 * ts-fsrs defaults are kept (90 % target retention, learning steps 1 min and 10 min, so a
 * failed card comes back within the same session). Fuzz (a little randomness on long intervals,
 * so cards learned together do not all fall due on the same day) is on in the app and can be
 * switched off for tests.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs'

export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy'

export type ReviewPhase = 'new' | 'learning' | 'review' | 'relearning'

/** Serialisable review state of one review card. */
export interface ReviewState {
  cardId: string
  /** ISO 8601. */
  due: string
  stability: number
  difficulty: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  phase: ReviewPhase
  /** ISO 8601, or null before the first review. */
  lastReview: string | null
}

export interface ReviewSchedulerOptions {
  /** Default true. Turn off for deterministic intervals in tests. */
  fuzz?: boolean
  /** Target probability of remembering a card when it falls due; default 0.9. */
  retention?: number
}

export interface ReviewScheduler {
  schedule(state: ReviewState, grade: ReviewGrade, now: Date): ReviewState
}

const gradeToRating: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
}

const stateToPhase: Record<State, ReviewPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}

const phaseToState: Record<ReviewPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
}

function fromCard(cardId: string, card: Card): ReviewState {
  return {
    cardId,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: stateToPhase[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  }
}

function toCard(state: ReviewState): Card {
  const card: Card = {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5; it derives elapsed time from last_review
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: phaseToState[state.phase],
  }
  if (state.lastReview !== null) card.last_review = new Date(state.lastReview)
  return card
}

/** A new review card, due at once. */
export function newReviewState(cardId: string, now: Date): ReviewState {
  return fromCard(cardId, createEmptyCard(now))
}

export function createReviewScheduler(options: ReviewSchedulerOptions = {}): ReviewScheduler {
  const engine = fsrs({
    enable_fuzz: options.fuzz ?? true,
    ...(options.retention !== undefined ? { request_retention: options.retention } : {}),
  })
  return {
    schedule(state, grade, now) {
      const { card } = engine.next(toCard(state), now, gradeToRating[grade])
      return fromCard(state.cardId, card)
    },
  }
}

export function isDue(state: ReviewState, now: Date): boolean {
  return Date.parse(state.due) <= now.getTime()
}

/** The cards due at `now`, the longest overdue first. */
export function dueCards<T extends ReviewState>(states: readonly T[], now: Date): T[] {
  return states
    .filter((s) => isDue(s, now))
    .sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.cardId.localeCompare(b.cardId))
}

/** The app's settings (fuzz on); a constant, it holds no state between calls. */
const appScheduler = createReviewScheduler()

/** Schedule with the app's settings. Tests use `createReviewScheduler({ fuzz: false })`. */
export function schedule(state: ReviewState, grade: ReviewGrade, now: Date): ReviewState {
  return appScheduler.schedule(state, grade, now)
}
