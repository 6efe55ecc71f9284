import { beforeEach, describe, expect, it } from 'vitest'
import { db, type ProgressEventRow } from '@/data/db'
import { listCompletedLessons, readGrowthData } from '@/data/repos/growth.repo'
import { deleteMyData, exportFileName, exportMyData } from '@/data/repos/mydata.repo'
import { setPref } from '@/data/repos/prefs.repo'
import { saveProfile } from '@/data/repos/profile.repo'
import { saveWithOutbox } from '@/data/repos/outbox'

// Wednesday 26 November 2025, midday in Oslo. ISO weeks start on Mondays: 24 Nov, 17 Nov, 10 Nov …
const now = new Date('2025-11-26T11:00:00Z')
const timeZone = 'Europe/Oslo'

function event(
  kind: string,
  lesson: string,
  at: string,
  extra: Partial<ProgressEventRow> = {},
): ProgressEventRow {
  return { id: crypto.randomUUID(), lesson_id: lesson, kind, occurred_at: at, ...extra }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('readGrowthData', () => {
  it('reads every source once and reports whether there is any activity', async () => {
    // An empty device: nothing to chart, so not even the week window is worked out.
    expect(await readGrowthData({ now, weeks: 2, timeZone })).toMatchObject({
      hasActivity: false,
      weeks: [],
      minutes: [],
    })
    await db.progress_events.bulkAdd([
      event('completed', 'l1', '2025-11-25T09:00:00Z'),
      event('flaw_done', 'fl-a', '2025-11-25T10:00:00Z', {
        data: { flaw_id: 'fl-a', hits: 2, misses: 1, false_alarms: 0 },
      }),
    ])
    await db.challenge_attempts.add({
      id: 'a1',
      challenge_id: 'ch-x',
      prompt: 'p',
      output: 'o',
      checklist: {},
      self_score: 3,
      minutes_saved: 25,
      submitted_for_review: false,
      created_at: '2025-11-18T10:00:00Z',
    })
    await db.prompt_uses.add({
      id: 'u1',
      prompt_id: 'p1',
      organisation_id: 'o1',
      minutes_saved: 10,
      used_at: '2025-11-26T08:00:00Z',
    })
    const data = await readGrowthData({ now, weeks: 2, timeZone })
    expect(data.hasActivity).toBe(true)
    expect(data.weeks).toEqual([
      { week: '2025-11-17', lessons: 0, challenges: 1 },
      { week: '2025-11-24', lessons: 1, challenges: 1 },
    ])
    expect(data.minutes.map((p) => p.total)).toEqual([25, 35])
    expect(data.learnedDays).toEqual(['2025-11-18', '2025-11-25'])
    expect(data.flaws).toEqual([{ flaw_id: 'fl-a', hits: 2, misses: 1, false_alarms: 0 }])
    expect(data.challenges).toEqual([{ challenge_id: 'ch-x', self_score: 3 }])
    expect(await listCompletedLessons()).toEqual([
      { lesson_id: 'l1', completed_at: '2025-11-25T09:00:00Z' },
    ])
  })
})

describe('my data', () => {
  async function seed() {
    await setPref('theme', 'dark')
    await saveProfile({ displayName: 'Kari', language: 'nb' })
    await saveWithOutbox(
      db.progress_events,
      event('completed', 'data-rules', '2025-11-25T09:00:00Z'),
    )
    await db.organisations.add({ id: 'o1', name: 'Firma AS', min_group_size: 5, created_at: 'x' })
  }

  it('exports every personal table, the profile, prefs and the outbox, not organisation data', async () => {
    await seed()
    const data = await exportMyData(now)
    expect(data.format).toBe('loft-my-data')
    expect(data.exported_at).toBe(now.toISOString())
    expect(data.prefs).toEqual({ theme: 'dark' })
    expect(data.tables.profiles).toEqual([expect.objectContaining({ display_name: 'Kari' })])
    expect(data.tables.progress_events).toEqual([
      expect.objectContaining({ lesson_id: 'data-rules' }),
    ])
    expect(data.tables).toHaveProperty('quiz_answers', [])
    expect(data.tables).not.toHaveProperty('organisations')
    expect(data.tables).not.toHaveProperty('prefs')
    expect(data.outbox.map((e) => e.table)).toEqual(['profiles', 'progress_events'])
    // Round-trips through JSON unchanged.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
  })

  it('names the file with the local date', () => {
    expect(exportFileName(new Date(2025, 0, 5, 12), 'loft-mine-data')).toBe(
      'loft-mine-data-2025-01-05.json',
    )
  })

  it('deletes in local mode: rows and their unsent changes go, prefs and organisation data stay', async () => {
    await seed()
    const result = await deleteMyData({ queueServerDeletes: false })
    expect(result.queuedForServer).toBe(0)
    expect(result.deleted.progress_events).toBe(1)
    expect(await db.progress_events.count()).toBe(0)
    expect(await db.profiles.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.prefs.get('theme')).toEqual({ key: 'theme', value: 'dark' })
    expect(await db.organisations.count()).toBe(1)
  })

  it('signed in: queues one server delete per personal row, instead of the unsent upserts', async () => {
    await seed()
    await db.quiz_answers.add({
      id: 'q1',
      lesson_id: 'data-rules',
      question_id: 'q',
      choice_id: 'c',
      correct: true,
      answered_at: '2025-11-25T09:00:00Z',
    })
    const result = await deleteMyData({ queueServerDeletes: true })
    expect(result.queuedForServer).toBe(3)
    const outbox = await db.outbox.orderBy('seq').toArray()
    expect(outbox.map((e) => [e.table, e.op])).toEqual(
      expect.arrayContaining([
        ['profiles', 'delete'],
        ['progress_events', 'delete'],
        ['quiz_answers', 'delete'],
      ]),
    )
    expect(outbox.every((e) => e.op === 'delete' && Object.keys(e.row).join() === 'id')).toBe(true)
    expect(await db.quiz_answers.count()).toBe(0)
  })
})
