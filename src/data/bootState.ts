import { defaultPrefs, validators, type Locale, type ThemeChoice } from './repos/prefs.repo'

/**
 * A synchronous copy, in localStorage, of the little the first paint depends on: language, theme
 * and whether onboarding is behind the person. IndexedDB stays the source of truth (the prefs
 * store reconciles after the first render); this copy only lets the app render without waiting
 * for IndexedDB to open, and lets index.html set the theme before any CSS or JS arrives.
 * index.html reads the same key — keep the two in step.
 */
export const BOOT_STATE_KEY = 'loft.boot'

export interface BootState {
  locale: Locale | null
  theme: ThemeChoice
  onboarded: boolean
}

const defaults: BootState = { ...defaultPrefs, onboarded: false }

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined // blocked by the browser's privacy settings
  }
}

/** The stored copy; anything missing or malformed falls back to its default. */
export function readBootState(): BootState {
  let stored: Partial<Record<keyof BootState, unknown>> = {}
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(BOOT_STATE_KEY) ?? '{}')
    if (parsed && typeof parsed === 'object') stored = parsed
  } catch {
    // corrupt: defaults
  }
  return {
    locale: validators.locale(stored.locale) ? stored.locale : defaults.locale,
    theme: validators.theme(stored.theme) ? stored.theme : defaults.theme,
    onboarded: stored.onboarded === true,
  }
}

/**
 * A very first start on this device: storage works and holds no boot copy yet (the prefs store
 * writes one as soon as it has read IndexedDB). Where storage is blocked this is false, so callers
 * ask IndexedDB instead.
 */
export function isFirstStart(): boolean {
  try {
    return storage()?.getItem(BOOT_STATE_KEY) === null
  } catch {
    return false
  }
}

export function writeBootState(patch: Partial<BootState>): void {
  try {
    storage()?.setItem(BOOT_STATE_KEY, JSON.stringify({ ...readBootState(), ...patch }))
  } catch {
    // Quota or privacy mode: the next start simply waits for IndexedDB instead.
  }
}
