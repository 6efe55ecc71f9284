import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { readGrowthData } from '@/data/repos/growth.repo'
import { latestSelfAssessment } from '@/data/repos/assessment.repo'
import { listChallengeEvidence } from '@/data/repos/attemptReview.repo'
import { getLearningWindow } from '@/data/repos/onboarding.repo'
import { loadChallenges, loadFlaws, loadLessons } from '@/content'
import type { Lesson, PromptChallenge, SpotTheFlaw } from '@/content/types'
import type { AssessmentLevel, CompetencyId } from '@/domain/competence'
import {
  compareSelfWithObjective,
  estimateProfile,
  type ChallengeResult,
  type FlawResult,
} from '@/domain/learning/competenceEstimate'
import { DEFAULT_LEARNING_WINDOW } from '@/domain/streaks'
import { useSessionStore } from '@/stores/session'
import { isFirstStart, readBootState, writeBootState } from '@/data/bootState'
import { streakYear, type StreakYear, type StreakYearInput } from './streakYear'

/** Weeks in the weekly bar chart (readable on a phone) and in the cumulative minutes line. */
export const ACTIVITY_WEEKS = 12
export const MINUTES_WEEKS = 26

interface Content {
  lessons: Lesson[]
  challenges: PromptChallenge[]
  flaws: SpotTheFlaw[]
}

function isLevel(n: number | null): n is AssessmentLevel {
  return n === 1 || n === 2 || n === 3 || n === 4
}

/** Everything the growth page shows, derived from the device's rows and the (lazy) content. */
export function useGrowth(now: () => Date = () => new Date()) {
  const session = useSessionStore()
  const data = useLiveQuery(
    (userId) =>
      readGrowthData({ now: now(), weeks: ACTIVITY_WEEKS, minutesWeeks: MINUTES_WEEKS, userId }),
    () => session.userId,
  )
  // Everything below feeds only the charts, so a person with nothing to chart yet (every first
  // visit) neither reads it nor downloads the content (every lesson, challenge and flaw).
  const hasActivity = computed(() => data.data.value?.hasActivity === true)
  const self = useLiveQuery((active) => (active ? latestSelfAssessment() : undefined), hasActivity)
  // The person's own attempts with an ambassador's review score where there is one (C3, C4).
  const attempts = useLiveQuery(
    (userId) => (userId === undefined ? undefined : listChallengeEvidence(userId)),
    () => (hasActivity.value ? session.userId : undefined),
  )
  const learningWindow = useLiveQuery(
    (active) => (active ? getLearningWindow() : undefined),
    hasActivity,
  )
  const content = shallowRef<Content | null>(null)

  watch(
    hasActivity,
    async () => {
      const [lessons, challenges, flaws] = await Promise.all([
        loadLessons(),
        loadChallenges(),
        loadFlaws(),
      ])
      content.value = { lessons, challenges, flaws }
    },
    // It starts false, so its first change is to true; after that the content stays.
    { once: true },
  )

  const comparisons = computed(() => {
    const rows = data.data.value
    if (!rows || !attempts.data.value || !content.value) return null
    const challengeById = new Map(content.value.challenges.map((c) => [c.id, c]))
    const flawById = new Map(content.value.flaws.map((f) => [f.id, f]))
    const challenges: ChallengeResult[] = []
    for (const attempt of attempts.data.value) {
      const challenge = challengeById.get(attempt.challenge_id)
      if (!challenge) continue
      const result: ChallengeResult = { competency: challenge.competency }
      if (isLevel(attempt.self_score)) result.selfScore = attempt.self_score
      // The ambassador's score replaces the self-score for this attempt (weight 2, see the domain).
      if (isLevel(attempt.review_score)) result.ambassadorScore = attempt.review_score
      if (result.selfScore !== undefined || result.ambassadorScore !== undefined)
        challenges.push(result)
    }
    const flaws: FlawResult[] = []
    for (const result of rows.flaws) {
      const flaw = flawById.get(result.flaw_id)
      const total = flaw?.sentences.length ?? 0
      if (!flaw || total === 0) continue
      // Sentences judged right: all of them except the missed flaws and the false alarms.
      const accuracy = Math.max(0, total - result.misses - result.false_alarms) / total
      flaws.push({ competency: flaw.competency, accuracy })
    }
    const objective = estimateProfile({
      lessons: content.value.lessons,
      answers: rows.answers,
      challenges,
      flaws,
    })
    return compareSelfWithObjective(
      (self.data.value ?? {}) as Partial<Record<CompetencyId, AssessmentLevel>>,
      objective,
    )
  })

  const streak = shallowRef<StreakYear | null>(null)
  let worker: Worker | undefined
  watch(
    () => [data.data.value, learningWindow.data.value, learningWindow.loading.value] as const,
    ([rows, chosenWindow, windowLoading]) => {
      if (!rows || !rows.hasActivity || windowLoading) return
      const input: StreakYearInput = {
        learnedDays: rows.learnedDays,
        now: now().getTime(),
        learningDays: [...(chosenWindow?.days ?? DEFAULT_LEARNING_WINDOW.days)],
      }
      if (typeof Worker === 'undefined') {
        streak.value = streakYear(input) // no workers here (e.g. a test DOM): compute in place
        return
      }
      worker ??= new Worker(new URL('./streak.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (event: MessageEvent<StreakYear>) => (streak.value = event.data)
      worker.postMessage(input)
    },
    { immediate: true },
  )
  onScopeDispose(() => worker?.terminate())

  // Where there is surely nothing to chart (a very first start, or the boot copy says so: see
  // BootState.hasActivity), the empty state need not wait for IndexedDB, which loads after the
  // first paint. Each answer refreshes the copy for the next visit.
  const surelyEmpty = isFirstStart() || readBootState().hasActivity === false
  const pending = computed(() => !data.data.value && !surelyEmpty)
  watch(
    () => data.data.value?.hasActivity,
    (hasActivity) => {
      if (hasActivity !== undefined && readBootState().hasActivity !== hasActivity)
        writeBootState({ hasActivity })
    },
  )

  return { data, pending, comparisons, streak }
}
