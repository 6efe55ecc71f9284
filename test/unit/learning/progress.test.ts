import { describe, expect, it } from 'vitest'
import {
  learningPath,
  lessonStatus,
  levelReached,
  quizScore,
  todaysLesson,
  type LearningState,
  type LessonOutline,
  type ProgressEvent,
  type QuizAnswer,
} from '@/domain/learning/progress'
import type { Department, Level } from '@/domain/competence'

function lesson(
  id: string,
  order: number,
  level: Level,
  extra: {
    compliance?: boolean
    departments?: Department[]
    cards?: number
    questions?: number
  } = {},
): LessonOutline {
  return {
    id,
    order,
    level,
    compliance: extra.compliance,
    departments: extra.departments ?? [],
    cards: Array.from({ length: extra.cards ?? 6 }, (_, i) => `card-${i}`),
    quiz: Array.from({ length: extra.questions ?? 3 }, (_, i) => ({ id: `${id}-q${i + 1}` })),
  }
}

const compliance = lesson('data-rules', 1, 'basic', { compliance: true })
const basics = lesson('what-ai-is', 2, 'basic')
const salesTools = lesson('tools-for-sales', 3, 'basic', { departments: ['sales'] })
const hrTools = lesson('tools-for-hr', 4, 'basic', { departments: ['hr'] })
const roles = lesson('role-and-context', 5, 'intermediate')
const strategy = lesson('team-strategy', 6, 'expert')
const curriculum = [strategy, roles, hrTools, salesTools, basics, compliance]

const at = (day: number, hour = 9) => new Date(Date.UTC(2025, 2, day, hour)).toISOString()

function event(
  lesson_id: string,
  kind: ProgressEvent['kind'],
  occurred_at: string,
  card_index?: number,
): ProgressEvent {
  return card_index === undefined
    ? { lesson_id, kind, occurred_at }
    : { lesson_id, kind, occurred_at, card_index }
}

function answer(l: LessonOutline, q: number, correct: boolean, answered_at: string): QuizAnswer {
  return {
    lesson_id: l.id,
    question_id: `${l.id}-q${q}`,
    choice_id: correct ? 'right' : 'wrong',
    correct,
    answered_at,
  }
}

/** Done with every question right. */
function finished(l: LessonOutline, day: number): LearningState {
  return {
    events: [event(l.id, 'started', at(day)), event(l.id, 'completed', at(day, 10))],
    answers: l.quiz.map((_, i) => answer(l, i + 1, true, at(day, 10))),
  }
}

function merge(...states: LearningState[]): LearningState {
  return { events: states.flatMap((s) => s.events), answers: states.flatMap((s) => s.answers) }
}

const empty: LearningState = { events: [], answers: [] }

describe('lessonStatus', () => {
  it('is not started without any event', () => {
    expect(lessonStatus(basics, empty)).toEqual({ kind: 'not_started' })
  })

  it('resumes at the furthest card seen, even after flipping back', () => {
    const state: LearningState = {
      events: [
        event(basics.id, 'started', at(3)),
        event(basics.id, 'card_viewed', at(3, 10), 0),
        event(basics.id, 'card_viewed', at(3, 11), 1),
        event(basics.id, 'card_viewed', at(3, 12), 3),
        event(basics.id, 'card_viewed', at(3, 13), 1),
        event(roles.id, 'card_viewed', at(3, 14), 5),
      ],
      answers: [],
    }
    expect(lessonStatus(basics, state)).toEqual({ kind: 'in_progress', resumeAtCard: 3 })
  })

  it('resumes at card 0 when the lesson was only started', () => {
    const state = { events: [event(basics.id, 'started', at(3))], answers: [] }
    expect(lessonStatus(basics, state)).toEqual({ kind: 'in_progress', resumeAtCard: 0 })
  })

  it('never resumes past the last card (index from a longer, older version of the lesson)', () => {
    const state = { events: [event(basics.id, 'card_viewed', at(3), 9)], answers: [] }
    expect(lessonStatus(basics, state)).toEqual({ kind: 'in_progress', resumeAtCard: 5 })
  })

  it('is done at the first completion, events in any order', () => {
    const state = {
      events: [
        event(basics.id, 'completed', at(9)),
        event(basics.id, 'started', at(2)),
        event(basics.id, 'completed', at(4)),
      ],
      answers: [],
    }
    expect(lessonStatus(basics, state)).toEqual({ kind: 'done', completedAt: at(4) })
  })
})

describe('quizScore', () => {
  it('needs two thirds right: 2 of 3 passes, 1 of 3 fails', () => {
    const two = {
      events: [],
      answers: [
        answer(basics, 1, true, at(3)),
        answer(basics, 2, true, at(3)),
        answer(basics, 3, false, at(3)),
      ],
    }
    const one = {
      events: [],
      answers: [
        answer(basics, 1, true, at(3)),
        answer(basics, 2, false, at(3)),
        answer(basics, 3, false, at(3)),
      ],
    }
    expect(quizScore(basics, two)).toEqual({ correct: 2, answered: 3, total: 3, passed: true })
    expect(quizScore(basics, one).passed).toBe(false)
  })

  it('needs 3 of 4 and 4 of 5', () => {
    const four = lesson('four', 9, 'basic', { questions: 4 })
    const five = lesson('five', 9, 'basic', { questions: 5 })
    const right = (l: LessonOutline, n: number) => ({
      events: [],
      answers: l.quiz.map((_, i) => answer(l, i + 1, i < n, at(3))),
    })
    expect(quizScore(four, right(four, 2)).passed).toBe(false)
    expect(quizScore(four, right(four, 3)).passed).toBe(true)
    expect(quizScore(five, right(five, 3)).passed).toBe(false)
    expect(quizScore(five, right(five, 4)).passed).toBe(true)
  })

  it('counts only the latest answer to each question', () => {
    const state = {
      events: [],
      answers: [
        answer(basics, 1, true, at(3, 10)),
        answer(basics, 1, false, at(3, 12)), // changed to wrong later
        answer(basics, 2, false, at(3, 10)),
        answer(basics, 2, true, at(4)), // retried and right
        answer(basics, 3, true, at(3)),
      ],
    }
    expect(quizScore(basics, state)).toMatchObject({ correct: 2, answered: 3, passed: true })
  })

  it('ignores answers to questions that are no longer in the lesson', () => {
    const state = {
      events: [],
      answers: [
        answer(basics, 1, true, at(3)),
        {
          lesson_id: basics.id,
          question_id: 'old-question',
          choice_id: 'a',
          correct: true,
          answered_at: at(3),
        },
      ],
    }
    expect(quizScore(basics, state)).toEqual({ correct: 1, answered: 1, total: 3, passed: false })
  })
})

