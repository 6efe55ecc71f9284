// @vitest-environment node
/**
 * The demo company (scripts/demo/company.ts): the same seed makes the same rows; the rows pass every
 * CHECK, foreign key and trigger of the real schema; and what its people see comes through the real
 * sync_pull under RLS.
 */
import { createHash } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { content, generateCompany, DEMO_ORGANISATION_ID } from '../../scripts/demo/content'
import type { CompanyRows, Row } from '../../scripts/demo/company'
import { insertCompany, assertDevelopmentUse } from '../../scripts/demo/backend.mjs'
import { createServerDb, PgliteRemote } from '../helpers/pglite'
import { demoPersonas } from '@/features/auth/demoPersonas'

const until = '2026-12-01'
const hash = (tables: CompanyRows) => createHash('sha256').update(JSON.stringify(tables)).digest('hex')
const rowsOf = (tables: CompanyRows, name: string): Row[] => tables.find(([t]) => t === name)![1]

describe('the demo company generator', () => {
  const company = generateCompany(content, { seed: 2026, until })

  it('is deterministic: the same seed and date give the same rows, another seed others', () => {
    expect(hash(generateCompany(content, { seed: 2026, until }))).toBe(hash(company))
    expect(hash(generateCompany(content, { seed: 7, until }))).not.toBe(hash(company))
  })

  it('has 140 people in 6 departments, the smallest of 5, 4 and 3 people, and the four personas', () => {
    const memberships = rowsOf(company, 'public.memberships')
    expect(memberships).toHaveLength(140)
    const sizes = new Map<unknown, number>()
    for (const m of memberships) sizes.set(m.department_id, (sizes.get(m.department_id) ?? 0) + 1)
    expect([...sizes.values()].sort((a, b) => a - b).slice(0, 3)).toEqual([3, 4, 5])
    expect(sizes.size).toBe(6)
    const emails = rowsOf(company, 'auth.users').map((u) => u.email)
    for (const persona of Object.values(demoPersonas)) expect(emails).toContain(persona.email)
    const roles = memberships.flatMap((m) => m.roles as string[])
    expect(roles.filter((r) => r === 'hr')).toHaveLength(1)
    expect(roles.filter((r) => r === 'admin')).toHaveLength(1)
    expect(roles.filter((r) => r === 'ambassador').length).toBeGreaterThanOrEqual(2)
  })

  it('draws a believable year: the pilot starts first, July is quiet, a few power users do most', () => {
    const events = rowsOf(company, 'public.progress_events').filter((e) => e.kind === 'completed')
    const departmentOf = new Map(rowsOf(company, 'public.memberships').map((m) => [m.user_id, m.department_id]))
    const names = new Map(rowsOf(company, 'public.departments').map((d) => [d.id, d.name]))
    const first = events.reduce((a, b) => (a.occurred_at! < b.occurred_at! ? a : b))
    expect(names.get(departmentOf.get(first.user_id))).toBe('Kundeservice')
    const inMonth = (m: number) => events.filter((e) => new Date(e.occurred_at as string).getUTCMonth() === m).length
    expect(inMonth(6)).toBeLessThan(inMonth(9) / 4) // fellesferie vs. October
    const perPerson = [...events.reduce((n, e) => n.set(e.user_id, (n.get(e.user_id) ?? 0) + 1), new Map()).values()]
    expect(Math.max(...perPerson)).toBeGreaterThanOrEqual(13) // someone finished every lesson
    expect(perPerson.length).toBeLessThan(140) // and some never started
  })

  it('has a year of weekly pulse answers: Mondays, one per person and week, shared words in both languages', () => {
    const pulse = rowsOf(company, 'public.pulse_responses')
    expect(pulse.length).toBeGreaterThan(140 * 52 * 0.3)
    expect(pulse.every((p) => new Date(`${p.week as string}T00:00:00Z`).getUTCDay() === 1)).toBe(true)
    expect(new Set(pulse.map((p) => `${p.user_id as string}:${p.week as string}`)).size).toBe(pulse.length)
    const shared = pulse.filter((p) => p.share_words)
    expect(shared.some((p) => /[æøå]/.test(`${p.win as string}${p.obstacle as string}`))).toBe(true)
    expect(shared.some((p) => /\b(the|was|to)\b/.test(`${p.win as string}${p.obstacle as string}`))).toBe(true)
    expect(pulse.some((p) => p.skipped)).toBe(true)
    expect(pulse.every((p) => (p.week as string) <= until)).toBe(true)
    // And spot-the-flaw results, so HR's accuracy has something to count.
    const flaws = rowsOf(company, 'public.progress_events').filter((e) => e.kind === 'flaw_done')
    expect(new Set(flaws.map((e) => e.user_id)).size).toBeGreaterThan(20)
  })
})

