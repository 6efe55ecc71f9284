import type { Lesson } from '@/content/types'
import { latestAnswers, lessonStatus, type LearningState } from '@/domain/learning/progress'

/** The screens of a lesson, in order: cards, the worked example, one per question, try it, finish. */
export type LessonStep =
  | { kind: 'card'; index: number }
  | { kind: 'example' }
  | { kind: 'quiz'; index: number }
  | { kind: 'tryIt' }
  | { kind: 'finish' }

export function lessonSteps(lesson: Lesson): LessonStep[] {
  return [
    ...lesson.cards.map((_, index) => ({ kind: 'card', index }) as const),
    { kind: 'example' },
    ...lesson.quiz.map((_, index) => ({ kind: 'quiz', index }) as const),
    { kind: 'tryIt' },
    { kind: 'finish' },
  ]
}

/** The example is recorded as the card after the last one, so resuming can land on it. */
export function exampleCardIndex(lesson: Lesson): number {
  return lesson.cards.length
}

/**
 * Where to open a lesson: a finished lesson starts from the top (to re-read); otherwise the
 * first unanswered question once the quiz has begun, else the furthest card (or the example).
 */
export function resumeStep(lesson: Lesson, state: LearningState): number {
  const steps = lessonSteps(lesson)
  if (lessonStatus(lesson, state).kind !== 'in_progress') return 0
  const latest = latestAnswers(lesson.id, state.answers)
  if (lesson.quiz.some((q) => latest.has(q.id))) {
    const open = lesson.quiz.findIndex((q) => !latest.has(q.id))
    return open === -1
      ? steps.findIndex((s) => s.kind === 'tryIt')
      : steps.findIndex((s) => s.kind === 'quiz' && s.index === open)
  }
  const seen = state.events
    .filter((e) => e.lesson_id === lesson.id && e.kind === 'card_viewed')
    .map((e) => e.card_index ?? 0)
  const furthest = Math.max(0, ...seen)
  return Math.min(furthest, exampleCardIndex(lesson))
}
