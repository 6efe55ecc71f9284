import type { ChallengeDraftRow } from '../db'
import { loadedDb, openDb } from '../openDb'

export type ChallengeDraft = ChallengeDraftRow

// Drafts are read and written through useDraft (src/composables/useDraft.ts) and its store,
// `challengeDrafts` in formDraft.repo.ts; finishing a challenge deletes its draft (challenge.repo).

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

/** Every draft on this device, most recently touched first. Usable inside liveQuery. */
export async function listDrafts(): Promise<ChallengeDraft[]> {
  const db = loadedDb() ?? (await openDb())
  return (await db.challengeDrafts.orderBy('updated_at').toArray()).reverse()
}
