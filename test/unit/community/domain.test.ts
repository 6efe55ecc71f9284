import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  byNewest,
  charLength,
  clampText,
  emptyFilters,
  facets,
  filterFeed,
  foldForSearch,
  isNewSince,
  isVisibleTo,
  median,
  minutesSaved,
  parseTags,
  replicationSummary,
  showCounter,
  splitMinutes,
  validateComment,
  validateModerationReason,
  validatePost,
  validateReplication,
  validateReport,
  type FeedPost,
  type PostInput,
} from '@/domain/community'

const post = (over: Partial<FeedPost> = {}): FeedPost => ({
  id: crypto.randomUUID(),
  kind: 'use_case',
  title: 'Kravspesifikasjon på to timer',
  body: 'Jeg brukte Copilot til å lage et **utkast**.',
  task: 'Kravspesifikasjon',
  tags: ['anbud', 'Copilot'],
  tool: 'm365-copilot',
  department_id: 'd1',
  created_at: '2026-12-01T10:00:00.000Z',
  ...over,
})

const input = (over: Partial<PostInput> = {}): PostInput => ({
  kind: 'success_story',
  title: 'Tilbud på en time',
  body: '',
  task: '',
  departmentId: null,
  tool: null,
  promptText: '',
  minutesBefore: null,
  minutesAfter: null,
  dataClass: 'green',
  tags: [],
  ...over,
})

describe('minutes saved', () => {
  it('is before − after, never negative, and null when a time is missing or not whole', () => {
    expect(minutesSaved(360, 120)).toBe(240)
    expect(minutesSaved(30, 45)).toBe(0)
    expect(minutesSaved(null, 10)).toBeNull()
    expect(minutesSaved(10, 2.5)).toBeNull()
    expect(minutesSaved(-5, 0)).toBeNull()
  })

  it('takes the median of odd and even counts', () => {
    expect(median([])).toBeNull()
    expect(median([45])).toBe(45)
    expect(median([60, 10, 45])).toBe(45)
    expect(median([10, 20, 30, 40])).toBe(25)
  })

  it('splits minutes into hours and minutes', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 })
    expect(splitMinutes(-3)).toEqual({ hours: 0, minutes: 0 })
  })

  it('counts an own replication not yet on the server in', () => {
    const server = { replication_count: 0, replication_median_saved: null }
    expect(replicationSummary(server, null)).toEqual({ count: 0, median: null })
    const own = { minutes_before: 90, minutes_after: 45, counted: false }
    expect(replicationSummary(server, own)).toEqual({ count: 1, median: 45 })
    const counted = { replication_count: 3, replication_median_saved: 45 }
    expect(replicationSummary(counted, { ...own, counted: true })).toEqual({ count: 3, median: 45 })
    expect(replicationSummary(counted, own)).toEqual({ count: 4, median: 45 })
  })
})

describe('validation against the schema limits', () => {
  it('accepts a plain post and requires a title', () => {
    expect(validatePost(input())).toEqual({})
    expect(validatePost(input({ title: '   ' })).title).toEqual({ code: 'required' })
  })

  it('counts characters as code points, so an emoji is one character', () => {
    expect(charLength('👍')).toBe(1)
    expect(charLength('👩‍👩‍👧')).toBe(5) // three people joined by two ZWJ
    expect(charLength('\ud800x')).toBe(2) // a lone surrogate counts as one
    expect(validatePost(input({ title: '😀'.repeat(140) }))).toEqual({})
    expect(validatePost(input({ title: '😀'.repeat(141) })).title).toEqual({
      code: 'too_long',
      limit: 140,
      over: 1,
    })
  })

  it('says how much too long a pasted megabyte is', () => {
    const body = 'a'.repeat(1024 * 1024)
    expect(validatePost(input({ body })).body).toEqual({
      code: 'too_long',
      limit: 8000,
      over: 1024 * 1024 - 8000,
    })
  })

  it('clamps without cutting a surrogate pair', () => {
    expect(clampText('ab😀c', 3)).toBe('ab😀')
    expect(clampText('ab😀c', 2)).toBe('ab')
    expect(clampText('abc', 10)).toBe('abc')
  })

  it('checks minutes: both or neither, whole, 0–10000', () => {
    expect(validatePost(input({ minutesBefore: 60 })).minutesAfter).toEqual({
      code: 'both_minutes',
    })
    expect(validatePost(input({ minutesBefore: 10001, minutesAfter: 5 })).minutesBefore).toEqual({
      code: 'out_of_range',
      max: 10000,
    })
    expect(validatePost(input({ minutesBefore: 60, minutesAfter: 1.5 })).minutesAfter).toBeTruthy()
    expect(validatePost(input({ minutesBefore: 360, minutesAfter: 120 }))).toEqual({})
  })

  it('limits tags to 8 of at most 32 characters, after dropping duplicates', () => {
    expect(parseTags(' #anbud, Anbud,, tilbud ')).toEqual(['anbud', 'tilbud'])
    const nine = Array.from({ length: 9 }, (_, i) => `t${i}`)
    expect(validatePost(input({ tags: nine })).tags).toEqual({ code: 'too_many', limit: 8 })
    expect(validatePost(input({ tags: ['x'.repeat(33)] })).tags?.code).toBe('too_long')
  })

  it('checks the task, tool and prompt lengths', () => {
    const errors = validatePost(
      input({ task: 'x'.repeat(201), tool: 'y'.repeat(81), promptText: 'z'.repeat(4001) }),
    )
    expect(Object.keys(errors).sort()).toEqual(['promptText', 'task', 'tool'])
  })

  it('checks comments, replications, reports and moderation reasons', () => {
    expect(validateComment(' ').body).toEqual({ code: 'required' })
    expect(validateComment('x'.repeat(2001)).body?.code).toBe('too_long')
    expect(validateComment('Takk!')).toEqual({})
    expect(validateReplication({ minutesBefore: null, minutesAfter: 5, note: '' })).toEqual({
      minutesBefore: { code: 'required' },
    })
    expect(validateReplication({ minutesBefore: 90, minutesAfter: 45, note: '' })).toEqual({})
    expect(validateReport({ reason: null, note: '' }).reason).toEqual({ code: 'required' })
    expect(validateReport({ reason: 'spam', note: 'n'.repeat(501) }).note?.code).toBe('too_long')
    expect(validateModerationReason('').reason).toEqual({ code: 'required' })
  })

  it('shows a counter from 80 % of a limit', () => {
    expect(showCounter(111, 140)).toBe(false)
    expect(showCounter(112, 140)).toBe(true)
    expect(showCounter(9000, 8000)).toBe(true)
  })
})

