/**
 * Objective competence estimate (C4), on the self-assessment's 1–4 scale, so the two can be
 * shown side by side (G1 radar, H3 skills matrix).
 *
 * How it is computed, per competency:
 * - every piece of evidence is turned into a score on 1–4:
 *   - a lesson quiz: 1 + 3 × (share of the answered questions whose latest answer is right);
 *   - a spot-the-flaw exercise: 1 + 3 × accuracy (0..1);
 *   - a prompt challenge: the ambassador's rubric score when there is one, else the learner's
 *     own score;
 * - the estimate is the weighted mean of those scores. Weights: an ambassador-reviewed challenge
 *   2 (an expert looked at real work), a quiz 1, a spot-the-flaw 1, a self-scored challenge 0.5
 *   (it is the learner's own judgement, so it counts least);
 * - no evidence → `null` (never a made-up default).
 * `level` is the estimate rounded to the nearest whole step of the scale.
 */
import { competencyIds, type AssessmentLevel, type CompetencyId } from '@/domain/competence'
import { latestAnswers, type QuizAnswer } from './progress'

export const EVIDENCE_WEIGHTS = {
  quiz: 1,
  flaw: 1,
  challengeReviewed: 2,
  challengeSelf: 0.5,
} as const

/** The parts of a `Lesson` the estimate needs. */
export interface QuizLesson {
  id: string
  competency: CompetencyId
  quiz: readonly { id: string }[]
}

export interface ChallengeResult {
  competency: CompetencyId
  /** The learner's own rubric score, 1–4. */
  selfScore?: AssessmentLevel
  /** An ambassador's rubric score, 1–4 (C3). */
  ambassadorScore?: AssessmentLevel
}

export interface FlawResult {
  competency: CompetencyId
  /** Share of sentences judged right, 0..1. */
  accuracy: number
}

export interface EstimateInput {
  lessons: readonly QuizLesson[]
  answers: readonly QuizAnswer[]
  challenges: readonly ChallengeResult[]
  flaws: readonly FlawResult[]
}

export interface CompetenceEstimate {
  /** Weighted mean on 1..4, rounded to one decimal. */
  score: number
  level: AssessmentLevel
  /** How many pieces of evidence it rests on. */
  evidence: number
}

export type CompetenceProfile = Record<CompetencyId, CompetenceEstimate | null>

interface Evidence {
  competency: CompetencyId
  score: number
  weight: number
}

function fromShare(share: number): number {
  return 1 + 3 * Math.min(1, Math.max(0, share))
}

function quizEvidence(lessons: readonly QuizLesson[], answers: readonly QuizAnswer[]): Evidence[] {
  const evidence: Evidence[] = []
  for (const lesson of lessons) {
    const latest = latestAnswers(lesson.id, answers)
    const answered = lesson.quiz.map((q) => latest.get(q.id)).filter((a) => a !== undefined)
    if (answered.length === 0) continue
    const share = answered.filter((a) => a.correct).length / answered.length
    evidence.push({
      competency: lesson.competency,
      score: fromShare(share),
      weight: EVIDENCE_WEIGHTS.quiz,
    })
  }
  return evidence
}

function challengeEvidence(challenges: readonly ChallengeResult[]): Evidence[] {
  return challenges.flatMap((c): Evidence[] => {
    if (c.ambassadorScore !== undefined) {
      return [
        {
          competency: c.competency,
          score: c.ambassadorScore,
          weight: EVIDENCE_WEIGHTS.challengeReviewed,
        },
      ]
    }
    if (c.selfScore !== undefined) {
      return [
        { competency: c.competency, score: c.selfScore, weight: EVIDENCE_WEIGHTS.challengeSelf },
      ]
    }
    return []
  })
}

function flawEvidence(flaws: readonly FlawResult[]): Evidence[] {
  return flaws.map((f) => ({
    competency: f.competency,
    score: fromShare(f.accuracy),
    weight: EVIDENCE_WEIGHTS.flaw,
  }))
}

function toLevel(score: number): AssessmentLevel {
  return Math.min(4, Math.max(1, Math.round(score))) as AssessmentLevel
}

function estimateFrom(evidence: readonly Evidence[]): CompetenceEstimate | null {
  if (evidence.length === 0) return null
  const totalWeight = evidence.reduce((sum, e) => sum + e.weight, 0)
  const mean = evidence.reduce((sum, e) => sum + e.score * e.weight, 0) / totalWeight
  const score = Math.round(mean * 10) / 10
  return { score, level: toLevel(score), evidence: evidence.length }
}

export function estimateCompetence(
  competency: CompetencyId,
  input: EstimateInput,
): CompetenceEstimate | null {
  return estimateFrom(allEvidence(input).filter((e) => e.competency === competency))
}

export function estimateProfile(input: EstimateInput): CompetenceProfile {
  const evidence = allEvidence(input)
  const profile = {} as CompetenceProfile
  for (const id of competencyIds) {
    profile[id] = estimateFrom(evidence.filter((e) => e.competency === id))
  }
  return profile
}

function allEvidence(input: EstimateInput): Evidence[] {
  return [
    ...quizEvidence(input.lessons, input.answers),
    ...challengeEvidence(input.challenges),
    ...flawEvidence(input.flaws),
  ]
}

/** Self vs objective: within half a step counts as agreeing. */
export const AGREEMENT_TOLERANCE = 0.5

export type SelfVsObjective =
  'aligned' | 'self-higher' | 'self-lower' | 'no-evidence' | 'no-self-assessment'

export interface Comparison {
  competency: CompetencyId
  self: AssessmentLevel | null
  objective: number | null
  /** objective − self; positive when the evidence shows more than the learner believes. */
  gap: number | null
  verdict: SelfVsObjective
}

export function compareSelfWithObjective(
  self: Partial<Record<CompetencyId, AssessmentLevel>>,
  objective: CompetenceProfile,
): Comparison[] {
  return competencyIds.map((competency) => {
    const own = self[competency] ?? null
    const estimate = objective[competency]?.score ?? null
    if (own === null)
      return {
        competency,
        self: null,
        objective: estimate,
        gap: null,
        verdict: 'no-self-assessment',
      }
    if (estimate === null)
      return { competency, self: own, objective: null, gap: null, verdict: 'no-evidence' }
    const gap = Math.round((estimate - own) * 10) / 10
    const verdict: SelfVsObjective =
      Math.abs(gap) <= AGREEMENT_TOLERANCE ? 'aligned' : gap < 0 ? 'self-higher' : 'self-lower'
    return { competency, self: own, objective: estimate, gap, verdict }
  })
}
