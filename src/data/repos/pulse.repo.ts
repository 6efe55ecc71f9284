/**
 * The weekly pulse (H5): the person's own answers, one row per ISO week (synced table
 * `pulse_responses`, read and written only by them; HR sees aggregates through public.insights()).
 * Answering, or skipping, is one Dexie transaction with its outbox entry. A second answer in the
 * same week (after a skip, or to change it) replaces the week's row under the same id, as the
 * server keeps one row per person and week.
 */
import type { PulseResponseRow } from '../db'
import { loadedDb, openDb } from '../openDb'
import { isOwnRow } from './owner'
import { saveWithOutbox } from './outbox'
import { pulseWeek, type MinutesBand, type ObstacleTheme } from '@/domain/insights'

export interface PulseAnswer {
  used_ai: boolean | null
  minutes_band: MinutesBand | null
  win: string
  obstacle: string
  obstacle_theme: ObstacleTheme | null
  share_words: boolean
  satisfaction: number | null
}

/** The server's limit on a win or an obstacle (characters). */
export const PULSE_TEXT_MAX = 500

async function weekRow(week: string, userId: string | null): Promise<PulseResponseRow | undefined> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.pulse_responses.where('week').equals(week).toArray()
  return rows.find((row) => isOwnRow(row, userId))
}

function checked(answer: PulseAnswer): PulseAnswer {
  const satisfaction = answer.satisfaction
  if (satisfaction !== null && !(Number.isInteger(satisfaction) && satisfaction >= 1 && satisfaction <= 5)) {
    throw new RangeError('satisfaction must be 1–5')
  }
  const win = answer.win.trim().slice(0, PULSE_TEXT_MAX)
  const obstacle = answer.obstacle.trim().slice(0, PULSE_TEXT_MAX)
  // Words are shared only if there are words to share.
  return { ...answer, win, obstacle, share_words: answer.share_words && Boolean(win || obstacle) }
}

async function saveWeek(
  fields: PulseAnswer & { skipped: boolean },
  options: { now?: Date; organisationId: string | null; userId: string | null },
): Promise<PulseResponseRow> {
  const db = loadedDb() ?? (await openDb())
  const now = options.now ?? new Date()
  const week = pulseWeek(now)
  const existing = await weekRow(week, options.userId)
  const row: PulseResponseRow = {
    id: existing?.id ?? crypto.randomUUID(),
    organisation_id: options.organisationId,
    week,
    ...fields,
    created_at: existing?.created_at ?? now.toISOString(),
  }
  if (existing?.user_id) row.user_id = existing.user_id
  return saveWithOutbox(db.pulse_responses, row)
}

/** This week's answer. */
export async function savePulseAnswer(
  answer: PulseAnswer,
  options: { now?: Date; organisationId: string | null; userId: string | null },
): Promise<PulseResponseRow> {
  return saveWeek({ ...checked(answer), skipped: false }, options)
}

/** "Not this week": remembered so the pulse is not offered again until next week. */
export function skipPulse(options: {
  now?: Date
  organisationId: string | null
  userId: string | null
}): Promise<PulseResponseRow> {
  return saveWeek(
    {
      used_ai: null,
      minutes_band: null,
      win: '',
      obstacle: '',
      obstacle_theme: null,
      share_words: false,
      satisfaction: null,
      skipped: true,
    },
    options,
  )
}

/** The person's own answers and skips, newest week first. Usable in liveQuery. */
export async function getPulseHistory(userId: string | null): Promise<PulseResponseRow[]> {
  const db = loadedDb() ?? (await openDb())
  const rows = await db.pulse_responses.orderBy('week').reverse().toArray()
  return rows.filter((row) => isOwnRow(row, userId))
}

/** The weeks (Mondays) the person answered or skipped. Usable in liveQuery. */
export async function getPulseWeeks(userId: string | null): Promise<Set<string>> {
  return new Set((await getPulseHistory(userId)).map((row) => row.week))
}
