import { describe, expect, it } from 'vitest'
import { generateIdeas } from '../../../scripts/demo/ideas'

function rng(seed = 1) {
  let s = seed
  const next = () => ((s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296)
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    chance: (p: number) => next() < p,
    uuid: () => crypto.randomUUID(),
  }
}

const people = Array.from({ length: 60 }, (_, i) => ({
  id: `p${i}`,
  language: (i % 5 === 0 ? 'en' : 'nb') as 'nb' | 'en',
  roles: ['member'],
  startWeek: i % 7,
  stopWeek: null,
}))
const posts = [
  { id: 'post1', kind: 'use_case', status: 'published', author_id: 'p3', title: 'Kravspek', task: 'Kravspek på to timer', prompt_text: 'Du er …', created_at: '2026-03-01T10:00:00Z', department_id: null },
  { id: 'post2', kind: 'use_case', status: 'published', author_id: 'p9', title: 'Tilbud', task: '', prompt_text: null, created_at: '2026-05-01T10:00:00Z', department_id: 'd1' },
]

describe('demo ideas', () => {
  const until = Date.parse('2026-12-07T00:00:00Z')
  const tables = generateIdeas({
    rng: rng(),
    people,
    organisationId: 'org',
    firstWeek: until - 52 * 7 * 86_400_000,
    weeks: 52,
    until,
    answerers: ['p1', 'p2'],
    posts,
    ambassadorId: 'p1',
    consentFrom: 'p9',
  })
  const rowsOf = (name: string) => tables.find(([table]) => table === name)?.[1] ?? []
  const ideas = rowsOf('public.ideas')
  const votes = rowsOf('public.idea_votes')
  const challenges = rowsOf('public.organisation_challenges')

  it('has ideas and obstacles in both languages with every status, answers where answered', () => {
    expect(new Set(ideas.map((i) => i.kind))).toEqual(new Set(['idea', 'obstacle']))
    expect(new Set(ideas.map((i) => i.status))).toEqual(new Set(['new', 'under_consideration', 'planned', 'done', 'not_now']))
    for (const idea of ideas) {
      expect(Boolean(idea.answer)).toBe(idea.status !== 'new')
      expect(String(idea.title).length).toBeLessThanOrEqual(140)
      expect(String(idea.answer).length).toBeLessThanOrEqual(500)
      expect(String(idea.created_on)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
    expect(ideas.some((i) => /\bthe\b/.test(String(i.title)))).toBe(true)
    expect(ideas.some((i) => /\bfor\b|\bpå\b|\bog\b/.test(String(i.title)))).toBe(true)
  })

  it('keeps anonymous ideas authorless and counts votes as the trigger would', () => {
    expect(ideas.some((i) => i.anonymous)).toBe(true)
    for (const idea of ideas) {
      if (idea.anonymous) expect(idea.author_id).toBeNull()
      expect(idea.vote_count).toBe(votes.filter((v) => v.idea_id === idea.id).length)
    }
    const keys = votes.map((v) => `${v.idea_id}:${v.user_id}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('makes two challenges from posts: one published, one waiting for its author', () => {
    expect(challenges.map((c) => [c.source_post_id, c.credited_user_id, c.status])).toEqual([
      ['post1', 'p3', 'published'],
      ['post2', 'p9', 'awaiting_author'],
    ])
    expect(challenges[1]!.task).toBe('Tilbud')
  })
})
