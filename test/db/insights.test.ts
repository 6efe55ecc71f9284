// @vitest-environment node
/**
 * HR insights and the weekly pulse in PGlite (supabase/migrations/20261208120000_pulse.sql,
 * 20261208120100_insights.sql); the twin on PostgreSQL 15 is supabase/tests/14_insights.sql.
 * An organisation with departments of 12, 8, 5, 4 and 3 people and, in the 12, job roles of 2 and
 * 10; events at fixed dates and "today" fixed at Monday 2026-12-07 through private.insights_at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createAuthUser, createOrg, createServerDb, PgliteRemote, upsert, uuid } from '../helpers/pglite'

type Cell = Record<string, unknown> & { dimension: string; key: string; people: number }
interface Answer {
  min_group: number
  period: { kind: string; from: string; to: string }
  cells: Cell[]
}

const TODAY = '2026-12-07'
const sizes = { Kundeservice: 12, Salg: 8, Økonomi: 5, HR: 4, IT: 3 }
let db: PGlite
let org = ''
let otherOrg = ''
const dept: Record<string, string> = {}
/** People by `<department><n>`, n from 1. */
const people: Record<string, string> = {}
const remote = (userId: string) => new PgliteRemote({ db, userId })

async function member(department: string, roles: string[], jobRole: string | null, createdAt: string, orgId = org) {
  const id = uuid()
  await createAuthUser(db, id)
  await db.transaction(async (tx) => {
    // Historical memberships keep their created_at: the stamping trigger is paused for them.
    await tx.exec('set local session_replication_role = replica')
    await tx.query(
      'insert into public.memberships (user_id, organisation_id, roles, department_id, job_role_id, created_at) values ($1, $2, $3, $4, $5, $6)',
      [id, orgId, roles, department ? dept[department] ?? null : null, jobRole, createdAt],
    )
  })
  return id
}

/** insights() as `userId` with today fixed (the owner calls the private twin with the caller's claims). */
async function insightsAt(userId: string, period: string, today = TODAY): Promise<Answer> {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: userId, role: 'authenticated' })])
    const { rows } = await tx.query<{ r: Answer }>('select private.insights_at($1, $2, $3) as r', [org, period, today])
    return rows[0]!.r
  })
}
async function trendAt(userId: string, period: string, count: number): Promise<Answer[]> {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: userId, role: 'authenticated' })])
    const { rows } = await tx.query<{ r: Answer[] }>('select private.insights_trend_at($1, $2, $3, $4) as r', [org, period, count, TODAY])
    return rows[0]!.r
  })
}
async function previewAt(userId: string, period: string): Promise<Answer | null> {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: userId, role: 'authenticated' })])
    const { rows } = await tx.query<{ r: Answer | null }>('select private.insights_preview_at($1, $2) as r', [period, TODAY])
    return rows[0]!.r
  })
}
/** The public door as the API calls it. */
const viaApi = (userId: string, sql: string, params: unknown[]) =>
  remote(userId).asUser(async (tx) => (await tx.query<{ r: unknown }>(sql, params)).rows[0]!.r)

/** No shown cell under min_group; per dimension, organisation − shown is 0 or ≥ min_group. */
function expectRules(answer: Answer) {
  const total = answer.cells.find((c) => c.dimension === 'organisation')?.people ?? 0
  const byDimension = new Map<string, number>()
  for (const cell of answer.cells) {
    expect(cell.people).toBeGreaterThanOrEqual(answer.min_group)
    if (cell.dimension !== 'organisation') byDimension.set(cell.dimension, (byDimension.get(cell.dimension) ?? 0) + cell.people)
  }
  for (const shown of byDimension.values()) {
    const rest = total - shown
    expect(rest === 0 || rest >= answer.min_group, `remainder ${rest}`).toBe(true)
  }
}
const sizesOf = (answer: Answer, dimension: string) =>
  answer.cells.filter((c) => c.dimension === dimension).map((c) => c.people).sort((a, b) => b - a)
