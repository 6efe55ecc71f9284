/**
 * HR's skills matrix (issue 18 H3) and the leadership report's success story (H7) on this device:
 * target levels per job role (`skill_targets`), the picked story (`report_story_picks`), the
 * last answers of the server's skills_matrix and success_stories (`matrixCache`, written only by
 * src/data/server/matrix.ts), and the author's consent on their own post. Reads are usable
 * inside liveQuery; each write is one Dexie transaction with its outbox entry.
 */
import { isTargetLevel, isMatrixAnswer, isSuccessStories } from '@/domain/matrix'
import type { MatrixAnswer, SuccessStory } from '@/domain/matrix'
import type { CompetencyId } from '@/domain/competence'
import type { CommunityPostRow, MatrixCacheRow, ReportStoryPickRow, SkillTargetsRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'
import { getMemberships } from './membership.repo'
import { isOwnRow } from './owner'

/** Only HR or an admin of the organisation sets targets or picks the story (the server agrees). */
export class NotHrError extends Error {
  constructor() {
    super('Only HR or an admin of the organisation can change the skills matrix')
    this.name = 'NotHrError'
  }
}

async function assertHr(userId: string | null, organisationId: string) {
  const m = (await getMemberships(userId)).find((x) => x.organisationId === organisationId)
  if (!m || !(m.roles.includes('hr') || m.roles.includes('admin'))) throw new NotHrError()
}

export type TargetsByRole = Record<string, Partial<Record<string, number>>>

/** The organisation's target levels, by job role id (roles without a row use the defaults). */
export async function getSkillTargets(organisationId: string | null): Promise<TargetsByRole> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return {}
  const rows = await db.skill_targets.where('organisation_id').equals(organisationId).toArray()
  return Object.fromEntries(rows.map((r) => [r.job_role_id, r.targets ?? {}]))
}

/**
 * Sets (or, with null, clears back to the default) one cell's target. The job role's row keeps
 * its other targets; the last save of a role wins on the server.
 */
export async function saveSkillTarget(input: {
  userId: string | null
  organisationId: string
  jobRoleId: string
  competency: CompetencyId
  level: number | null
}): Promise<SkillTargetsRow> {
  const db = loadedDb() ?? (await openDb())
  if (input.level !== null && !isTargetLevel(input.level)) throw new RangeError('A target is 1–4')
  return db.transaction(
    'rw',
    [db.skill_targets, db.outbox, db.memberships, db.organisations],
    async () => {
      await assertHr(input.userId, input.organisationId)
      const current = await db.skill_targets.get(input.jobRoleId)
      const targets = { ...(current?.targets ?? {}) }
      if (input.level === null) delete targets[input.competency]
      else targets[input.competency] = input.level as 1 | 2 | 3 | 4
      return saveWithOutbox(db.skill_targets, {
        id: input.jobRoleId,
        organisation_id: input.organisationId,
        job_role_id: input.jobRoleId,
        targets,
        // The server stamps its own time and author; these show the change until it syncs.
        updated_at: new Date().toISOString(),
        updated_by: input.userId,
      })
    },
  )
}

/** The post HR picked for the monthly report, or null. */
export async function getStoryPick(organisationId: string | null): Promise<string | null> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return null
  return (await db.report_story_picks.get(organisationId))?.post_id ?? null
}

/** HR picks the report's story (null: none). */
export async function saveStoryPick(input: {
  userId: string | null
  organisationId: string
  postId: string | null
}): Promise<ReportStoryPickRow> {
  const db = loadedDb() ?? (await openDb())
  return db.transaction(
    'rw',
    [db.report_story_picks, db.outbox, db.memberships, db.organisations],
    async () => {
      await assertHr(input.userId, input.organisationId)
      return saveWithOutbox(db.report_story_picks, {
        id: input.organisationId,
        organisation_id: input.organisationId,
        post_id: input.postId,
        updated_at: new Date().toISOString(),
        updated_by: input.userId,
      })
    },
  )
}

/**
 * The author says HR may (or may no longer) use their post as a success story, and whether with
 * their name. Only the author: the server keeps the stored consent for anyone else's push.
 */
export async function setStoryConsent(input: {
  userId: string | null
  postId: string
  consent: boolean
  named: boolean
}): Promise<CommunityPostRow> {
  const db = loadedDb() ?? (await openDb())
  return db.transaction('rw', [db.community_posts, db.outbox], async () => {
    const current = await db.community_posts.get(input.postId)
    if (!current) throw new Error('The post is not on this device')
    if (!isOwnRow(current, input.userId)) throw new Error('Only the author gives this consent')
    return saveWithOutbox(db.community_posts, {
      ...current,
      story_consent: input.consent,
      story_named: input.consent && input.named,
    })
  })
}

export const matrixCacheKey = (kind: MatrixCacheRow['kind'], organisationId: string) =>
  `${kind}:${organisationId}`

export interface CachedAnswer<T> {
  answer: T
  fetchedAt: string
}

/** The last matrix fetched on this device for the organisation, or null. */
export async function getCachedMatrix(
  organisationId: string | null,
): Promise<CachedAnswer<MatrixAnswer> | null> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return null
  const row = await db.matrixCache.get(matrixCacheKey('matrix', organisationId))
  return row && isMatrixAnswer(row.answer)
    ? { answer: row.answer, fetchedAt: row.fetched_at }
    : null
}

/** The last list of consented stories fetched here, or null. */
export async function getCachedStories(
  organisationId: string | null,
): Promise<CachedAnswer<SuccessStory[]> | null> {
  const db = loadedDb() ?? (await openDb())
  if (!organisationId) return null
  const row = await db.matrixCache.get(matrixCacheKey('stories', organisationId))
  return row && isSuccessStories(row.answer)
    ? { answer: row.answer, fetchedAt: row.fetched_at }
    : null
}

/** Stores an answer just fetched (src/data/server/matrix.ts). */
export async function storeMatrixAnswer(row: MatrixCacheRow): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.matrixCache.put(row)
}