describe('feed', () => {
  const posts = [
    post({ id: 'a', created_at: '2026-12-01T10:00:00.000Z' }),
    post({
      id: 'b',
      kind: 'question',
      title: 'Hvordan skriver jeg et møtereferat?',
      body: 'Noen som har en god prompt?',
      task: null,
      tags: ['Møter'],
      tool: null,
      department_id: 'd2',
      created_at: '2026-12-03T10:00:00.000Z',
    }),
    post({
      id: 'c',
      kind: 'show_and_tell',
      title: 'Café\u200b-menyen på engelsk',
      task: null,
      body: 'Oversatt med KI',
      tags: [],
      created_at: '2026-12-02T10:00:00.000Z',
    }),
  ]

  it('searches title, body, task and tags offline, every word, ignoring case and accents', () => {
    expect(filterFeed(posts, emptyFilters(), 'KRAVSPESIFIKASJON').map((p) => p.id)).toEqual(['a'])
    expect(filterFeed(posts, emptyFilters(), 'møter prompt').map((p) => p.id)).toEqual(['b'])
    expect(filterFeed(posts, emptyFilters(), 'cafe-menyen').map((p) => p.id)).toEqual(['c'])
    expect(filterFeed(posts, emptyFilters(), 'anbud').map((p) => p.id)).toEqual(['a'])
    expect(filterFeed(posts, emptyFilters(), 'ingenting slikt')).toEqual([])
  })

  it('keeps å apart from a', () => {
    expect(foldForSearch('Håndbok')).toBe('håndbok')
    expect(foldForSearch('Hånd')).not.toBe(foldForSearch('Hand'))
  })

  it('filters by kind, department, tag and tool', () => {
    const f = emptyFilters()
    expect(filterFeed(posts, { ...f, kinds: ['question'] }, '').map((p) => p.id)).toEqual(['b'])
    expect(filterFeed(posts, { ...f, departmentId: 'd2' }, '').map((p) => p.id)).toEqual(['b'])
    expect(filterFeed(posts, { ...f, tag: 'møter' }, '').map((p) => p.id)).toEqual(['b'])
    expect(filterFeed(posts, { ...f, tool: 'm365-copilot' }, '').map((p) => p.id)).toEqual([
      'a',
      'c',
    ])
    expect(activeFilterCount({ ...f, kinds: ['question', 'use_case'], tag: 'x' })).toBe(3)
  })

  it('sorts newest first, the same on every device', () => {
    expect([...posts].sort(byNewest).map((p) => p.id)).toEqual(['b', 'c', 'a'])
    const same = [post({ id: 'y' }), post({ id: 'x' })]
    expect(same.sort(byNewest).map((p) => p.id)).toEqual(['x', 'y'])
  })

  it('marks colleagues’ posts after the last visit as new, never on a first visit or one’s own', () => {
    const p = { created_at: '2026-12-05T10:00:00.000Z', author_id: 'other' }
    expect(isNewSince(p, '2026-12-04T10:00:00.000Z', 'me')).toBe(true)
    expect(isNewSince(p, '2026-12-06T10:00:00.000Z', 'me')).toBe(false)
    expect(isNewSince(p, null, 'me')).toBe(false)
    expect(isNewSince({ ...p, author_id: 'me' }, '2026-12-04T10:00:00.000Z', 'me')).toBe(false)
  })

  it('offers the tags in use, most used first, and the tools and departments', () => {
    const f = facets(posts)
    expect(f.tags).toEqual(['anbud', 'Copilot', 'Møter'])
    expect(f.tools).toEqual(['m365-copilot'])
    expect(f.departmentIds.sort()).toEqual(['d1', 'd2'])
  })

  it('shows a hidden post only to its author and moderators', () => {
    const hidden = { status: 'hidden', author_id: 'author' }
    expect(isVisibleTo(hidden, 'author', false)).toBe(true)
    expect(isVisibleTo(hidden, 'someone', false)).toBe(false)
    expect(isVisibleTo(hidden, 'someone', true)).toBe(true)
    expect(isVisibleTo({ status: 'published', author_id: 'x' }, null, false)).toBe(true)
  })

  it('filters 10 000 posts quickly enough to run on every keystroke', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      post({ id: `p${i}`, title: `Innlegg ${i}`, body: 'tekst '.repeat(50) + i }),
    )
    filterFeed(many, emptyFilters(), 'innlegg') // folds once
    const start = performance.now()
    const found = filterFeed(many, emptyFilters(), 'innlegg 9999')
    expect(found.map((p) => p.id)).toContain('p9999')
    expect(performance.now() - start).toBeLessThan(500)
  })
})
