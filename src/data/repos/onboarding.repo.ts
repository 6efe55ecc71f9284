/**
 * Onboarding (L1) and the learning window (L6): device-local state kept in the `prefs` table
 * under the keys 'onboarding' and 'learningWindow', validated when read (a corrupt value reads
 * as "not set", never as an error). Not synced, so no outbox entry.
 */
import { loadedDb, openDb } from '../openDb'
import { writeBootState } from '../bootState'
import { departments, type Department } from '@/domain/competence'
import type { ClockTime, DayOfWeek, LearningWindow } from '@/domain/streaks'
import { onboardingSteps, type OnboardingStep } from '@/domain/onboarding'

export { onboardingSteps }
export type { OnboardingStep }

export interface OnboardingState {
  /** 'done' after the last step, 'skipped' when the learner skipped the rest. */
  status: 'in_progress' | 'done' | 'skipped'
  step: OnboardingStep
  department: Department | null
  jobRole: string
}

export const MAX_JOB_ROLE = 80

export const initialOnboarding: OnboardingState = {
  status: 'in_progress',
  step: 'language',
  department: null,
  jobRole: '',
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function isOnboardingState(v: unknown): v is OnboardingState {
  return (
    isRecord(v) &&
    (v.status === 'in_progress' || v.status === 'done' || v.status === 'skipped') &&
    (onboardingSteps as readonly unknown[]).includes(v.step) &&
    (v.department === null || (departments as readonly unknown[]).includes(v.department)) &&
    typeof v.jobRole === 'string' &&
    v.jobRole.length <= MAX_JOB_ROLE
  )
}

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/

export function isClockTime(v: unknown): v is ClockTime {
  return typeof v === 'string' && clockPattern.test(v)
}

export function isLearningWindow(v: unknown): v is LearningWindow {
  return (
    isRecord(v) &&
    Array.isArray(v.days) &&
    v.days.length > 0 &&
    v.days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    new Set(v.days).size === v.days.length &&
    isClockTime(v.from) &&
    isClockTime(v.to) &&
    v.from !== v.to
  )
}

/** The stored onboarding state, or null before the learner has started it. Usable in liveQuery. */
export async function getOnboarding(): Promise<OnboardingState | null> {
  const db = loadedDb() ?? (await openDb())
  const row = await db.prefs.get('onboarding')
  return row && isOnboardingState(row.value) ? row.value : null
}

/** True when onboarding is done or skipped: the Learn page then stops sending the learner to it. */
export async function onboardingSettled(): Promise<boolean> {
  const state = await getOnboarding()
  return state !== null && state.status !== 'in_progress'
}

/**
 * Someone who has assessed themselves on another device (their self-assessments, pulled from the
 * server, which fills in `user_id`) went through onboarding there: mark it done on this device too.
 * True when onboarding is settled here afterwards.
 */
export async function settleOnboardingFromServer(userId: string): Promise<boolean> {
  const db = loadedDb() ?? (await openDb())
  if (await onboardingSettled()) return true
  const pulled = await db.self_assessments.filter((row) => row.user_id === userId).count()
  if (pulled === 0) return false
  await saveOnboarding({ status: 'done', step: 'start' })
  writeBootState({ onboarded: true })
  return true
}

/** Merges `patch` into the stored state (or the initial one) and stores it; returns the result. */
export async function saveOnboarding(patch: Partial<OnboardingState>): Promise<OnboardingState> {
  const db = loadedDb() ?? (await openDb())
  return db.transaction('rw', db.prefs, async () => {
    const next: OnboardingState = { ...initialOnboarding, ...(await getOnboarding()), ...patch }
    next.jobRole = next.jobRole.trim().slice(0, MAX_JOB_ROLE)
    if (!isOnboardingState(next)) throw new TypeError('Invalid onboarding state')
    await db.prefs.put({ key: 'onboarding', value: { ...next } })
    return next
  })
}

/** The learner's chosen learning window, or null when none is set. Usable in liveQuery. */
export async function getLearningWindow(): Promise<LearningWindow | null> {
  const db = loadedDb() ?? (await openDb())
  const row = await db.prefs.get('learningWindow')
  return row && isLearningWindow(row.value) ? row.value : null
}

/** Stores the learning window (days sorted), or removes it with `null`. */
export async function saveLearningWindow(window: LearningWindow | null): Promise<void> {
  const db = loadedDb() ?? (await openDb())
  if (window === null) {
    await db.prefs.delete('learningWindow')
    return
  }
  const days = [...new Set(window.days)].sort((a, b) => a - b) as DayOfWeek[]
  const value = { days, from: window.from, to: window.to }
  if (!isLearningWindow(value)) throw new TypeError('Invalid learning window')
  await db.prefs.put({ key: 'learningWindow', value })
}
