import { describe, expect, it } from 'vitest'
import { stepErrors } from '@/features/challenges/steps'
import { checklistItems } from '@/data/repos/challenge.repo'

const draft = {
  prompt: 'Skriv et kort sammendrag',
  output: 'Et sammendrag',
  checklist: Object.fromEntries(checklistItems.map((item) => [item, 'yes'])),
  self_score: 4,
  minutes_saved: 20,
} as unknown as Parameters<typeof stepErrors>[1]
const clean = { findings: 0, copiedAnyway: false }

describe('a challenge step stops only on its own problems', () => {
  it('lets a complete draft through every step', () => {
    for (const step of ['task', 'prompt', 'copy', 'output', 'check', 'score'] as const) {
      expect(stepErrors(step, draft, clean)).toEqual({})
    }
  })

  it('names what is missing on each step', () => {
    expect(stepErrors('prompt', { ...draft, prompt: '  ' }, clean)).toEqual({ prompt: 'promptEmpty' })
    expect(stepErrors('copy', draft, { findings: 2, copiedAnyway: false })).toEqual({ copy: 'findingsRemain' })
    expect(stepErrors('copy', draft, { findings: 2, copiedAnyway: true })).toEqual({})
    expect(stepErrors('output', { ...draft, output: '' }, clean)).toEqual({ output: 'outputEmpty' })
    expect(stepErrors('check', { ...draft, checklist: {} }, clean)).toEqual({ check: 'checklistIncomplete' })
    expect(stepErrors('score', { ...draft, self_score: null, minutes_saved: 601 }, clean)).toEqual({
      score: 'scoreMissing',
      minutes: 'minutes',
    })
    expect(stepErrors('score', { ...draft, minutes_saved: 600 }, clean)).toEqual({})
  })
})
