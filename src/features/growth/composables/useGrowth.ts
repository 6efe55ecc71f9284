import { computed, onMounted, shallowRef } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { readGrowthData } from '@/data/repos/growth.repo'
import { latestSelfAssessment } from '@/data/repos/assessment.repo'
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
import { computeStreak, DEFAULT_LEARNING_WINDOW, streakCalendar } from '@/domain/streaks'

/** Weeks in the weekly bar chart (readable on a phone) and in the cumulative minutes line. */
export const ACTIVITY_WEEKS = 12
export const MINUTES_WEEKS = 26

interface Content {
  lessons: Lesson[]
  challenges: PromptChallenge[]
  flaws: SpotTheFlaw[]
}

/** The first day of the month `months` before the month of `first` (a YYYY-MM-01 date). */
function monthsBack(first: string, months: number): string {
  const year = Number(first.slice(0, 4))
  const month = Number(first.slice(5, 7)) - 1 - months
  const date = new Date(Date.UTC(year, month, 1))
  return date.toISOString().slice(0, 10)
}

function isLevel(n: number | null): n is AssessmentLevel {
  return n === 1 || n === 2 || n === 3 || n === 4
}

/** Everything the growth page shows, derived from the device's rows and the (lazy) content. */
export function useGrowth(now: () => Date = () => new Date()) {
  const data = useLiveQuery(() =>
    readGrowthData({ now: now(), weeks: ACTIVITY_WEEKS, minutesWeeks: MINUTES_WEEKS }),
  )
  const self = useLiveQuery(() => latestSelfAssessment())
  const window = useLiveQuery(() => getLearningWindow())
  const content = shallowRef<Content | null>(null)

  onMounted(async () => {
    const [lessons, challenges, flaws] = await Promise.all([
      loadLessons(),
      loadChallenges(),
      loadFlaws(),
    ])
    content.value = { lessons, challenges, flaws }
  })

  const comparisons = computed(() => {
    const rows = data.data.value
    if (!rows || !content.value) return null
    const challengeById = new Map(content.value.challenges.map((c) => [c.id, c]))
    const flawById = new Map(content.value.flaws.map((f) => [f.id, f]))
    const challenges: ChallengeResult[] = []
    for (const attempt of rows.challenges) {
      const challenge = challengeById.get(attempt.challenge_id)
      if (!challenge || !isLevel(attempt.self_score)) continue
      challenges.push({ competency: challenge.competency, selfScore: attempt.self_score })
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

  const streak = computed(() => {
    const rows = data.data.value
    if (!rows) return null
    const summary = computeStreak({
      // One instant per learned day is enough, and spares a date conversion per event.
      learnedAt: rows.learnedDays.map((day) => `${day}T12:00:00Z`),
      now: now(),
      learningDays: window.data.value?.days ?? DEFAULT_LEARNING_WINDOW.days,
    })
    // Twelve whole months, this one included (at most 365 days).
    const start = monthsBack(`${summary.today.slice(0, 7)}-01`, 11)
    return { summary, days: streakCalendar(summary, start, summary.today) }
  })

  return { data, comparisons, streak }
}
