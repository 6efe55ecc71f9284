import { describe, expect, it } from 'vitest'
import { competencyIds, type CompetencyId } from '@/domain/competence'
import {
  biggestGaps,
  cellGap,
  defaultTarget,
  isMatrixAnswer,
  isSuccessStories,
  storyMinutesSaved,
  suggestionsFor,
  targetFor,
  type MatrixAnswer,
  type MatrixFigures,
  type SuggestableContent,
} from '@/domain/matrix'

const figures = (o: Partial<MatrixFigures>): MatrixFigures => ({
  self_people: 0,
  self: null,
  self_avg: null,
  objective_people: 0,
  objective: null,
  objective_avg: null,
  ...o,
})

describe('default targets', () => {
  it('follows the competence model: basic 3, intermediate 2, expert 1', () => {
    expect(defaultTarget('ai-basics')).toBe(3)
    expect(defaultTarget('data-compliance')).toBe(3)
    expect(defaultTarget('advanced-prompting')).toBe(2)
    expect(defaultTarget('law-ethics')).toBe(1)
  })
  it('uses what HR set, and says when the default applies', () => {
    expect(targetFor({ 'ai-basics': 4 }, 'ai-basics')).toEqual({ level: 4, isDefault: false })
    expect(targetFor({ 'ai-basics': 4 }, 'own-tools')).toEqual({ level: 3, isDefault: true })
    expect(targetFor(undefined, 'ai-strategy')).toEqual({ level: 1, isDefault: true })
  })
  it('ignores a stored value that is not a level', () => {
    expect(targetFor({ 'ai-basics': 7 }, 'ai-basics').isDefault).toBe(true)
    expect(targetFor({ 'ai-basics': 2.5 }, 'ai-basics').isDefault).toBe(true)
  })
})

describe('cell gaps', () => {
  const target = { level: 3 as const, isDefault: false }
  it('measures from the objective estimate when it is shown', () => {
    const g = cellGap(figures({ objective_avg: 1.8, self_avg: 2.9 }), target)
    expect(g).toMatchObject({ current: 1.8, basis: 'objective', gap: 1.2, severity: 'large' })
  })
  it('falls back to the self-assessment', () => {
    const g = cellGap(figures({ self_avg: 2.4 }), target)
    expect(g).toMatchObject({ current: 2.4, basis: 'self', gap: 0.6, severity: 'small' })
  })
  it('a gap under half a step, or above target, is met', () => {
    expect(cellGap(figures({ objective_avg: 2.6 }), target).severity).toBe('met')
    expect(cellGap(figures({ objective_avg: 3.5 }), target)).toMatchObject({
      gap: -0.5,
      severity: 'met',
    })
  })
  it('the boundaries: 0.5 is a gap, 1.0 a large one', () => {
    expect(cellGap(figures({ objective_avg: 2.5 }), target).severity).toBe('small')
    expect(cellGap(figures({ objective_avg: 2 }), target).severity).toBe('large')
  })
  it('nothing shown (suppressed or too few): unknown, no number', () => {
    expect(cellGap(undefined, target)).toMatchObject({
      gap: null,
      current: null,
      severity: 'unknown',
    })
    expect(cellGap(figures({ self_people: 3 }), target).severity).toBe('unknown')
  })
})

const answer: MatrixAnswer = {
  min_group: 5,
  generated_at: '2026-12-07T06:00:00Z',
  people: 27,
  competencies: [...competencyIds],
  roles: [
    {
      key: 'r-kb',
      name: 'Kundebehandler',
      suppressed: false,
      people: 7,
      competencies: {
        'ai-basics': figures({ objective_avg: 1.5, objective_people: 5, objective: [3, 2, 0, 0] }),
        'own-tools': figures({ self_avg: 2.4, self_people: 5, self: [0, 3, 2, 0] }),
        'law-ethics': figures({ objective_avg: 1, objective_people: 5, objective: [5, 0, 0, 0] }),
      },
    },
    {
      key: 'r-sg',
      name: 'Selger',
      suppressed: false,
      people: 7,
      competencies: {
        'ai-basics': figures({ objective_avg: 1.5, objective_people: 6, objective: [3, 3, 0, 0] }),
      },
    },
    { key: 'r-sj', name: 'Sjef', suppressed: true },
  ],
}

describe('biggest gaps', () => {
  it('largest first, then role name, then the model order; met and unknown cells left out', () => {
    const gaps = biggestGaps(answer, { 'r-kb': { 'own-tools': 4 } })
    expect(gaps.map((g) => [g.roleName, g.competency, g.gap])).toEqual([
      ['Kundebehandler', 'own-tools', 1.6],
      ['Kundebehandler', 'ai-basics', 1.5],
      ['Selger', 'ai-basics', 1.5],
    ])
  })
  it('a suppressed role has no gaps', () => {
    expect(biggestGaps(answer, {}).some((g) => g.roleKey === 'r-sj')).toBe(false)
  })
  it('keeps at most `limit`', () => {
    expect(biggestGaps(answer, {}, 1)).toHaveLength(1)
  })
})

describe('answers from the server', () => {
  it('accepts the matrix shape and refuses others', () => {
    expect(isMatrixAnswer(answer)).toBe(true)
    expect(isMatrixAnswer({ ...answer, roles: [{ key: 'x', name: 'X', suppressed: false }] })).toBe(
      false,
    )
    expect(isMatrixAnswer({ ...answer, people: -1 })).toBe(false)
    const bad = structuredClone(answer)
    ;(bad.roles[0] as { competencies: Record<string, unknown> }).competencies['ai-basics'] = {
      ...figures({}),
      self_avg: 9,
    }
    expect(isMatrixAnswer(bad)).toBe(false)
  })
  it('accepts stories with or without a name', () => {
    const story = {
      id: 'p',
      kind: 'success_story',
      title: 'T',
      summary: 'S',
      minutes_before: 30,
      minutes_after: 10,
      created_at: '2026-12-01T10:00:00Z',
      author_name: null,
    }
    expect(isSuccessStories([story, { ...story, author_name: 'Kari' }])).toBe(true)
    expect(isSuccessStories([{ ...story, author_name: 3 }])).toBe(false)
    expect(storyMinutesSaved(story)).toBe(20)
    expect(storyMinutesSaved({ ...story, minutes_after: null })).toBeNull()
  })
})

describe('suggestions', () => {
  const item = (
    id: string,
    competency: CompetencyId,
    level: SuggestableContent['level'],
    order?: number,
  ) => ({
    id,
    competency,
    level,
    order,
    title: { nb: id, en: id },
  })
  const content = {
    lessons: [
      item('l2', 'ai-basics', 'basic', 2),
      item('l1', 'ai-basics', 'basic', 1),
      item('l3', 'own-tools', 'basic', 3),
    ],
    challenges: [
      item('c-b', 'ai-basics', 'intermediate'),
      item('c-a', 'ai-basics', 'basic'),
      item('c-x', 'law-ethics', 'expert'),
    ],
  }
  it('the lessons (curriculum order), then the challenges (basic first) of the competency, as links', () => {
    expect(suggestionsFor('ai-basics', content).map((s) => s.to)).toEqual([
      '/learn/lesson/l1',
      '/learn/lesson/l2',
      '/challenges/c-a',
      '/challenges/c-b',
    ])
  })
  it('nothing when no content trains it', () => {
    expect(suggestionsFor('ai-strategy', content)).toEqual([])
  })
})