describe("the demo company's HR programme", () => {
  const company = generateCompany(content, { seed: 2026, until })

  it('started on a Monday with the pilot department, the first four steps done, an ROI in NOK', () => {
    const [programme] = rowsOf(company, 'public.hr_programmes')
    expect(programme!.id).toBe(DEMO_ORGANISATION_ID)
    expect(new Date(`${programme!.start_date as string}T00:00:00Z`).getUTCDay()).toBe(1)
    const names = new Map(rowsOf(company, 'public.departments').map((d) => [d.id, d.name]))
    expect((programme!.pilot_department_ids as string[]).map((id) => names.get(id))).toEqual(['Kundeservice'])
    expect((programme!.steps as { status: string }[]).map((s) => s.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'in_progress',
    ])
    const [roi] = rowsOf(company, 'public.roi_models')
    expect(roi).toMatchObject({ currency: 'NOK', inputs: { people: '140' } })
  })

  it('has two closed survey rounds most people answered and an open one the employee persona has not', () => {
    const rounds = rowsOf(company, 'public.surveys')
    expect(rounds.map((r) => r.status)).toEqual(['closed', 'closed', 'open'])
    const answers = rowsOf(company, 'public.survey_responses')
    const count = (id: unknown) => answers.filter((a) => a.survey_id === id).length
    expect(count(rounds[0]!.id)).toBeGreaterThan(100)
    expect(count(rounds[1]!.id)).toBeGreaterThan(90)
    expect(count(rounds[2]!.id)).toBeGreaterThan(20)
    const employee = rowsOf(company, 'auth.users').find((u) => u.email === demoPersonas.employee.email)
    expect(employee).toBeDefined()
    expect(answers.some((a) => a.survey_id === rounds[2]!.id && a.user_id === employee!.id)).toBe(false)
    expect(answers.some((a) => a.quote_consent && a.barriers_text !== '')).toBe(true)
  })
})

