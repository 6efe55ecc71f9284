import { describe, expect, it } from 'vitest'
import {
  compareSelfWithObjective,
  estimateCompetence,
  estimateProfile,
  type CompetenceProfile,
  type EstimateInput,
  type QuizLesson,
} from '@/domain/learning/competenceEstimate'
import type { QuizAnswer } from '@/domain/learning/progress'
import { competencyIds } from '@/domain/competence'

const promptsLesson: QuizLesson = {
  id: 'simple-prompts-1',
  competency: 'simple-prompts',
  quiz: [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }],
}
const criticalLesson: QuizLesson = {
  id: 'critical-1',
  competency: 'critical-output',
  quiz: [{ id: 'q1' }, { id: 'q2' }, { id: 'q3' }, { id: 'q4' }],
}

function answer(
  lesson_id: string,
  question_id: string,
  correct: boolean,
  answered_at: string,
): QuizAnswer {
  return { lesson_id, question_id, choice_id: 'x', correct, answered_at }
}

const noEvidence: EstimateInput = {
  lessons: [promptsLesson, criticalLesson],
  answers: [],
  challenges: [],
  flaws: [],
}

describe('estimateCompetence', () => {
  it('is null without evidence', () => {
    expect(estimateCompetence('simple-prompts', noEvidence)).toBeNull()
  })

  it('maps a quiz to 1 + 3 × share right, using the latest answer per question', () => {
    const input: EstimateInput = {
      ...noEvidence,
      answers: [
        answer(promptsLesson.id, 'q1', false, '2025-03-03T09:00:00Z'),
        answer(promptsLesson.id, 'q1', true, '2025-03-03T09:05:00Z'),
        answer(promptsLesson.id, 'q2', true, '2025-03-03T09:01:00Z'),
        answer(promptsLesson.id, 'q3', false, '2025-03-03T09:02:00Z'),
      ],
    }
    // 2 of 3 right → 1 + 3 × 2/3 = 3.0
    expect(estimateCompetence('simple-prompts', input)).toEqual({ score: 3, level: 3, evidence: 1 })
    expect(estimateCompetence('critical-output', input)).toBeNull()
  })

  it('weights ambassador-reviewed challenges 2, quiz and spot-the-flaw 1, self-scored challenges 0.5', () => {
    const input: EstimateInput = {
      ...noEvidence,
      answers: [
        answer(promptsLesson.id, 'q1', true, '2025-03-03T09:00:00Z'),
        answer(promptsLesson.id, 'q2', true, '2025-03-03T09:00:00Z'),
        answer(promptsLesson.id, 'q3', false, '2025-03-03T09:00:00Z'),
      ],
      challenges: [
        { competency: 'simple-prompts', ambassadorScore: 2 },
        { competency: 'simple-prompts', selfScore: 4 },
        { competency: 'critical-output', selfScore: 3 },
      ],
      flaws: [{ competency: 'simple-prompts', accuracy: 0.5 }],
    }
    // quiz 3.0×1 + ambassador 2×2 + self 4×0.5 + flaw 2.5×1 = 11.5 over weight 4.5 = 2.56 → 2.6
    expect(estimateCompetence('simple-prompts', input)).toEqual({
      score: 2.6,
      level: 3,
      evidence: 4,
    })
    expect(estimateCompetence('critical-output', input)).toEqual({
      score: 3,
      level: 3,
      evidence: 1,
    })
  })

  it("uses the ambassador's score instead of the learner's own on the same attempt", () => {
    const input: EstimateInput = {
      ...noEvidence,
      challenges: [{ competency: 'ai-workflows', selfScore: 4, ambassadorScore: 1 }],
    }
    expect(estimateCompetence('ai-workflows', input)).toEqual({ score: 1, level: 1, evidence: 1 })
  })

  it('ignores a challenge that has not been scored yet', () => {
    const input: EstimateInput = { ...noEvidence, challenges: [{ competency: 'ai-workflows' }] }
    expect(estimateCompetence('ai-workflows', input)).toBeNull()
  })

  it('gives 4 for a perfect spot-the-flaw and 1 for none found', () => {
    const perfect = {
      ...noEvidence,
      flaws: [{ competency: 'critical-output' as const, accuracy: 1 }],
    }
    const none = { ...noEvidence, flaws: [{ competency: 'critical-output' as const, accuracy: 0 }] }
    expect(estimateCompetence('critical-output', perfect)?.score).toBe(4)
    expect(estimateCompetence('critical-output', none)?.score).toBe(1)
  })
})

describe('estimateProfile', () => {
  it('has an entry for every competency, null where there is no evidence', () => {
    const profile = estimateProfile({
      ...noEvidence,
      flaws: [{ competency: 'law-ethics', accuracy: 0.75 }],
    })
    expect(Object.keys(profile).sort()).toEqual([...competencyIds].sort())
    expect(profile['law-ethics']).toEqual({ score: 3.3, level: 3, evidence: 1 }) // 1 + 3 × 0.75 = 3.25 → 3.3
    expect(profile['ai-basics']).toBeNull()
  })
})

describe('compareSelfWithObjective', () => {
  it('tells where the learner rates themselves higher, lower or about right', () => {
    const objective = estimateProfile(noEvidence) as CompetenceProfile
    objective['simple-prompts'] = { score: 2.6, level: 3, evidence: 4 }
    objective['critical-output'] = { score: 2.3, level: 2, evidence: 2 }
    objective['ai-basics'] = { score: 3, level: 3, evidence: 1 }
    const rows = compareSelfWithObjective(
      { 'simple-prompts': 4, 'critical-output': 2, 'ai-basics': 1, 'law-ethics': 2 },
      objective,
    )
    const row = (id: string) => rows.find((r) => r.competency === id)
    expect(row('simple-prompts')).toEqual({
      competency: 'simple-prompts',
      self: 4,
      objective: 2.6,
      gap: -1.4,
      verdict: 'self-higher',
    })
    expect(row('critical-output')).toMatchObject({ gap: 0.3, verdict: 'aligned' })
    expect(row('ai-basics')).toMatchObject({ gap: 2, verdict: 'self-lower' })
    expect(row('law-ethics')).toMatchObject({ objective: null, gap: null, verdict: 'no-evidence' })
    expect(row('roi-measurement')).toMatchObject({ self: null, verdict: 'no-self-assessment' })
    expect(rows).toHaveLength(competencyIds.length)
  })
})
