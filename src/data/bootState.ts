import { defaultPrefs, validators, type Locale, type ThemeChoice } from '@/domain/prefs'
import { onboardingSteps, type OnboardingStep } from '@/domain/onboarding'

/**
 * A synchronous copy, in localStorage, of the little the first paint depends on: language, theme,
 * whether onboarding is behind the person, and whether they have any activity to chart on Me. IndexedDB stays the source of truth (the prefs
 * store reconciles after the first render); this copy only lets the app render without waiting
 * for IndexedDB to open, and lets index.html set the theme before any CSS or JS arrives.
 * index.html reads the same key — keep the two in step.
 */
export const BOOT_STATE_KEY = 'loft.boot'

export interface BootState {
  locale: Locale | null
  theme: ThemeChoice
  /** Whether onboarding is behind the person; null: not known yet (ask IndexedDB). */
  onboarded: boolean | null
  /** The onboarding step last shown, while onboarding is unfinished. */
  onboardingStep: OnboardingStep | null
  /** Whether Me has growth to chart; null: not known yet. */
  hasActivity: boolean | null
}

const defaults: BootState = {
  ...defaultPrefs,
  onboarded: null,
  onboardingStep: null,
  hasActivity: null,
}

const knownFlag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)

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
    onboarded: knownFlag(stored.onboarded),
    onboardingStep: onboardingSteps.find((s) => s === stored.onboardingStep) ?? null,
    hasActivity: knownFlag(stored.hasActivity),
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