describe("the demo company's community", () => {
  const company = generateCompany(content, { seed: 2026, until })
  const posts = rowsOf(company, 'public.community_posts')
  const comments = rowsOf(company, 'public.community_comments')
  const reactions = rowsOf(company, 'public.community_reactions')
  const replications = rowsOf(company, 'public.community_replications')
  const reports = rowsOf(company, 'public.community_reports')
  const memberships = rowsOf(company, 'public.memberships')

  it('has a year of posts of all four kinds, more in the pilot department, in both languages', () => {
    // About one post per two to three people a quarter: 140 people, four quarters.
    expect(posts.length).toBeGreaterThan(140 * 4 * 0.2)
    expect(posts.length).toBeLessThan(140 * 4 * 0.6)
    expect(new Set(posts.map((p) => p.kind))).toEqual(
      new Set(['use_case', 'success_story', 'show_and_tell', 'question']),
    )
    const names = new Map(rowsOf(company, 'public.departments').map((d) => [d.id, d.name]))
    const perPerson = (name: string) =>
      posts.filter((p) => names.get(p.department_id) === name).length /
      memberships.filter((m) => names.get(m.department_id) === name).length
    expect(perPerson('Kundeservice')).toBeGreaterThan(perPerson('Produksjon') * 1.4)
    expect(posts.some((p) => /[æøå]/.test(p.title as string))).toBe(true)
    const english = new Set(
      rowsOf(company, 'public.profiles')
        .filter((p) => p.language === 'en')
        .map((p) => p.id),
    )
    const inEnglish = posts.filter((p) => english.has(p.author_id))
    expect(inEnglish.length).toBeGreaterThan(0)
    expect(inEnglish.every((p) => !/\b(jeg|ikke|og)\b/.test(`${p.title as string}${p.body as string}`))).toBe(true)
    const times = posts.map((p) => p.created_at as string)
    expect(times.every((t) => t < `${until}T00:00:00.000Z`)).toBe(true)
    expect(new Set(times.map((t) => t.slice(0, 7))).size).toBeGreaterThanOrEqual(11)
    // Prompts hold placeholders, never an e-mail address or a phone number.
    expect(posts.every((p) => !/@|\b\d{8}\b/.test((p.prompt_text as string | null) ?? ''))).toBe(
      true,
    )
    const personas = rowsOf(company, 'auth.users').filter(
      (u) => u.email === demoPersonas.employee.email || u.email === demoPersonas.ambassador.email,
    )
    for (const persona of personas) expect(posts.some((p) => p.author_id === persona.id)).toBe(true)
  })

  it('has no orphan rows: every comment, reaction, replication and report points at a post and a person', () => {
    const postIds = new Set(posts.map((p) => p.id))
    const people = new Set(memberships.map((m) => m.user_id))
    expect(posts.every((p) => people.has(p.author_id))).toBe(true)
    expect(comments.every((c) => postIds.has(c.post_id) && people.has(c.author_id))).toBe(true)
    expect(reactions.every((r) => postIds.has(r.post_id) && people.has(r.user_id))).toBe(true)
    expect(replications.every((r) => postIds.has(r.post_id) && people.has(r.user_id))).toBe(true)
    expect(reports.every((r) => postIds.has(r.target_id) && people.has(r.reporter_id))).toBe(true)
    const key = (...parts: unknown[]) => parts.join(':')
    expect(new Set(reactions.map((r) => key(r.post_id, r.user_id, r.kind))).size).toBe(
      reactions.length,
    )
    expect(new Set(replications.map((r) => key(r.post_id, r.user_id))).size).toBe(
      replications.length,
    )
    const authorOf = new Map(posts.map((p) => [p.id, p.author_id]))
    expect(replications.every((r) => authorOf.get(r.post_id) !== r.user_id)).toBe(true)
    const createdOf = new Map(posts.map((p) => [p.id, p.created_at as string]))
    for (const row of [...comments, ...reactions, ...replications]) {
      expect((row.created_at as string) >= createdOf.get(row.post_id)!).toBe(true)
    }
  })

  it('keeps the aggregates of each post consistent with its rows', () => {
    for (const p of posts) {
      const mine = <T extends Row>(rows: T[]) => rows.filter((r) => r.post_id === p.id)
      const counts = { useful: 0, tried: 0, thanks: 0 }
      for (const r of mine(reactions)) counts[r.kind as keyof typeof counts]++
      expect(p.reaction_counts).toEqual(counts)
      expect(p.comment_count).toBe(mine(comments).filter((c) => c.status === 'published').length)
      const saved = mine(replications)
        .map((r) => (r.minutes_before as number) - (r.minutes_after as number))
        .sort((a, b) => a - b)
      expect(p.replication_count).toBe(saved.length)
      if (saved.length === 0) expect(p.replication_median_saved).toBeNull()
      else
        expect(
          Math.abs(
            (p.replication_median_saved as number) -
              (saved[(saved.length - 1) >> 1]! + saved[saved.length >> 1]!) / 2,
          ),
        ).toBeLessThanOrEqual(0.5)
    }
    expect(reactions.length).toBeGreaterThan(posts.length * 2)
    expect(replications.length).toBeGreaterThan(posts.length * 0.2)
  })

  it('has one hidden post with its reason, its comments hidden with it, and a couple of reports', () => {
    const hidden = posts.filter((p) => p.status === 'hidden')
    expect(hidden).toHaveLength(1)
    const ambassador = rowsOf(company, 'auth.users').find(
      (u) => u.email === demoPersonas.ambassador.email,
    )!
    expect(hidden[0]).toMatchObject({
      moderated_by: ambassador.id,
      moderation_reason: expect.stringMatching(/kunde/),
    })
    expect(
      comments.filter((c) => c.post_status === 'hidden').every((c) => c.post_id === hidden[0]!.id),
    ).toBe(true)
    expect(
      comments.filter((c) => c.post_id === hidden[0]!.id).every((c) => c.post_status === 'hidden'),
    ).toBe(true)
    expect(reports.length).toBeGreaterThanOrEqual(2)
    expect(reports.some((r) => r.target_id === hidden[0]!.id && r.resolution === 'hidden')).toBe(
      true,
    )
    expect(reports.some((r) => r.resolution === null && r.resolved_at === null)).toBe(true)
  })
})

