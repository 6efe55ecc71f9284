/**
 * Self-assessments (L1, G1): append-only, one row per competency and occasion, level 1–4.
 * The latest row per competency is the learner's current view of themselves.
 */
import type { SelfAssessmentRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { outboxEntry } from './outbox'
import { competencyIds, type AssessmentLevel, type CompetencyId } from '@/domain/competence'

export type SelfAssessment = Partial<Record<CompetencyId, AssessmentLevel>>

export class InvalidAssessmentError extends Error {
  constructor(readonly field: 'competency' | 'level') {
    super(`Invalid self-assessment: ${field}`)
    this.name = 'InvalidAssessmentError'
  }
}

function isLevel(level: number): level is AssessmentLevel {
  return Number.isInteger(level) && level >= 1 && level <= 4
}

/**
 * Saves one self-assessment per competency given, all in one transaction with their outbox
 * entries. Nothing is written if any item is invalid.
 */
export async function recordSelfAssessments(
  levels: SelfAssessment,
  now = new Date(),
): Promise<SelfAssessmentRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows: SelfAssessmentRow[] = []
  for (const [competency, level] of Object.entries(levels)) {
    if (level === undefined) continue
    if (!(competencyIds as readonly string[]).includes(competency)) {
      throw new InvalidAssessmentError('competency')
    }
    if (!isLevel(level)) throw new InvalidAssessmentError('level')
    rows.push({
      id: crypto.randomUUID(),
      competency_id: competency,
      level,
      assessed_at: now.toISOString(),
    })
  }
  if (rows.length === 0) return rows
  await db.transaction('rw', [db.self_assessments, db.outbox], async () => {
    await db.self_assessments.bulkAdd(rows)
    await db.outbox.bulkAdd(rows.map((row) => outboxEntry('self_assessments', 'upsert', row)))
  })
  return rows
}

/** Every self-assessment, oldest first (for a history view). Usable inside liveQuery. */
export async function selfAssessmentHistory(): Promise<SelfAssessmentRow[]> {
  const db = loadedDb() ?? (await openDb())
  return db.self_assessments.orderBy('assessed_at').toArray()
}

/** The latest level per competency. Usable inside liveQuery. */
export async function latestSelfAssessment(): Promise<SelfAssessment> {
  const latest: SelfAssessment = {}
  for (const row of await selfAssessmentHistory()) {
    if ((competencyIds as readonly string[]).includes(row.competency_id) && isLevel(row.level)) {
      latest[row.competency_id as CompetencyId] = row.level
    }
  }
  return latest
}
