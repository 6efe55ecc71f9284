import type { ProfileRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { saveWithOutbox } from './outbox'

export const MAX_DISPLAY_NAME = 60

/** The profile on this device (there is at most one). Usable inside liveQuery. */
export async function getProfile(): Promise<ProfileRow | undefined> {
  const db = loadedDb() ?? (await openDb())
  return db.profiles.toCollection().first()
}

export class InvalidDisplayNameError extends Error {
  constructor(readonly code: 'empty' | 'too_long') {
    super(`Invalid display name: ${code}`)
    this.name = 'InvalidDisplayNameError'
  }
}

/** Saves the display name and language; the change is queued for sync in the same transaction. */
export async function saveProfile(input: {
  displayName: string
  language: ProfileRow['language']
}): Promise<ProfileRow> {
  const db = loadedDb() ?? (await openDb())
  const displayName = input.displayName.trim()
  if (!displayName) throw new InvalidDisplayNameError('empty')
  if (displayName.length > MAX_DISPLAY_NAME) throw new InvalidDisplayNameError('too_long')
  const existing = await getProfile()
  return saveWithOutbox(db.profiles, {
    id: existing?.id ?? crypto.randomUUID(),
    display_name: displayName,
    language: input.language,
    updated_at: new Date().toISOString(),
  })
}
