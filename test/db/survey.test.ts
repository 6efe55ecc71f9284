// @vitest-environment node
/**
 * The mapping survey in PGlite (supabase/migrations/20261208140000_survey.sql); the twin on
 * PostgreSQL 15 is supabase/tests/19_survey.sql. Organisation A has departments of 12, 8, 5, 4 and
 * 3 people (min group 5), organisation B one HR person. Covers RLS for both tables × role × own /
 * other organisation, the server's checks (shape, sizes, forged ids and times, closed rounds),
 * sync_push / sync_pull, and the results: suppression (small groups, remainder), consent for
 * quotes, themes the same as src/domain/survey.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite, Transaction } from '@electric-sql/pglite'
import {
  asAnon,
  createAuthUser,
  createOrg,
  createServerDb,
  PgliteRemote,
  uuid,
} from '../helpers/pglite'
import type { Mutation } from '@/data/remote/types'
import { classifyText, surveyThemeKeywords } from '@/domain/survey'

type Role = 'member' | 'ambassador' | 'hr' | 'admin'
type Actor = Role | 'anon'
type Cell = {
  dimension: string
  key: string
  name: string | null
  people: number
  members: number
} & Record<string, unknown>
interface Results {
  min_group: number
  cells: Cell[]
}

const sizes = { Kundeservice: 12, Salg: 8, Økonomi: 5, HR: 4, IT: 3 }
let db: PGlite
const org = { A: '', B: '' }
const dept: Record<string, string> = {}
/** People by `<department><n>`, n from 1; Kundeservice1 is HR, 2 admin, 3 ambassador. */
const people: Record<string, string> = {}
let hrB = ''
const actorId: Record<Role, string> = { member: '', ambassador: '', hr: '', admin: '' }
/** Round 1 (closed once everyone answered), round 2 (open), B's round (open). */
const round = { one: '', two: '', b: '' }
const remote = (userId: string) => new PgliteRemote({ db, userId })

const answers = (over: Record<string, unknown> = {}) => ({
  v: 1,
  tools: ['chatgpt', 'copilot'],
  tasks: ['email'],
  skills: { 'ai-basics': 2, 'simple-prompts': 3 },
  time_thieves: ['meetings'],
  potentials: ['drafts'],
  barriers: ['time'],
  ...over,
})

async function asUser<T>(userId: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('request.jwt.claims', $1, true)", [
      JSON.stringify({ sub: userId, role: 'authenticated' }),
    ])
    return fn(tx)
  })
}

