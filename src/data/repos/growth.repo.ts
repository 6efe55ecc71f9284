/**
 * Reads for the learner's own growth (G1) and AI-literacy record (X4). Every read is usable
 * inside liveQuery and returns plain data; the date and aggregation rules are in
 * src/domain/growth (unit-tested without Dexie).
 */
import {
  firstCompletions,
  summariseGrowth,
  type CompletedLesson,
  type GrowthData,
  type WindowOptions,
} from '@/domain/growth'
import { isOwnRow } from './owner'
import { loadedDb, openDb } from '../openDb'

/** Everything the growth page shows, in one read of the person's own rows. */
export async function readGrowthData(
  options: WindowOptions & { minutesWeeks?: number; userId?: string | null },
): Promise<GrowthData> {
  const db = loadedDb() ?? (await openDb())
  const own = <T extends object>(rows: T[]) =>
    rows.filter((r) => isOwnRow(r, options.userId ?? null))
  const [events, answers, attempts, uses] = await Promise.all([
    db.progress_events.toArray().then(own),
    db.quiz_answers.toArray().then(own),
    db.challenge_attempts.toArray().then(own),
    db.prompt_uses.toArray().then(own),
  ])
  return summariseGrowth({ events, answers, attempts, uses }, options)
}

/** Lessons completed, first completion each (for the AI-literacy record). */
export async function listCompletedLessons(): Promise<CompletedLesson[]> {
  const db = loadedDb() ?? (await openDb())
  // `kind` is not indexed; completions are few, but the scan is one cheap pass.
  return firstCompletions(await db.progress_events.filter((e) => e.kind === 'completed').toArray())
}
