import { describe, expect, it } from 'vitest'
import {
  byVotesThenNewest,
  canAnswerIdeas,
  challengeEditable,
  challengeTransitions,
  charCount,
  clip,
  draftFromPost,
  matchesBoardFilter,
  normaliseChecklist,
  plainStart,
  statusCounts,
  validateAnswer,
  validateChallenge,
  validateIdea,
} from '@/domain/ideas'

describe('ideas: limits', () => {
  it('needs a title, counts code points as the server does, and knows the kinds', () => {
    expect(validateIdea({ kind: 'idea', title: '  ', body: '' })).toEqual({ title: 'required' })
    expect(validateIdea({ kind: 'wish', title: 'Hei', body: '' })).toEqual({ kind: 'invalid' })
    // 140 emoji are 280 UTF-16 units but 140 characters: allowed.
    expect(validateIdea({ kind: 'obstacle', title: '😀'.repeat(140), body: '' })).toEqual({})
    expect(validateIdea({ kind: 'idea', title: 'x'.repeat(141), body: '' })).toEqual({ title: 'tooLong' })
    expect(validateIdea({ kind: 'idea', title: 'x', body: 'y'.repeat(2001) })).toEqual({ body: 'tooLong' })
    expect(validateAnswer('z'.repeat(500))).toBeNull()
    expect(validateAnswer('z'.repeat(501))).toBe('tooLong')
    expect(charCount('👩‍💻')).toBe(3)
  })

  it('lets ambassadors, HR and admins answer, not members', () => {
    expect(canAnswerIdeas(['member'])).toBe(false)
    expect(canAnswerIdeas(['member', 'hr'])).toBe(true)
    expect(canAnswerIdeas(['ambassador'])).toBe(true)
    expect(canAnswerIdeas(['admin'])).toBe(true)
  })
})

describe('ideas: the board', () => {
  const ideas = [
    { id: 'a', kind: 'idea', status: 'new', created_on: '2026-12-01', vote_count: 2 },
    { id: 'b', kind: 'obstacle', status: 'planned', created_on: '2026-12-03', vote_count: 2 },
    { id: 'c', kind: 'idea', status: 'done', created_on: '2026-11-01', vote_count: 9 },
    { id: 'd', kind: 'obstacle', status: 'not_now', created_on: '2026-12-05' },
  ]
  it('filters by status (open = not done, not set aside) and kind', () => {
    const ids = (f: Parameters<typeof matchesBoardFilter>[1]) =>
      ideas.filter((i) => matchesBoardFilter(i, f)).map((i) => i.id)
    expect(ids({ status: 'all', kind: 'all' })).toEqual(['a', 'b', 'c', 'd'])
    expect(ids({ status: 'open', kind: 'all' })).toEqual(['a', 'b'])
    expect(ids({ status: 'planned', kind: 'all' })).toEqual(['b'])
    expect(ids({ status: 'all', kind: 'obstacle' })).toEqual(['b', 'd'])
  })
  it('sorts by votes, then newest, then id', () => {
    expect([...ideas].sort(byVotesThenNewest).map((i) => i.id)).toEqual(['c', 'b', 'a', 'd'])
  })
  it('counts per status', () => {
    expect(statusCounts(ideas)).toEqual({ new: 1, under_consideration: 0, planned: 1, done: 1, not_now: 1 })
  })
})

describe('organisation challenges', () => {
  it('only the author publishes or declines; stewards retire, bring back and ask again', () => {
    const author = { isAuthor: true, isSteward: false }
    const amb = { isAuthor: false, isSteward: true }
    expect(challengeTransitions('awaiting_author', author)).toEqual(['published', 'declined'])
    expect(challengeTransitions('awaiting_author', amb)).toEqual([])
    expect(challengeTransitions('published', amb)).toEqual(['retired'])
    expect(challengeTransitions('published', author)).toEqual([])
    expect(challengeTransitions('retired', amb)).toEqual(['published'])
    expect(challengeTransitions('declined', amb)).toEqual(['awaiting_author'])
    expect(challengeEditable('awaiting_author')).toBe(true)
    expect(challengeEditable('published')).toBe(false)
  })

  it('prefills from a post within the limits', () => {
    const draft = draftFromPost(
      { title: 'T'.repeat(200), body: '# Slik gjorde jeg\n\n**Først** en [lenke](https://x.no) og så tekst.', task: '', prompt_text: 'Du er …', department_id: 'dep' },
      ['Ingen personopplysninger', '  ', 'Sjekk kildene'],
    )
    expect(draft.title).toHaveLength(140)
    expect(draft.task).toBe('Slik gjorde jeg Først en lenke og så tekst.')
    expect(draft.example_prompt).toBe('Du er …')
    expect(draft.checklist).toEqual(['Ingen personopplysninger', 'Sjekk kildene'])
    expect(draft.department_id).toBe('dep')
    expect(draftFromPost({ title: 'Kort', body: '', task: 'Oppgaven' }, []).task).toBe('Oppgaven')
    expect(draftFromPost({ title: 'Kort', body: '' }, []).task).toBe('Kort')
  })

  it('checks and trims', () => {
    expect(normaliseChecklist(Array(12).fill('x'))).toHaveLength(10)
    expect(normaliseChecklist(['y'.repeat(300)])[0]).toHaveLength(200)
    expect(validateChallenge({ title: '', task: '', example_prompt: '', checklist: [], department_id: null })).toEqual({ title: 'required', task: 'required' })
    expect(plainStart('ord '.repeat(300), 50).endsWith('…')).toBe(true)
    expect(clip('😀😀😀', 2)).toBe('😀😀')
  })
})