async function answer(userId: string, survey: string, over: Record<string, unknown> = {}) {
  const row = { answers: answers(), time_thieves_text: '', quote_consent: false, ...over }
  await asUser(userId, (tx) =>
    tx.query(
      `insert into public.survey_responses (id, user_id, survey_id, answers, time_thieves_text, quote_consent)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        uuid(),
        userId,
        survey,
        JSON.stringify(row.answers),
        row.time_thieves_text,
        row.quote_consent,
      ],
    ),
  )
}

async function openRound(userId: string, orgId: string, title: string) {
  const id = uuid()
  await asUser(userId, (tx) =>
    tx.query(
      `insert into public.surveys (id, organisation_id, title, closes_on) values ($1, $2, $3, current_date + 14)`,
      [id, orgId, title],
    ),
  )
  return id
}

const results = async (userId: string, survey: string) =>
  remote(userId).asUser(
    async (tx) =>
      (await tx.query<{ r: Results }>('select public.survey_results($1) as r', [survey])).rows[0]!
        .r,
  )

const cellOf = (r: Results, dimension: string, name: string) =>
  r.cells.find((c) => c.dimension === dimension && (c.name === name || c.key === name))

beforeAll(async () => {
  db = await createServerDb()
  org.A = await createOrg(db, 'Fjord AS')
  org.B = await createOrg(db, 'Annen AS')
  for (const name of Object.keys(sizes)) {
    const { rows } = await db.query<{ id: string }>(
      'insert into public.departments (organisation_id, name) values ($1, $2) returning id',
      [org.A, name],
    )
    dept[name] = rows[0]!.id
  }
  for (const [name, size] of Object.entries(sizes)) {
    for (let k = 1; k <= size; k++) {
      const id = uuid()
      await createAuthUser(db, id)
      const roles =
        name === 'Kundeservice' && k <= 3
          ? ['member', (['hr', 'admin', 'ambassador'] as const)[k - 1]]
          : ['member']
      await db.query(
        'insert into public.memberships (user_id, organisation_id, roles, department_id) values ($1, $2, $3, $4)',
        [id, org.A, roles, dept[name]],
      )
      people[`${name}${k}`] = id
    }
  }
  actorId.hr = people.Kundeservice1!
  actorId.admin = people.Kundeservice2!
  actorId.ambassador = people.Kundeservice3!
  actorId.member = people.Salg1!
  hrB = uuid()
  await createAuthUser(db, hrB)
  await db.query(
    'insert into public.memberships (user_id, organisation_id, roles) values ($1, $2, $3)',
    [hrB, org.B, ['member', 'hr']],
  )

  round.one = await openRound(actorId.hr, org.A, 'Kartlegging høst')
  for (const [key, id] of Object.entries(people)) {
    const over: Record<string, unknown> = {}
    if (key === 'Kundeservice4')
      Object.assign(over, { time_thieves_text: 'Møtene tar all tid', quote_consent: true })
    if (key === 'Kundeservice6')
      Object.assign(over, { time_thieves_text: 'Møtene tar all tid', quote_consent: true })
    if (key === 'Kundeservice5')
      Object.assign(over, { time_thieves_text: 'NOCONSENT e-post hele dagen' })
    if (key === 'IT1')
      Object.assign(over, { time_thieves_text: 'SMALLGROUP quote from IT', quote_consent: true })
    if (key.startsWith('Salg')) Object.assign(over, { answers: answers({ tools: ['gemini'] }) })
    await answer(id, round.one, over)
  }
  await asUser(actorId.hr, (tx) =>
    tx.query(`update public.surveys set status = 'closed' where id = $1`, [round.one]),
  )
  round.two = await openRound(actorId.admin, org.A, 'Kartlegging vår')
  // Round 2: HR (4) does not answer; the rest do → shown 12 + 8 + 5 = 25 of 28, remainder 3.
  for (const [key, id] of Object.entries(people))
    if (!key.startsWith('HR')) await answer(id, round.two)
  round.b = await openRound(hrB, org.B, 'B')
})

afterAll(async () => {
  await db?.close()
})

describe('row-level security', () => {
  const ops = ['select', 'insert', 'update', 'delete'] as const
  const actors: Actor[] = ['anon', 'member', 'ambassador', 'hr', 'admin']

  async function attempt(actor: Actor, body: (tx: Transaction) => Promise<boolean>) {
    let outcome = false
    const run = async (tx: Transaction) => {
      try {
        outcome = await body(tx)
      } catch (error) {
        const code = (error as { code?: string }).code
        if (code !== '42501' && code !== '23505') throw error
        outcome = false
      }
      await tx.rollback()
    }
    if (actor === 'anon') await asAnon(db, run)
    else await remote(actorId[actor]).asUser(run)
    return outcome
  }

  const grid = actors.flatMap((actor) =>
    (['A', 'B'] as const).flatMap((o) => ops.map((op) => ({ actor, o, op }))),
  )

  it.each(grid)('surveys: $actor on org $o: $op', async ({ actor, o, op }) => {
    const target = o === 'A' ? round.two : round.b
    const ok = await attempt(actor, async (tx) => {
      switch (op) {
        case 'select':
          return (
            (await tx.query('select 1 from public.surveys where id = $1', [target])).rows.length ===
            1
          )
        case 'insert':
          // Close the open round first (as the superuser would), so the one-open rule is not what refuses.
          await tx.query(
            `insert into public.surveys (id, organisation_id, title, status, closes_on) values ($1, $2, 'Ny', 'closed', current_date)`,
            [uuid(), org[o]],
          )
          return true
        case 'update':
          return (
            (await tx.query(`update public.surveys set title = 'Endret' where id = $1`, [target]))
              .affectedRows === 1
          )
        case 'delete':
          return (
            (await tx.query('delete from public.surveys where id = $1', [target])).affectedRows ===
            1
          )
      }
    })
    const member = o === 'A' && actor !== 'anon'
    expect(ok).toBe(op === 'select' ? member : member && (actor === 'hr' || actor === 'admin'))
  })

  it.each(grid)(
    "survey_responses: $actor answering org $o's round: $op of their own",
    async ({ actor, o, op }) => {
      const target = o === 'A' ? round.two : round.b
      const ok = await attempt(actor, async (tx) => {
        const me = actor === 'anon' ? null : actorId[actor]
        switch (op) {
          case 'select':
            return (
              (
                await tx.query(
                  'select 1 from public.survey_responses where survey_id = $1 and user_id = $2',
                  [target, me],
                )
              ).rows.length === 1
            )
          case 'insert':
            await tx.query(
              'delete from public.survey_responses where survey_id = $1 and user_id = $2',
              [target, me],
            )
            await tx.query(
              `insert into public.survey_responses (id, survey_id, answers) values ($1, $2, '{"v": 1}')`,
              [uuid(), target],
            )
            return true
          case 'update':
            return (
              (
                await tx.query(
                  `update public.survey_responses set barriers_text = 'x' where survey_id = $1 and user_id = $2`,
                  [target, me],
                )
              ).affectedRows === 1
            )
          case 'delete':
            return (
              (
                await tx.query(
                  'delete from public.survey_responses where survey_id = $1 and user_id = $2',
                  [target, me],
                )
              ).affectedRows === 1
            )
        }
      })
      expect(ok).toBe(o === 'A' && actor !== 'anon')
    },
  )

  it.each(actors)(
    "survey_responses: %s never reads, changes or deletes a colleague's answer",
    async (actor) => {
      const colleague = people.Økonomi1!
      for (const op of ['select', 'update', 'delete'] as const) {
        const ok = await attempt(actor, async (tx) => {
          if (op === 'select')
            return (
              (
                await tx.query('select 1 from public.survey_responses where user_id = $1', [
                  colleague,
                ])
              ).rows.length > 0
            )
          if (op === 'update')
            return (
              (
                await tx.query(
                  `update public.survey_responses set barriers_text = 'x' where user_id = $1`,
                  [colleague],
                )
              ).affectedRows! > 0
            )
          return (
            (await tx.query('delete from public.survey_responses where user_id = $1', [colleague]))
              .affectedRows! > 0
          )
        })
        expect(ok, op).toBe(false)
      }
    },
  )
})

describe('server checks', () => {
  const refused = async (userId: string, sql: string, params: unknown[]) => {
    let code: string | undefined
    await db.transaction(async (tx) => {
      await tx.query("select set_config('request.jwt.claims', $1, true)", [
        JSON.stringify({ sub: userId, role: 'authenticated' }),
      ])
      try {
        await tx.query(sql, params)
      } catch (error) {
        code = (error as { code?: string }).code
      }
      await tx.rollback()
    })
    return code
  }
  const setAnswers = (value: unknown) =>
    refused(
      actorId.member,
      'update public.survey_responses set answers = $1 where survey_id = $2 and user_id = $3',
      [JSON.stringify(value), round.two, actorId.member],
    )

  it('refuses answers of the wrong shape, unknown choices, repeated choices, bad levels and oversize', async () => {
    const bad = [
      [],
      {},
      { v: 2 },
      answers({ tools: ['chatgpt', 'chatgpt'] }),
      answers({ tools: ['netscape'] }),
      answers({ tools: 'chatgpt' }),
      answers({ tools: [1] }),
      answers({ skills: { 'ai-basics': 5 } }),
      answers({ skills: { 'ai-basics': '2' } }),
      answers({ skills: { cooking: 2 } }),
      answers({ extra: 'x'.repeat(5000) }),
      answers({ note: 1 }),
    ]
    for (const value of bad)
      expect(await setAnswers(value), JSON.stringify(value).slice(0, 60)).toBe('23514')
    expect(await setAnswers(answers())).toBeUndefined()
  })

  it('refuses free text over its limit and a title over 120 characters or blank', async () => {
    const field = (f: string, n: number) =>
      refused(
        actorId.member,
        `update public.survey_responses set ${f} = $1 where survey_id = $2 and user_id = $3`,
        ['x'.repeat(n), round.two, actorId.member],
      )
    expect(await field('tools_other', 121)).toBe('23514')
    expect(await field('tools_other', 120)).toBeUndefined()
    for (const f of ['time_thieves_text', 'potentials_text', 'barriers_text']) {
      expect(await field(f, 501), f).toBe('23514')
      expect(await field(f, 500), f).toBeUndefined()
    }
    expect(
      await refused(actorId.hr, 'update public.surveys set title = $1 where id = $2', [
        't'.repeat(121),
        round.two,
      ]),
    ).toBe('23514')
    expect(
      await refused(actorId.hr, 'update public.surveys set title = $1 where id = $2', [
        '   ',
        round.two,
      ]),
    ).toBe('23514')
    expect(
      await refused(actorId.hr, `update public.surveys set closes_on = 'infinity' where id = $1`, [
        round.two,
      ]),
    ).toBe('23514')
  })

  it('a closed round refuses new answers and changes; the person may still delete theirs', async () => {
    const fresh = uuid()
    await createAuthUser(db, fresh)
    await db.query(
      'insert into public.memberships (user_id, organisation_id, roles) values ($1, $2, $3)',
      [fresh, org.A, ['member']],
    )
    expect(
      await refused(fresh, `insert into public.survey_responses (id, survey_id) values ($1, $2)`, [
        uuid(),
        round.one,
      ]),
    ).toBe('42501')
    expect(
      await refused(
        actorId.member,
        `update public.survey_responses set barriers_text = 'sent' where survey_id = $1 and user_id = $2`,
        [round.one, actorId.member],
      ),
    ).toBe('42501')
    expect(
      await refused(
        actorId.member,
        'delete from public.survey_responses where survey_id = $1 and user_id = $2',
        [round.one, actorId.member],
      ),
    ).toBeUndefined()
  })

  it('keeps one open round per organisation', async () => {
    expect(
      await refused(
        actorId.hr,
        `insert into public.surveys (id, organisation_id, title, closes_on) values ($1, $2, 'To', current_date)`,
        [uuid(), org.A],
      ),
    ).toBe('23505')
  })

  it('owns the bookkeeping: forged organisation, author and times are replaced', async () => {
    await asUser(actorId.hr, (tx) =>
      tx.query(
        `update public.surveys set organisation_id = $1, created_by = $2, opened_at = '2001-01-01', questions_version = 1 where id = $3`,
        [org.B, hrB, round.two],
      ),
    )
    const { rows } = await db.query<{
      organisation_id: string
      created_by: string
      opened_at: Date
    }>('select organisation_id, created_by, opened_at from public.surveys where id = $1', [
      round.two,
    ])
    expect(rows[0]).toMatchObject({ organisation_id: org.A, created_by: actorId.admin })
    expect(rows[0]!.opened_at.getFullYear()).toBeGreaterThan(2001)
  })
})

describe('through sync_push and sync_pull', () => {
  const m = (
    table: string,
    row: Record<string, unknown>,
    op: Mutation['op'] = 'upsert',
  ): Mutation => ({ id: uuid(), table, op, row })

  it('an answer pushed with a forged author, organisation or time is refused or stamped; replays change nothing', async () => {
    const me = remote(people.IT2!)
    await db.query('delete from public.survey_responses where user_id = $1 and survey_id = $2', [
      people.IT2,
      round.two,
    ])
    const id = uuid()
    const forgedAuthor = m('survey_responses', {
      id,
      survey_id: round.two,
      user_id: people.IT3,
      answers: answers(),
    })
    expect(await me.push([forgedAuthor])).toEqual([
      { id: forgedAuthor.id, status: 'rejected', reason: 'forbidden_author' },
    ])
    const otherOrg = m('survey_responses', {
      id,
      survey_id: round.two,
      organisation_id: org.B,
      answers: answers(),
    })
    expect(await me.push([otherOrg])).toEqual([
      { id: otherOrg.id, status: 'rejected', reason: 'not_member' },
    ])
    const foreignRound = m('survey_responses', { id, survey_id: round.b, answers: answers() })
    expect(await me.push([foreignRound])).toEqual([
      { id: foreignRound.id, status: 'rejected', reason: 'forbidden' },
    ])
    const big = m('survey_responses', {
      id,
      survey_id: round.two,
      answers: answers(),
      barriers_text: 'b'.repeat(501),
    })
    expect(await me.push([big])).toEqual([
      { id: big.id, status: 'rejected', reason: 'invalid_row' },
    ])
    const good = m('survey_responses', {
      id,
      survey_id: round.two,
      organisation_id: null,
      answers: answers(),
      created_at: '2001-01-01T00:00:00Z',
      updated_at: '2001-01-01T00:00:00Z',
    })
    expect(await me.push([good])).toEqual([{ id: good.id, status: 'applied' }])
    const stored = await db.query<{ organisation_id: string; user_id: string; created_at: Date }>(
      'select organisation_id, user_id, created_at from public.survey_responses where id = $1',
      [id],
    )
    expect(stored.rows[0]).toMatchObject({ organisation_id: org.A, user_id: people.IT2 })
    expect(stored.rows[0]!.created_at.getFullYear()).toBeGreaterThan(2001)
    // Edited while open; then a replay of the first mutation id answers the same and changes nothing.
    const edit = m('survey_responses', {
      id,
      survey_id: round.two,
      answers: answers(),
      barriers_text: 'Edited',
    })
    expect(await me.push([edit])).toEqual([{ id: edit.id, status: 'applied' }])
    expect(await me.push([good])).toEqual([{ id: good.id, status: 'applied' }])
    const after = await db.query<{ barriers_text: string }>(
      'select barriers_text from public.survey_responses where id = $1',
      [id],
    )
    expect(after.rows[0]!.barriers_text).toBe('Edited')
  })

  it("a member's survey push is refused; HR's is stamped by the server", async () => {
    const o = await createOrg(db, 'Push org')
    const member = uuid()
    const hr = uuid()
    for (const [u, roles] of [
      [member, ['member']],
      [hr, ['member', 'hr']],
    ] as const) {
      await createAuthUser(db, u)
      await db.query(
        'insert into public.memberships (user_id, organisation_id, roles) values ($1, $2, $3)',
        [u, o, roles],
      )
    }
    const row = {
      id: uuid(),
      organisation_id: o,
      title: 'Runde',
      status: 'open',
      closes_on: '2026-12-31',
    }
    const byMember = m('surveys', row)
    expect(await remote(member).push([byMember])).toEqual([
      { id: byMember.id, status: 'rejected', reason: 'forbidden' },
    ])
    const byHr = m('surveys', { ...row, created_by: member, opened_at: '2001-01-01T00:00:00Z' })
    expect(await remote(hr).push([byHr])).toEqual([{ id: byHr.id, status: 'applied' }])
    const { rows } = await db.query<{ created_by: string; opened_at: Date }>(
      'select created_by, opened_at from public.surveys where id = $1',
      [row.id],
    )
    expect(rows[0]!.created_by).toBe(hr)
    expect(rows[0]!.opened_at.getFullYear()).toBeGreaterThan(2001)
    // Every member pulls the round; nobody pulls another person's answer.
    const page = await remote(member).pull(null, 1000)
    expect(page.changes.filter((c) => c.table === 'surveys').map((c) => c.row.id)).toContain(row.id)
    const hrPage = await remote(actorId.hr).pull(null, 5000)
    const theirs = hrPage.changes.filter((c) => c.table === 'survey_responses')
    expect(theirs.length).toBeGreaterThan(0)
    expect(theirs.every((c) => c.row.user_id === actorId.hr)).toBe(true)
  })
})

describe('results', () => {
  it('answers HR and admins of the organisation; everyone else gets 42501', async () => {
    expect((await results(actorId.hr, round.one)).cells.length).toBeGreaterThan(0)
    expect((await results(actorId.admin, round.one)).cells.length).toBeGreaterThan(0)
    for (const u of [actorId.member, actorId.ambassador, hrB]) {
      await expect(results(u, round.one)).rejects.toMatchObject({ code: '42501' })
    }
    await expect(results(actorId.hr, uuid())).rejects.toMatchObject({ code: '42501' })
    await expect(
      remote(actorId.hr).asUser((tx) => tx.query('select private.survey_cells($1)', [round.one])),
    ).rejects.toMatchObject({ code: '42501' })
  })

  it('shows departments of at least min group; hides the 4 and the 3', async () => {
    const r = await results(actorId.hr, round.one)
    expect(r.min_group).toBe(5)
    const orgCell = cellOf(r, 'organisation', 'all')!
    expect(orgCell).toMatchObject({ people: 32, members: 32 })
    expect(
      r.cells.filter((c) => c.dimension === 'department').map((c) => [c.name, c.people]),
    ).toEqual([
      ['Kundeservice', 12],
      ['Salg', 8],
      ['Økonomi', 5],
    ])
    expect((orgCell.choices as Record<string, Record<string, number>>).tools).toEqual({
      chatgpt: 24,
      copilot: 24,
      gemini: 8,
    })
    expect((orgCell.skills as Record<string, Record<string, number>>)['ai-basics']).toEqual({
      '2': 32,
    })
  })

  it('hides the next smallest department when the rest would be under min group (remainder rule)', async () => {
    const r = await results(actorId.admin, round.two)
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from public.memberships where organisation_id = $1',
      [org.A],
    )
    expect(cellOf(r, 'organisation', 'all')).toMatchObject({ people: 28, members: rows[0]!.n })
    // 12 + 8 + 5 shown would leave 3 (IT): Økonomi (5) goes too, leaving 8.
    expect(r.cells.filter((c) => c.dimension === 'department').map((c) => c.name)).toEqual([
      'Kundeservice',
      'Salg',
    ])
  })

  it('shows nothing while fewer than min group have answered', async () => {
    const r = await results(hrB, round.b)
    expect(r.cells).toEqual([])
  })

  it('quotes only people who consented, only in a shown department, never who; themes counted', async () => {
    const r = await results(actorId.hr, round.one)
    const text = JSON.stringify(r)
    expect(text).not.toContain('NOCONSENT')
    expect(text).not.toContain('SMALLGROUP')
    for (const id of Object.values(people)) expect(text).not.toContain(id)
    expect(cellOf(r, 'department', 'Kundeservice')!.quotes).toEqual([
      { field: 'time_thieves_text', text: 'Møtene tar all tid' },
    ])
    expect(cellOf(r, 'organisation', 'all')!.quotes).toEqual([])
    const themes = (
      cellOf(r, 'organisation', 'all')!.themes as Record<string, Record<string, number>>
    ).time_thieves_text
    // "Møtene tar all tid" (twice, quoted once) → meetings + time; "NOCONSENT e-post hele dagen" →
    // email; IT's → other.
    expect(themes).toEqual({ meetings: 2, time: 2, email: 1, other: 1 })
  })
})

describe('themes', () => {
  it('uses the same keywords as src/domain/survey', async () => {
    const { rows } = await db.query<{ k: Record<string, string[]> }>(
      'select private.survey_theme_keywords() as k',
    )
    expect(rows[0]!.k).toEqual(surveyThemeKeywords)
  })

  it('classifies like classifyText', async () => {
    const samples = [
      '',
      '  \n ',
      'Møter og E-POST',
      'ØKONOMISYSTEMET er tregt',
      'GDPR-regler',
      'Vi mangler opplæring, og lederen støtter ikke',
      'Hallusinasjoner!',
      'lunsj',
      'Too many meetings, no time',
      'app-tilgang',
      'tidligere',
    ]
    for (const s of samples) {
      const { rows } = await db.query<{ t: string[] }>('select private.survey_themes($1) as t', [s])
      expect([...rows[0]!.t].sort(), s).toEqual([...classifyText(s)].sort())
    }
  })
})