describe('the demo company in the real schema', () => {
  const company = generateCompany(content, { seed: 2026, until })
  const open: PGlite[] = []
  const freshDb = async () => {
    const db = await createServerDb({ seed: true })
    open.push(db)
    return db
  }
  afterAll(async () => Promise.all(open.map((db) => db.close())))

  it('passes every CHECK, foreign key and trigger (inserted with all of them on)', async () => {
    const db = await freshDb()
    // The server writes prompt history itself on insert: leave the generator's history out here.
    const tables = company.filter(([t]) => t !== 'public.prompt_revisions')
    await insertCompany(db, tables, { replica: false })
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.memberships where organisation_id = $1', [DEMO_ORGANISATION_ID])
    expect(rows[0]!.n).toBe(140)
    // The community's triggers recomputed every post's figures and comment's post status from
    // the rows: the generator's own values are the same.
    const stored = await db.query<Row>(
      'select id, reaction_counts, comment_count, replication_count, replication_median_saved from public.community_posts order by id',
    )
    const made = rowsOf(company, 'public.community_posts')
      .map((p) => ({
        id: p.id,
        reaction_counts: p.reaction_counts,
        comment_count: p.comment_count,
        replication_count: p.replication_count,
        replication_median_saved: p.replication_median_saved,
      }))
      .sort((a, b) => ((a.id as string) < (b.id as string) ? -1 : 1))
    expect(stored.rows).toEqual(made)
    const hiddenComments = await db.query<{ n: number }>(
      "select count(*)::int as n from public.community_comments where post_status = 'hidden'",
    )
    expect(hiddenComments.rows[0]!.n).toBe(
      rowsOf(company, 'public.community_comments').filter((c) => c.post_status === 'hidden').length,
    )
    // With every trigger on, the HR summary and membership history are kept as they go: the same
    // as a rebuild from the rows.
    const summary = `select user_id, day, events, lessons, challenges, reviews, uses, minutes from private.insights_activity
      where events <> 0 order by user_id, day`
    const kept = (await db.query(summary)).rows
    await db.query('select private.insights_rebuild()')
    expect((await db.query(summary)).rows).toEqual(kept)
    expect(kept.length).toBeGreaterThan(1000)
  }, 120_000)

  it("its people see their own rows and their organisation's through sync_pull, nothing of others", async () => {
    const db = await freshDb()
    await insertCompany(db, company)
    const users = rowsOf(company, 'auth.users')
    const idOf = (email: string) => users.find((u) => u.email === email)!.id as string
    const pullAll = async (userId: string) => {
      const remote = new PgliteRemote({ db, userId })
      const changes: { table: string; row: Record<string, unknown> }[] = []
      let cursor = null
      for (let page = 0; page < 200; page++) {
        const answer = await remote.pull(cursor, 500)
        changes.push(...(answer.changes as typeof changes))
        cursor = answer.cursor
        if (!answer.hasMore) break
      }
      return changes
    }
    const employee = idOf(demoPersonas.employee.email)
    const seen = await pullAll(employee)
    const own = (table: string) => seen.filter((c) => c.table === table)
    expect(own('progress_events').length).toBeGreaterThan(50)
    expect(own('progress_events').every((c) => c.row.user_id === employee)).toBe(true)
    expect(own('prompts').every((c) => c.row.status === 'approved' || c.row.author_id === employee)).toBe(true)
    expect(own('memberships').length).toBeGreaterThan(0)
    // Nothing of the seed's other organisation.
    expect(seen.some((c) => c.row.organisation_id === '10000000-0000-4000-a000-000000000001')).toBe(false)

    // HR sees no one's personal rows; the ambassador sees colleagues' attempts shared for review.
    const hr = idOf(demoPersonas.hr.email)
    const hrSees = await pullAll(hr)
    expect(hrSees.filter((c) => c.table === 'progress_events' && c.row.user_id !== hr)).toEqual([])
    const ambassador = idOf(demoPersonas.ambassador.email)
    const shared = (await pullAll(ambassador)).filter((c) => c.table === 'challenge_attempts' && c.row.user_id !== ambassador)
    expect(shared.length).toBeGreaterThan(0)
    expect(shared.every((c) => c.row.submitted_for_review === true)).toBe(true)

    // The community: the employee reads every published post but not the hidden one, and only
    // their own reactions; HR reads no one's reactions or replications.
    const posts = rowsOf(company, 'public.community_posts')
    const hidden = posts.find((p) => p.status === 'hidden')!
    const feed = own('community_posts').map((c) => c.row.id)
    expect(feed.length).toBe(
      posts.filter((p) => p.status === 'published' || p.author_id === employee).length,
    )
    expect(feed).not.toContain(hidden.id)
    expect(own('community_reactions').every((c) => c.row.user_id === employee)).toBe(true)
    expect(own('community_reports').every((c) => c.row.reporter_id === employee)).toBe(true)
    expect(
      hrSees.filter(
        (c) =>
          (c.table === 'community_reactions' || c.table === 'community_replications') &&
          c.row.user_id !== hr,
      ),
    ).toEqual([])

    // HR's monthly report: the two consented success stories (the employee's by name) are offered,
    // and the one HR picked is among them.
    const stories = (await new PgliteRemote({ db, userId: hr }).rpc('success_stories', {
      p_organisation_id: DEMO_ORGANISATION_ID,
    })) as { id: string; author_name: string | null }[]
    const consented = posts.filter((p) => p.story_consent && p.status === 'published')
    expect(consented).toHaveLength(2)
    expect(stories.map((s) => s.id).sort()).toEqual(consented.map((p) => p.id).sort())
    const picked = own('report_story_picks')[0] ?? hrSees.find((c) => c.table === 'report_story_picks')
    expect(stories.map((s) => s.id)).toContain(picked!.row.post_id)
  }, 180_000)
})