describe('levelReached', () => {
  const basicLessons = [compliance, basics, salesTools, hrTools]

  it('is reached when every lesson of the level is done and its quiz passed', () => {
    const state = merge(...basicLessons.map((l, i) => finished(l, i + 1)))
    expect(levelReached('basic', curriculum, state)).toBe(true)
    expect(levelReached('intermediate', curriculum, state)).toBe(false)
  })

  it('is not reached while one lesson is missing', () => {
    const state = merge(finished(compliance, 1), finished(basics, 2), finished(salesTools, 3))
    expect(levelReached('basic', curriculum, state)).toBe(false)
  })

  it('is not reached when a lesson is done but its quiz failed', () => {
    const failedQuiz: LearningState = {
      events: [event(hrTools.id, 'completed', at(5))],
      answers: [
        answer(hrTools, 1, true, at(5)),
        answer(hrTools, 2, false, at(5)),
        answer(hrTools, 3, false, at(5)),
      ],
    }
    const state = merge(
      finished(compliance, 1),
      finished(basics, 2),
      finished(salesTools, 3),
      failedQuiz,
    )
    expect(levelReached('basic', curriculum, state)).toBe(false)
  })

  it('is not reached for a level without lessons', () => {
    expect(
      levelReached(
        'expert',
        [compliance, basics],
        merge(finished(compliance, 1), finished(basics, 2)),
      ),
    ).toBe(false)
  })
})

describe('learningPath', () => {
  it('orders by level, then lessons for my department, then for everyone, then others', () => {
    expect(learningPath(curriculum, 'hr').map((l) => l.id)).toEqual([
      'tools-for-hr',
      'data-rules',
      'what-ai-is',
      'tools-for-sales',
      'role-and-context',
      'team-strategy',
    ])
  })

  it('keeps curriculum order within a level for a learner without a department', () => {
    expect(learningPath(curriculum).map((l) => l.id)).toEqual([
      'data-rules',
      'what-ai-is',
      'tools-for-sales',
      'tools-for-hr',
      'role-and-context',
      'team-strategy',
    ])
  })
})

describe('todaysLesson', () => {
  it('is the compliance lesson for a new learner, whatever their department', () => {
    expect(todaysLesson(curriculum, empty, 'sales')?.id).toBe('data-rules')
  })

  it('stays the compliance lesson while another lesson is in progress', () => {
    const state = { events: [event(roles.id, 'card_viewed', at(3), 2)], answers: [] }
    expect(todaysLesson(curriculum, state, 'sales')?.id).toBe('data-rules')
  })

  it('stays the compliance lesson until its quiz is passed', () => {
    const state: LearningState = {
      events: [event(compliance.id, 'completed', at(3))],
      answers: [
        answer(compliance, 1, false, at(3)),
        answer(compliance, 2, false, at(3)),
        answer(compliance, 3, true, at(3)),
      ],
    }
    expect(todaysLesson(curriculum, state, 'sales')?.id).toBe('data-rules')
  })

  it('then picks the lesson made for my department within the level', () => {
    expect(todaysLesson(curriculum, finished(compliance, 1), 'sales')?.id).toBe('tools-for-sales')
    expect(todaysLesson(curriculum, finished(compliance, 1), 'hr')?.id).toBe('tools-for-hr')
  })

  it('finishes a lesson in progress before starting a new one', () => {
    const state = merge(finished(compliance, 1), {
      events: [event(roles.id, 'card_viewed', at(3), 2)],
      answers: [],
    })
    expect(todaysLesson(curriculum, state, 'sales')?.id).toBe('role-and-context')
  })

  it('moves to the next level when the basic level is finished', () => {
    const state = merge(
      ...[compliance, basics, salesTools, hrTools].map((l, i) => finished(l, i + 1)),
    )
    expect(todaysLesson(curriculum, state, 'sales')?.id).toBe('role-and-context')
  })

  it('offers a failed quiz again once nothing else is left, then nothing', () => {
    const allButStrategy = merge(
      ...[compliance, basics, salesTools, hrTools, roles].map((l, i) => finished(l, i + 1)),
    )
    const strategyFailed: LearningState = {
      events: [event(strategy.id, 'completed', at(9))],
      answers: [answer(strategy, 1, false, at(9))],
    }
    expect(todaysLesson(curriculum, merge(allButStrategy, strategyFailed))?.id).toBe(
      'team-strategy',
    )
    expect(todaysLesson(curriculum, merge(allButStrategy, finished(strategy, 10)))).toBeNull()
  })
})
