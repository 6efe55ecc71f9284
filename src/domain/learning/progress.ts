/**
 * Lesson progress (L2, L3): what is done, where to resume, whether a quiz is passed,
 * whether a level is reached and which lesson is "today's lesson".
 *
 * Everything is derived from the learner's append-only progress events and quiz answers,
 * so two devices that synced the same events always agree.
 */
import { levels, type Department, type Level } from '@/domain/competence'

export type ProgressEventKind = 'started' | 'card_viewed' | 'completed' | 'review_done'

export interface ProgressEvent {
  lesson_id: string
  kind: ProgressEventKind
  /** For `card_viewed`: the 0-based index of the card that was shown. */
  card_index?: number
  /** ISO 8601 timestamp. */
  occurred_at: string
}

export interface QuizAnswer {
  lesson_id: string
  question_id: string
  choice_id: string
  correct: boolean
  /** ISO 8601 timestamp. */
  answered_at: string
}

/** The learner's own history, as stored on the device. */
export interface LearningState {
  events: readonly ProgressEvent[]
  answers: readonly QuizAnswer[]
}

/** The parts of a `Lesson` this module needs; a full `Lesson` fits. */
export interface LessonOutline {
  id: string
  order: number
  level: Level
  compliance?: boolean
  departments: readonly Department[]
  cards: readonly unknown[]
  quiz: readonly { id: string }[]
}

export type LessonStatus =
  | { kind: 'not_started' }
  | { kind: 'in_progress'; resumeAtCard: number }
  | { kind: 'done'; completedAt: string }

/**
 * Quiz pass mark: at least two thirds of the lesson's questions answered correctly,
 * counting only the latest answer to each question (a learner may retry a question).
 * 3 questions → 2 right, 4 → 3, 5 → 4. A lesson without questions counts as passed.
 */
export const QUIZ_PASS_NUMERATOR = 2
export const QUIZ_PASS_DENOMINATOR = 3

function time(iso: string): number {
  return Date.parse(iso)
}

function eventsOf(lessonId: string, state: LearningState): ProgressEvent[] {
  return state.events.filter((e) => e.lesson_id === lessonId)
}

export function lessonStatus(lesson: LessonOutline, state: LearningState): LessonStatus {
  const events = eventsOf(lesson.id, state)
  const completions = events.filter((e) => e.kind === 'completed')
  if (completions.length > 0) {
    const first = completions.reduce((a, b) => (time(b.occurred_at) < time(a.occurred_at) ? b : a))
    return { kind: 'done', completedAt: first.occurred_at }
  }
  const touched =
    events.some((e) => e.kind === 'started' || e.kind === 'card_viewed') ||
    state.answers.some((a) => a.lesson_id === lesson.id)
  if (!touched) return { kind: 'not_started' }
  return { kind: 'in_progress', resumeAtCard: resumeCard(lesson, events) }
}

/**
 * The card to resume at: the furthest card the learner has seen (not the last one shown, so
 * flipping back to re-read card 1 does not lose the place), kept within the lesson's cards.
 */
function resumeCard(lesson: LessonOutline, events: readonly ProgressEvent[]): number {
  const seen = events
    .filter((e) => e.kind === 'card_viewed' && typeof e.card_index === 'number')
    .map((e) => e.card_index as number)
  const furthest = seen.length > 0 ? Math.max(...seen) : 0
  const lastCard = Math.max(0, lesson.cards.length - 1)
  return Math.min(Math.max(0, furthest), lastCard)
}

/** The latest answer to each question of one lesson, keyed by question id. */
export function latestAnswers(
  lessonId: string,
  answers: readonly QuizAnswer[],
): Map<string, QuizAnswer> {
  const latest = new Map<string, QuizAnswer>()
  for (const answer of answers) {
    if (answer.lesson_id !== lessonId) continue
    const previous = latest.get(answer.question_id)
    if (!previous || time(answer.answered_at) >= time(previous.answered_at)) {
      latest.set(answer.question_id, answer)
    }
  }
  return latest
}

export interface QuizScore {
  correct: number
  answered: number
  total: number
  passed: boolean
}

export function quizScore(lesson: LessonOutline, state: LearningState): QuizScore {
  const latest = latestAnswers(lesson.id, state.answers)
  // Answers to questions no longer in the lesson (content changed) do not count.
  const current = lesson.quiz.map((q) => latest.get(q.id)).filter((a) => a !== undefined)
  const correct = current.filter((a) => a.correct).length
  const total = lesson.quiz.length
  const passed = correct * QUIZ_PASS_DENOMINATOR >= total * QUIZ_PASS_NUMERATOR
  return { correct, answered: current.length, total, passed }
}

export function quizPassed(lesson: LessonOutline, state: LearningState): boolean {
  return quizScore(lesson, state).passed
}

/** Done and its quiz passed: the lesson no longer holds the learner's path back. */
export function lessonFinished(lesson: LessonOutline, state: LearningState): boolean {
  return lessonStatus(lesson, state).kind === 'done' && quizPassed(lesson, state)
}

/** A level is reached when it has lessons and every one of them is done with its quiz passed. */
export function levelReached(
  level: Level,
  lessons: readonly LessonOutline[],
  state: LearningState,
): boolean {
  const ofLevel = lessons.filter((l) => l.level === level)
  return ofLevel.length > 0 && ofLevel.every((l) => lessonFinished(l, state))
}

/**
 * How relevant a lesson is to a department: 0 = made for it, 1 = for everyone,
 * 2 = made for other departments.
 */
function relevanceRank(lesson: LessonOutline, department: Department | undefined): number {
  if (lesson.departments.length === 0) return 1
  return department !== undefined && lesson.departments.includes(department) ? 0 : 2
}

/**
 * The learner's path: by level (basic → intermediate → expert), then lessons made for the
 * learner's department, then lessons for everyone, then the rest; ties by curriculum order.
 */
export function learningPath<T extends LessonOutline>(
  lessons: readonly T[],
  department?: Department,
): T[] {
  return [...lessons].sort(
    (a, b) =>
      levels.indexOf(a.level) - levels.indexOf(b.level) ||
      relevanceRank(a, department) - relevanceRank(b, department) ||
      a.order - b.order,
  )
}

/**
 * Today's lesson:
 * 1. the compliance lesson, until it is done and its quiz passed — always first;
 * 2. else the first lesson in progress on the path (finish what you started);
 * 3. else the first lesson not started on the path;
 * 4. else the first lesson done but with its quiz not yet passed (retake the quiz);
 * 5. else `null`: the whole curriculum is finished.
 */
export function todaysLesson<T extends LessonOutline>(
  lessons: readonly T[],
  state: LearningState,
  department?: Department,
): T | null {
  const compliance = lessons.find((l) => l.compliance === true)
  if (compliance && !lessonFinished(compliance, state)) return compliance

  const path = learningPath(lessons, department)
  const statusOf = (l: T) => lessonStatus(l, state).kind
  return (
    path.find((l) => statusOf(l) === 'in_progress') ??
    path.find((l) => statusOf(l) === 'not_started') ??
    path.find((l) => statusOf(l) === 'done' && !quizPassed(l, state)) ??
    null
  )
}