const cellOf = (answer: Answer, dimension: string, key: string) =>
  answer.cells.find((c) => c.dimension === dimension && c.key === key)

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db, 'Fjord AS')
  otherOrg = await createOrg(db, 'Annen AS')
  const roleIds: string[] = []
  for (const name of Object.keys(sizes)) {
    const { rows } = await db.query<{ id: string }>('insert into public.departments (organisation_id, name) values ($1, $2) returning id', [org, name])
    dept[name] = rows[0]!.id
  }
  for (const name of ['Teamleder', 'Kundebehandler']) {
    const { rows } = await db.query<{ id: string }>(
      'insert into public.job_roles (organisation_id, department_id, name) values ($1, $2, $3) returning id',
      [org, dept.Kundeservice, name],
    )
    roleIds.push(rows[0]!.id)
  }
  for (const [name, size] of Object.entries(sizes)) {
    for (let k = 1; k <= size; k++) {
      const roles = name === 'Kundeservice' && k === 1 ? ['member', 'hr'] : name === 'Kundeservice' && k === 2 ? ['member', 'admin'] : name === 'Salg' && k === 1 ? ['member', 'ambassador'] : ['member']
      const jobRole = name === 'Kundeservice' ? roleIds[k <= 2 ? 0 : 1]! : null
      people[`${name}${k}`] = await member(name, roles, jobRole, '2026-01-05T07:00:00Z')
    }
  }
  // Written with triggers off: their membership history from created_at, as a bulk load gets it.
  await db.query('select private.membership_history_fill()')
  // Everyone finishes a lesson on Tuesday 24 Nov and Tuesday 1 Dec; Kundeservice uses a prompt on 2 Dec.
  await db.query(
    `insert into public.progress_events (id, user_id, lesson_id, kind, occurred_at)
     select gen_random_uuid(), u, 'l1', 'completed', t from unnest($1::uuid[]) u,
       unnest(array['2026-12-01T09:00:00Z', '2026-11-24T09:00:00Z']::timestamptz[]) t`,
    [Object.values(people)],
  )
  await db.query(
    `insert into public.prompt_uses (id, user_id, starter_prompt_id, organisation_id, minutes_saved, used_at)
     select gen_random_uuid(), u, 'lp-cs-complaint-reply', $2, 10, '2026-12-02T08:00:00Z' from unnest($1::uuid[]) u`,
    [Object.entries(people).filter(([k]) => k.startsWith('Kundeservice')).map(([, v]) => v), org],
  )
}, 120_000)
afterAll(async () => {
  await db?.close()
})

describe('insights(): who may ask', () => {
  const call = (userId: string) => viaApi(userId, 'select public.insights($1, $2) as r', [org, '30d'])

  it('answers the organisation\'s HR and admin', async () => {
    await expect(call(people.Kundeservice1!)).resolves.toMatchObject({ min_group: 5 })
    await expect(viaApi(people.Kundeservice2!, 'select public.insights_trend($1, $2, 3) as r', [org, 'week'])).resolves.toHaveLength(3)
  })

  it('refuses HR of another organisation, a plain member and an ambassador, with nothing returned', async () => {
    const foreignHr = await member('', ['member', 'hr'], null, '2026-01-05T07:00:00Z', otherOrg)
    for (const who of [foreignHr, people.Salg2!, people.Salg1!])
      await expect(call(who)).rejects.toMatchObject({ code: '42501' })
    await expect(viaApi(people.Salg1!, 'select public.insights_trend($1, $2, 3) as r', [org, '30d'])).rejects.toMatchObject({ code: '42501' })
  })

  it('keeps "today" and the unsuppressed cells out of the API', async () => {
    await expect(viaApi(people.Kundeservice1!, 'select private.insights_at($1, $2, $3) as r', [org, '30d', '2026-01-01'])).rejects.toMatchObject({ code: '42501' })
    await expect(viaApi(people.Kundeservice1!, 'select private.insights_cells($1, $2, $3) as r', [org, '2026-01-01', '2026-01-31'])).rejects.toMatchObject({ code: '42501' })
  })
})

describe('the suppression rules', () => {
  it('uses finished windows in Oslo: last ISO week, 30 days before today, last quarter', async () => {
    expect((await insightsAt(people.Kundeservice1!, 'week')).period).toEqual({ kind: 'week', from: '2026-11-30', to: '2026-12-06' })
    expect((await insightsAt(people.Kundeservice1!, '30d')).period).toEqual({ kind: '30d', from: '2026-11-07', to: '2026-12-06' })
    expect((await insightsAt(people.Kundeservice1!, 'quarter')).period).toEqual({ kind: 'quarter', from: '2026-07-01', to: '2026-09-30' })
  })

  it('shows no cell under min_group in any period, and every remainder is 0 or ≥ min_group', async () => {
    for (const period of ['week', '30d', 'quarter']) expectRules(await insightsAt(people.Kundeservice1!, period))
    const week = await insightsAt(people.Kundeservice1!, 'week')
    expect(sizesOf(week, 'department')).toEqual([12, 8, 5])
    // The job role of 2 is absent, and so is the 10 beside it (12 − 10 = 2 inside Kundeservice).
    expect(sizesOf(week, 'job_role')).toEqual([])
    expect(week.cells[0]).toMatchObject({ dimension: 'organisation', key: 'all', people: 32, active: 32, lessons_completed: 32 })
    expect(cellOf(week, 'department', dept.Kundeservice!)).toMatchObject({ minutes_saved_low: 60, minutes_saved_high: 120, library_uses: 12 })
  })

  it('answers periods before anyone joined with no cells, not an error', async () => {
    const quarters = await trendAt(people.Kundeservice1!, 'quarter', 26)
    expect(quarters).toHaveLength(26)
    expect(quarters[0]!.cells).toEqual([])
    expect(quarters[0]!.period.from).toBe('2020-04-01')
  })

  it('takes a new min_group_size at once', async () => {
    await db.query('update public.organisations set min_group_size = 3 where id = $1', [org])
    expect(sizesOf(await insightsAt(people.Kundeservice1!, 'week'), 'department')).toEqual([12, 8, 5, 4, 3])
    await db.query('update public.organisations set min_group_size = 10 where id = $1', [org])
    const strict = await insightsAt(people.Kundeservice1!, 'week')
    expect(strict.min_group).toBe(10)
    expect(sizesOf(strict, 'department')).toEqual([12])
    expectRules(strict)
    await db.query('update public.organisations set min_group_size = 5 where id = $1', [org])
    await expect(db.query('update public.organisations set min_group_size = 2 where id = $1', [org])).rejects.toMatchObject({ code: '23514' })
  })
})

