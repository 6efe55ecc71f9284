/**
 * Device preferences: their types, defaults and validators. Shared by the prefs repo (IndexedDB)
 * and the boot copy (src/data/bootState.ts), which must not import a repo (an import cycle
 * through openDb and db.ts).
 */
export type Locale = 'nb' | 'en'
export type ThemeChoice = 'system' | 'light' | 'dark'

export interface Prefs {
  locale: Locale | null
  theme: ThemeChoice
}

export const defaultPrefs: Prefs = { locale: null, theme: 'system' }

/** Checks a stored preference value (also used for the boot copy in src/data/bootState.ts). */
export const validators: { [K in keyof Prefs]: (v: unknown) => v is Prefs[K] } = {
  locale: (v): v is Locale | null => v === null || v === 'nb' || v === 'en',
  theme: (v): v is ThemeChoice => v === 'system' || v === 'light' || v === 'dark',
}
