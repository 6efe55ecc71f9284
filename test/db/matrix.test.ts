// @vitest-environment node
/**
 * The skills matrix in PGlite (20261208150000_skills_matrix.sql): the SQL objective estimate
 * gives what src/domain/learning/competenceEstimate.ts gives on the same rows (quizzes answered
 * again, spot-the-flaw results, self-scored and reviewed challenges), per person and competency
 * and in the matrix's distribution; who may ask; target levels and the story consent through
 * sync_push as devices send them. The full role × organisation grid: supabase/tests/19_skills_matrix.sql.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { createMember, createOrg, createServerDb, upsert, uuid } from '../helpers/pglite'
import type { PgliteRemote } from '@/data/remote/pglite'
import { everything } from '@/content/everything'
import { competencyIds, type AssessmentLevel, type CompetencyId } from '@/domain/competence'
import {
  estimateProfile,
  type ChallengeResult,
  type FlawResult,
} from '@/domain/learning/competenceEstimate'
import type { QuizAnswer } from '@/domain/learning/progress'
import { isMatrixAnswer, type MatrixAnswer } from '@/domain/matrix'

let db: PGlite
let org = ''
let role = ''
const people: PgliteRemote[] = []
let hr: PgliteRemote
let ambassador: PgliteRemote
let other: PgliteRemote

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Person {
  answers: QuizAnswer[]
  challenges: ChallengeResult[]
  flaws: FlawResult[]
}
const evidence = new Map<string, Person>()

async function seedPerson(userId: string, rnd: () => number) {
  const person: Person = { answers: [], challenges: [], flaws: [] }
  let minute = 0
  const at = () => new Date(Date.UTC(2026, 10, 1, 8, minute++)).toISOString()
  for (const lesson of everything.lessons) {
    if (rnd() < 0.4) continue
    for (const q of lesson.quiz) {
      if (rnd() < 0.3) continue
      // Sometimes answered twice: the later answer counts.
      for (let k = rnd() < 0.3 ? 2 : 1; k > 0; k--) {
        const answer = {
          lesson_id: lesson.id,
          question_id: q.id,
          correct: rnd() < 0.6,
          answered_at: at(),
        }
        person.answers.push(answer as QuizAnswer)
        await db.query(
          `insert into public.quiz_answers (id, user_id, lesson_id, question_id, choice_id, correct, answered_at)
           values ($1, $2, $3, $4, 'a', $5, $6)`,
          [
            uuid(),
            userId,
            answer.lesson_id,
            answer.question_id,
            answer.correct,
            answer.answered_at,
          ],
        )
      }
    }
  }
  for (const flaw of everything.flaws) {
    if (rnd() < 0.6) continue
    const total = flaw.sentences.length
    const misses = Math.floor(rnd() * 3)
    const falseAlarms = Math.floor(rnd() * 3)
    person.flaws.push({
      competency: flaw.competency,
      accuracy: Math.max(0, total - misses - falseAlarms) / total,
    })
    await db.query(
      `insert into public.progress_events (id, user_id, lesson_id, kind, data) values ($1, $2, $3, 'flaw_done', $4)`,
      [
        uuid(),
        userId,
        flaw.id,
        JSON.stringify({ flaw_id: flaw.id, hits: 1, misses, false_alarms: falseAlarms }),
      ],
    )
  }
  for (const challenge of everything.challenges) {
    if (rnd() < 0.6) continue
    const self = 1 + Math.floor(rnd() * 4)
    const attemptId = uuid()
    await db.query(
      `insert into public.challenge_attempts (id, user_id, organisation_id, challenge_id, self_score, submitted_for_review)
       values ($1, $2, $3, $4, $5, true)`,
      [attemptId, userId, org, challenge.id, self],
    )
    const result: ChallengeResult = {
      competency: challenge.competency,
      selfScore: self as AssessmentLevel,
    }
    if (rnd() < 0.5) {
      // Two reviews: the newer one counts.
      const scores = [1 + Math.floor(rnd() * 4), 1 + Math.floor(rnd() * 4)]
      for (const [i, score] of scores.entries()) {
        const reviewId = uuid()
        await db.query(
          `insert into public.attempt_reviews (id, attempt_id, organisation_id, reviewer_id, learner_id, rubric, score, created_at)
           values ($1, $2, $3, null, $4, $5, $6, $7)`,
          [
            reviewId,
            attemptId,
            org,
            userId,
            JSON.stringify({
              critical_evaluation: 2,
              data_safety: 2,
              prompt_quality: 2,
              usefulness: 2,
            }),
            score,
            new Date(Date.UTC(2026, 10, 20 + i)).toISOString(),
          ],
        )
        // The insert trigger stamps now(); two inserts within one of PGlite's clock ticks would tie,
        // and which is "newer" would be chance. Give each its day, as the rows' order says.
        await db.query('update public.attempt_reviews set created_at = $2 where id = $1', [
          reviewId,
          new Date(Date.UTC(2026, 10, 20 + i)).toISOString(),
        ])
      }
      result.ambassadorScore = scores[1] as AssessmentLevel
    }
    person.challenges.push(result)
  }
  evidence.set(userId, person)
}

beforeAll(async () => {
  db = await createServerDb()
  org = await createOrg(db, 'Fjord AS')
  role = uuid()
  await db.query(
    `insert into public.job_roles (id, organisation_id, name) values ($1, $2, 'Rådgiver')`,
    [role, org],
  )
  hr = await createMember(db, org, ['member', 'hr'])
  ambassador = await createMember(db, org, ['member', 'ambassador'])
  for (let i = 0; i < 6; i++) people.push(await createMember(db, org))
  await db.query('update public.memberships set job_role_id = $1 where organisation_id = $2', [
    role,
    org,
  ])
  // The attempt_reviews trigger names the caller as reviewer; as the superuser it keeps ours.
  const rnd = random(18)
  for (const p of [hr, ambassador, ...people]) await seedPerson(p.userId, rnd)
  other = await createMember(db, await createOrg(db, 'Annen AS'), ['hr'])
}, 120_000)

describe('the objective estimate in SQL', () => {
  it('is the TypeScript estimate, per person and competency', async () => {
    const ids = [hr, ambassador, ...people].map((p) => p.userId)
    const { rows } = await db.query<{
      user_id: string
      competency_id: string
      score: number
      level: number
    }>('select * from private.matrix_estimates($1::uuid[])', [ids])
    let compared = 0
    for (const id of ids) {
      const e = evidence.get(id)!
      const profile = estimateProfile({ lessons: everything.lessons, ...e })
      for (const c of competencyIds) {
        const sql = rows.find((r) => r.user_id === id && r.competency_id === c)
        const ts = profile[c]
        expect(sql ? { score: sql.score, level: sql.level } : null, `${id} ${c}`).toEqual(
          ts ? { score: ts.score, level: ts.level } : null,
        )
        compared += ts ? 1 : 0
      }
    }
    expect(compared).toBeGreaterThan(30)
  })

  it('the matrix shows the distribution of those levels for the role', async () => {
    const answer = await hr.rpc('skills_matrix', { p_organisation_id: org })
    expect(isMatrixAnswer(answer)).toBe(true)
    const matrix = answer as MatrixAnswer
    const cell = matrix.roles.find((r) => r.key === role)
    expect(cell?.suppressed).toBe(false)
    if (!cell || cell.suppressed) return
    for (const c of competencyIds as CompetencyId[]) {
      const levels = [...evidence.values()]
        .map((e) => estimateProfile({ lessons: everything.lessons, ...e })[c]?.level)
        .filter((l) => l !== undefined)
      const expected =
        levels.length >= matrix.min_group
          ? [1, 2, 3, 4].map((l) => levels.filter((x) => x === l).length)
          : null
      expect(cell.competencies[c]?.objective_people, c).toBe(levels.length)
      expect(cell.competencies[c]?.objective, c).toEqual(expected)
    }
  })

  it('is refused to members, ambassadors and other organisations', async () => {
    await expect(people[0]!.rpc('skills_matrix', { p_organisation_id: org })).rejects.toMatchObject(
      { sqlState: '42501' },
    )
    await expect(ambassador.rpc('skills_matrix', { p_organisation_id: org })).rejects.toMatchObject(
      { sqlState: '42501' },
    )
    await expect(other.rpc('skills_matrix', { p_organisation_id: org })).rejects.toMatchObject({
      sqlState: '42501',
    })
  })
})

describe('target levels through sync', () => {
  const targets = (t: Record<string, number>, by = uuid()) =>
    upsert('skill_targets', {
      id: role,
      organisation_id: org,
      job_role_id: role,
      targets: t,
      updated_by: by,
      updated_at: '2001-01-01T00:00:00Z',
    })

  it('HR pushes a target; the server keeps its own author and time', async () => {
    const [result] = await hr.push([targets({ 'ai-basics': 4 })])
    expect(result?.status).toBe('applied')
    const { rows } = await db.query<{ updated_by: string; updated_at: Date }>(
      'select updated_by, updated_at from public.skill_targets where id = $1',
      [role],
    )
    expect(rows[0]?.updated_by).toBe(hr.userId)
    expect(rows[0]!.updated_at.getFullYear()).toBeGreaterThan(2001)
  })

  it('a member, an ambassador and HR elsewhere are refused', async () => {
    for (const r of [people[0]!, ambassador, other]) {
      const [result] = await r.push([targets({ 'ai-basics': 1 })])
      expect(result?.status).toBe('rejected')
    }
    const { rows } = await db.query<{ targets: unknown }>(
      'select targets from public.skill_targets',
    )
    expect(rows).toEqual([{ targets: { 'ai-basics': 4 } }])
  })

  it('HR pulls the row, a member never', async () => {
    const hrPull = await hr.pull(null)
    expect(hrPull.changes.some((c) => c.table === 'skill_targets')).toBe(true)
    const memberPull = await people[0]!.pull(null)
    expect(memberPull.changes.some((c) => c.table === 'skill_targets')).toBe(false)
  })
})

describe('the success story consent through sync', () => {
  const post = uuid()
  const row = (extra: Record<string, unknown>) =>
    upsert('community_posts', {
      id: post,
      organisation_id: org,
      kind: 'success_story',
      title: 'Klagesvar på 10 minutter',
      body: 'Malen gjør jobben.',
      task: '',
      department_id: null,
      tool: null,
      prompt_text: null,
      minutes_before: 30,
      minutes_after: 10,
      data_class: 'green',
      tags: [],
      source_kind: null,
      source_id: null,
      status: 'published',
      moderation_reason: null,
      ...extra,
    })
  const offered = async () =>
    (await hr.rpc('success_stories', { p_organisation_id: org })) as {
      id: string
      author_name: string | null
    }[]

  it('off by default: nothing is offered', async () => {
    expect((await people[1]!.push([row({})]))[0]?.status).toBe('applied')
    expect(await offered()).toEqual([])
  })

  it('the author consents (without a name): HR is offered it, nameless', async () => {
    expect((await people[1]!.push([row({ story_consent: true })]))[0]?.status).toBe('applied')
    expect(await offered()).toMatchObject([{ id: post, author_name: null }])
  })

  it("an ambassador's push keeps the author's consent; HR's is refused", async () => {
    await ambassador.push([row({ story_consent: false })])
    expect((await hr.push([row({ story_consent: false })]))[0]?.status).toBe('rejected')
    expect(await offered()).toHaveLength(1)
  })

  it('hidden by an ambassador, or withdrawn by the author: no longer offered', async () => {
    await ambassador.push([
      row({ story_consent: true, status: 'hidden', moderation_reason: 'Sjekk tallene' }),
    ])
    expect(await offered()).toEqual([])
    await ambassador.push([row({ status: 'published', moderation_reason: null })])
    expect(await offered()).toHaveLength(1)
    await people[1]!.push([row({ story_consent: false })])
    expect(await offered()).toEqual([])
  })
})