describe('the privacy preview', () => {
  it('shows a 4-person department as suppressed, and the organisation exactly as HR sees it', async () => {
    const preview = await previewAt(people.HR1!, '30d')
    const hr = await insightsAt(people.Kundeservice1!, '30d')
    expect(preview!.cells).toEqual([hr.cells[0], { dimension: 'department', key: dept.HR, name: 'HR', suppressed: true }])
  })

  it('shows an 8-person department\'s member exactly HR\'s cell of it, and nothing of other departments', async () => {
    const preview = await previewAt(people.Salg5!, 'week')
    expect(preview!.cells).toHaveLength(2)
    expect(preview!.cells[1]).toEqual(cellOf(await insightsAt(people.Kundeservice1!, 'week'), 'department', dept.Salg!))
  })

  it('answers null to a person without an organisation', async () => {
    const loner = uuid()
    await createAuthUser(db, loner)
    expect(await previewAt(loner, 'week')).toBeNull()
  })
})

describe('the pulse', () => {
  it('is read and written only by the person; a forged author is refused', async () => {
    const me = remote(people.Salg2!)
    const row = { id: uuid(), organisation_id: org, week: '2026-11-30', used_ai: true, minutes_band: '15-60', obstacle: 'Hemmelig hinder: sjefen vil ikke', obstacle_theme: 'leadership', satisfaction: 4 }
    expect((await me.push([upsert('pulse_responses', row)]))[0]).toMatchObject({ status: 'applied' })
    const count = (userId: string) => remote(userId).asUser(async (tx) => (await tx.query('select * from public.pulse_responses')).rows.length)
    expect(await count(people.Salg2!)).toBe(1)
    for (const other of [people.Salg3!, people.Kundeservice1!, people.Kundeservice2!]) expect(await count(other)).toBe(0)
    const forged = await remote(people.Salg3!).push([upsert('pulse_responses', { ...row, id: uuid(), user_id: people.Salg2 })])
    expect(forged[0]).toMatchObject({ status: 'rejected', reason: 'forbidden_author' })
    const long = await remote(people.Salg3!).push([upsert('pulse_responses', { id: uuid(), week: '2026-11-30', win: 'x'.repeat(501) })])
    expect(long[0]).toMatchObject({ status: 'rejected' })
  })

  it('reaches HR as counts and themes; words verbatim only when their author shared them', async () => {
    for (let k = 3; k <= 7; k++) {
      const shared = k === 3
      const result = await remote(people[`Kundeservice${k}`]!).push([upsert('pulse_responses', {
        id: uuid(), organisation_id: org, week: '2026-11-30', used_ai: k % 2 === 0, minutes_band: '1-15',
        win: shared ? 'Delte ord: svarmalen sparte meg en time' : `Privat seier ${k}`,
        obstacle: k === 4 ? 'Privat hinder: verktøyet er tregt' : '', obstacle_theme: k === 4 ? 'tools' : null,
        share_words: shared, satisfaction: 3 + (k % 3),
      })])
      expect(result[0]).toMatchObject({ status: 'applied' })
    }
    const week = await insightsAt(people.Kundeservice1!, 'week')
    const text = JSON.stringify(week)
    for (const secret of ['Hemmelig hinder', 'Privat hinder', 'Privat seier']) expect(text).not.toContain(secret)
    expect(week.cells[0]).toMatchObject({
      pulse_responses: 6,
      pulse_quotes: ['Delte ord: svarmalen sparte meg en time'],
      pulse_obstacle_themes: { leadership: 1, tools: 1 },
      pulse_minutes_bands: { '1-15': 5, '15-60': 1 },
    })
    // One respondent in Salg: no average of one person's answer there.
    expect(cellOf(week, 'department', dept.Salg!)).toMatchObject({ pulse_responses: 1, pulse_satisfaction_avg: null, pulse_obstacle_themes: {} })
    expect(cellOf(week, 'department', dept.Kundeservice!)).toMatchObject({ pulse_quotes: [] })
  })
})

