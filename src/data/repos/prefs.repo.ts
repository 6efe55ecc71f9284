import { loadedDb, openDb } from '../openDb'
import { defaultPrefs, validators, type Prefs } from '@/domain/prefs'

export { defaultPrefs, validators }
export type { Locale, Prefs, ThemeChoice } from '@/domain/prefs'

/**
 * Other device-local state shares the `prefs` table under its own keys, validated by its own
 * repo and ignored here: 'onboarding' and 'learningWindow' (onboarding.repo.ts).
 */
export const reservedPrefKeys = ['onboarding', 'learningWindow'] as const

/** Reads all preferences; a missing or corrupt value falls back to its default. */
export async function readPrefs(): Promise<Prefs> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.prefs.toArray()
  const prefs: Prefs = { ...defaultPrefs }
  for (const { key, value } of rows) {
    if (key in validators && validators[key as keyof Prefs](value)) {
      ;(prefs as unknown as Record<string, unknown>)[key] = value
    }
  }
  return prefs
}

/** Device-local preferences are not synced, so they have no outbox entry. */
export async function setPref<K extends keyof Prefs>(key: K, value: Prefs[K]): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  if (!validators[key](value)) throw new TypeError(`Invalid value for preference ${key}`)
  await db.prefs.put({ key, value })
}