describe('the demo backend', () => {
  it('refuses production mode and any address but loopback', () => {
    expect(() => assertDevelopmentUse({ env: { NODE_ENV: 'production' } })).toThrow(/NODE_ENV=production/)
    expect(() => assertDevelopmentUse({ host: '0.0.0.0', env: {} })).toThrow(/loopback/)
    expect(() => assertDevelopmentUse({ host: '192.168.1.10', env: {} })).toThrow(/loopback/)
    expect(() => assertDevelopmentUse({ host: '127.0.0.1', env: { NODE_ENV: 'development' } })).not.toThrow()
  })

  it('as a command, stops at once with the reason instead of starting', () => {
    const run = (env: Record<string, string>, args: string[]) =>
      spawnSync(process.execPath, ['scripts/demo/backend.mjs', '--memory', '--port', '0', ...args], {
        env: { ...process.env, ...env },
        encoding: 'utf8',
        timeout: 30_000,
      })
    const production = run({ NODE_ENV: 'production' }, [])
    expect(production.status).toBe(1)
    expect(production.stderr).toContain('does not run with NODE_ENV=production')
    const exposed = run({ NODE_ENV: 'development' }, ['--host', '0.0.0.0'])
    expect(exposed.status).toBe(1)
    expect(exposed.stderr).toContain('loopback address only')
  })
})