describe('community content', () => {
  it('is counted per cell, never who; an anonymous idea only in the organisation\'s cell', async () => {
    const post = uuid()
    await db.transaction(async (tx) => {
      // Historical rows keep their dates: the stamping triggers are paused for them.
      await tx.exec('set local session_replication_role = replica')
      await tx.query(
        `insert into public.community_posts (id, organisation_id, author_id, kind, title, created_at, updated_at)
         values ($1, $2, $3, 'use_case', 'Svarmal', '2026-12-02T09:00:00Z', '2026-12-02T09:00:00Z')`,
        [post, org, people.Salg3],
      )
      await tx.query(
        `insert into public.community_comments (id, organisation_id, post_id, author_id, body, created_at, updated_at)
         values (gen_random_uuid(), $1, $2, $3, 'Takk!', '2026-12-02T10:00:00Z', '2026-12-02T10:00:00Z')`,
        [org, post, people.Økonomi1],
      )
      await tx.query(
        `insert into public.community_reactions (id, organisation_id, post_id, user_id, kind, created_at)
         values (gen_random_uuid(), $1, $2, $3, 'useful', '2026-12-02T11:00:00Z')`,
        [org, post, people.Kundeservice5],
      )
      await tx.query(
        `insert into public.community_replications (id, organisation_id, post_id, user_id, minutes_before, minutes_after, created_at)
         values (gen_random_uuid(), $1, $2, $3, 30, 10, '2026-12-03T08:00:00Z')`,
        [org, post, people.Kundeservice6],
      )
      await tx.query(
        `insert into public.ideas (id, organisation_id, author_id, anonymous, kind, title, status, created_on) values
           (gen_random_uuid(), $1, $2, false, 'idea', 'KI i tilbud', 'planned', '2026-12-03'),
           (gen_random_uuid(), $1, null, true, 'obstacle', 'For lite tid', 'new', '2026-12-04'),
           (gen_random_uuid(), $1, $2, false, 'idea', 'Eldre idé', 'done', '2026-10-01')`,
        [org, people.Salg4],
      )
    })
    const week = await insightsAt(people.Kundeservice1!, 'week')
    expect(week.cells[0]).toMatchObject({ posts: 1, comments: 1, reactions: 1, replications: 1, ideas: 2, ideas_by_status: { new: 1, planned: 1 } })
    expect(cellOf(week, 'department', dept.Salg!)).toMatchObject({ posts: 1, comments: 0, ideas: 1, ideas_by_status: { planned: 1 } })
    expect(cellOf(week, 'department', dept.Kundeservice!)).toMatchObject({ reactions: 1, replications: 1, ideas: 0, ideas_by_status: {} })
  })
})

describe('people join and leave between two periods', () => {
  it('leaves a finished period as it was when someone leaves later (nothing to subtract)', async () => {
    const before = await insightsAt(people.Kundeservice1!, 'week')
    await db.query('delete from public.memberships where user_id = $1', [people.Salg8])
    expect((await insightsAt(people.Kundeservice1!, 'week')).cells).toEqual(before.cells)
    expect(await previewAt(people.Salg8!, 'week')).toBeNull()
  })

  it('keeps the rules in both weeks: the joiner only in the later one, the leavers only in the earlier', async () => {
    await db.query('delete from public.memberships where user_id = any ($1)', [[people.IT1, people.IT2]])
    // They left on Monday 30 November (the clock cannot be set, so their history is).
    await db.query("update private.membership_history set valid_to = '2026-11-30T11:00:00Z' where user_id = any ($1)", [[people.IT1, people.IT2]])
    await member('HR', ['member'], null, '2026-12-02T11:00:00Z')
    await db.query('select private.membership_history_fill()')
    const [before, last] = await trendAt(people.Kundeservice1!, 'week', 2)
    for (const answer of [before!, last!]) expectRules(answer)
    expect(before!.period.from).toBe('2026-11-23')
    expect([sizesOf(before!, 'organisation'), sizesOf(last!, 'organisation')]).toEqual([[32], [31]])
    expect(sizesOf(before!, 'department')).toEqual([12, 8, 5])
    // HR grew to 5, but 31 − (12 + 8 + 5 + 5) = 1: one of the fives is hidden too.
    expect(sizesOf(last!, 'department')).toEqual([12, 8, 5])
  })
})
