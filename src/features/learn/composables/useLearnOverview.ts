import { computed } from 'vue'
import { useNow } from '@/composables/useNow'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { learningMoments, learningState } from '@/data/repos/progress.repo'
import { getLearningWindow, getOnboarding } from '@/data/repos/onboarding.repo'
import { useDueReviewCount } from './useDueReviewCount'
import { computeStreak } from '@/domain/streaks'
import {
  lessonStatus,
  learningPath,
  levelReached,
  quizPassed,
  todaysLesson,
} from '@/domain/learning/progress'
import { levels } from '@/domain/competence'
import { useLessons } from './useLessons'

export type PathStatus = 'done' | 'retake' | 'in_progress' | 'next' | 'not_started'

/** Everything the Learn page shows, read live from Dexie and the lazily loaded curriculum. */
export function useLearnOverview() {
  const { lessons, error, reload } = useLessons()
  const state = useLiveQuery(() => learningState())
  const moments = useLiveQuery(() => learningMoments())
  const onboarding = useLiveQuery(() => getOnboarding())
  const window = useLiveQuery(() => getLearningWindow())
  // A minute's tick, so cards falling due and a new day show without a reload.
  const now = useNow(60_000)
  const dueCount = useDueReviewCount()

  const department = computed(() => onboarding.data.value?.department ?? undefined)
  const today = computed(() =>
    lessons.value && state.data.value
      ? todaysLesson(lessons.value, state.data.value, department.value)
      : undefined,
  )

  const path = computed(() => {
    const all = lessons.value
    const s = state.data.value
    if (!all || !s) return undefined
    // The compliance lesson is always taken first, so it also leads the path.
    const ordered = learningPath(all, department.value).sort(
      (a, b) => Number(b.compliance === true) - Number(a.compliance === true),
    )
    return levels.map((level) => {
      const items = ordered
        .filter((l) => l.level === level)
        .map((lesson) => {
          const status = lessonStatus(lesson, s).kind
          const kind: PathStatus =
            status === 'done'
              ? quizPassed(lesson, s)
                ? 'done'
                : 'retake'
              : lesson.id === today.value?.id
                ? status === 'in_progress'
                  ? 'in_progress'
                  : 'next'
                : status
          return { lesson, status: kind }
        })
      return {
        level,
        reached: levelReached(level, all, s),
        done: items.filter((i) => i.status === 'done').length,
        items,
      }
    })
  })

  const streak = computed(() =>
    moments.data.value
      ? computeStreak({
          learnedAt: moments.data.value,
          now: now.value,
          learningDays: window.data.value?.days,
        })
      : undefined,
  )

  return {
    lessons,
    lessonsError: error,
    reloadLessons: reload,
    state: state.data,
    today,
    path,
    streak,
    dueCount,
    learningWindow: window.data,
    windowLoading: window.loading,
  }
}
