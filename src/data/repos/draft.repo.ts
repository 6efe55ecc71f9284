import type { ChallengeDraftRow } from '../db'
import { loadedDb, openDb } from '../openDb'

export type ChallengeDraft = ChallengeDraftRow

/** A fresh, empty draft for a challenge (not stored until something is saved). */
export function emptyDraft(challengeId: string, now = new Date().toISOString()): ChallengeDraft {
  return {
    challenge_id: challengeId,
    step: 'task',
    prompt: '',
    output: '',
    checklist: {},
    self_score: null,
    minutes_saved: null,
    flavour: null,
    started_at: now,
    updated_at: now,
  }
}

/** The learner's draft for one challenge, if any. Usable inside liveQuery. */
export async function getDraft(challengeId: string): Promise<ChallengeDraft | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.challengeDrafts.get(challengeId)
}

/** Every draft on this device, most recently touched first. Usable inside liveQuery. */
export async function listDrafts(): Promise<ChallengeDraft[]> {
  const db = loadedDb() ?? (await openDb())
  return (await db.challengeDrafts.orderBy('updated_at').toArray()).reverse()
}

/**
 * Stores the draft as it is now. Drafts are device-local (no outbox): they become a synced
 * challenge attempt only when the learner finishes.
 */
export async function saveDraft(draft: ChallengeDraft): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  // A plain copy: Vue proxies cannot be cloned into IndexedDB.
  const row = JSON.parse(JSON.stringify(draft)) as ChallengeDraft
  await db.challengeDrafts.put({ ...row, updated_at: new Date().toISOString() })
}

export async function deleteDraft(challengeId: string): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  await db.challengeDrafts.delete(challengeId)
}
