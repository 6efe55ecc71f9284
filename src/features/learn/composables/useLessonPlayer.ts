import { computed, ref, watch, type Ref } from 'vue'
import type { Lesson } from '@/content/types'
import {
  latestAnswers,
  lessonStatus,
  type LearningState,
  type QuizAnswer,
} from '@/domain/learning/progress'
import {
  recordCardViewed,
  recordLessonCompleted,
  recordLessonStarted,
  recordQuizAnswer,
} from '@/data/repos/progress.repo'
import { quizAttemptSeed } from '@/domain/learning/shuffle'
import { exampleCardIndex, lessonSteps, resumeStep, type LessonStep } from './lessonSteps'
import { activeMinutes } from './activeMinutes'
import { useSafeWrite } from './useSafeWrite'

/**
 * The lesson player's state: which step is shown, what is recorded as the learner moves on
 * (started, the furthest card seen, quiz answers, completed), all from and into Dexie.
 * `state` is the live learning state; the player waits for its first value to know where to resume.
 */
export function useLessonPlayer(lesson: Lesson, state: Ref<LearningState | undefined>) {
  const steps = lessonSteps(lesson)
  const position = ref<number | null>(null)
  const step = computed<LessonStep | undefined>(() =>
    position.value === null ? undefined : steps[position.value],
  )
  /** Answers older than this are ignored, so a retaken quiz starts blank. */
  const answersSince = ref('')
  const safeWrite = useSafeWrite()
  let furthestRecorded = -1

  const ownMoments = computed(() => [
    ...(state.value?.events ?? [])
      .filter((e) => e.lesson_id === lesson.id)
      .map((e) => e.occurred_at),
    ...(state.value?.answers ?? [])
      .filter((a) => a.lesson_id === lesson.id)
      .map((a) => a.answered_at),
  ])

  let resumed = false
  watch(
    state,
    async (current) => {
      if (!current || resumed) return
      resumed = true
      furthestRecorded = Math.max(
        -1,
        ...current.events
          .filter((e) => e.lesson_id === lesson.id && e.kind === 'card_viewed')
          .map((e) => e.card_index ?? 0),
      )
      if (lessonStatus(lesson, current).kind === 'not_started') {
        await safeWrite(() => recordLessonStarted(lesson.id))
      }
      position.value = resumeStep(lesson, current)
    },
    { immediate: true },
  )

  // Record the furthest card (or the example) seen; going back to re-read records nothing.
  watch(step, (current) => {
    if (!current || (current.kind !== 'card' && current.kind !== 'example')) return
    const index = current.kind === 'card' ? current.index : exampleCardIndex(lesson)
    if (index <= furthestRecorded) return
    furthestRecorded = index
    void safeWrite(() => recordCardViewed(lesson.id, index))
  })

  /** Seeds the quiz's choice order: one order per attempt, kept when the quiz is resumed. */
  const attemptSeed = computed(() =>
    quizAttemptSeed(
      lesson.id,
      (state.value?.events ?? [])
        .filter((e) => e.lesson_id === lesson.id && e.kind === 'started')
        .map((e) => e.occurred_at),
      answersSince.value,
    ),
  )

  function go(delta: number) {
    if (position.value === null) return
    position.value = Math.min(steps.length - 1, Math.max(0, position.value + delta))
  }

  function answerFor(questionId: string): QuizAnswer | undefined {
    const answer = latestAnswers(lesson.id, state.value?.answers ?? []).get(questionId)
    return answer && answer.answered_at >= answersSince.value ? answer : undefined
  }

  function answer(questionId: string, choiceId: string) {
    const question = lesson.quiz.find((q) => q.id === questionId)
    if (!question) return
    void safeWrite(() =>
      recordQuizAnswer({
        lessonId: lesson.id,
        questionId,
        choiceId,
        correct: choiceId === question.correct,
      }),
    )
  }

  /** Writes 'completed' (once: a lesson done before stays done) and shows the finish screen. */
  async function finish() {
    if (state.value && lessonStatus(lesson, state.value).kind !== 'done') {
      const now = new Date()
      await safeWrite(() =>
        recordLessonCompleted({
          lessonId: lesson.id,
          minutes: activeMinutes(ownMoments.value, now),
          reviewCardIds: lesson.review.map((r) => r.id),
          now,
        }),
      )
    }
    position.value = steps.findIndex((s) => s.kind === 'finish')
  }

  function retake() {
    answersSince.value = new Date().toISOString()
    position.value = steps.findIndex((s) => s.kind === 'quiz')
  }

  return { steps, position, step, attemptSeed, go, answerFor, answer, finish, retake }
}
