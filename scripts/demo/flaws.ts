/*
 * The demo company's spot-the-flaw results (C2; progress_events of kind 'flaw_done', as
 * recordFlawResult in src/data/repos/challenge.repo.ts writes them): now and then, once a person
 * has been at it for a few weeks, they do an exercise; they find more of the planted errors and
 * raise fewer false alarms as the weeks go by. From a seeded generator of its own, so the rest of
 * the company's rows stay as they were.
 */
import type { SpotTheFlaw } from '@/content/types'

interface FlawRandom {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  uuid: () => string
}

export interface FlawPerson {
  id: string
  startWeek: number | null
  stopWeek: number | null
  pace: number
}

export interface FlawOptions {
  rng: FlawRandom
  people: readonly FlawPerson[]
  flaws: readonly SpotTheFlaw[]
  firstWeek: number
  weeks: number
  season: (date: Date) => number
}

const DAY = 86_400_000

export function generateFlawResults(options: FlawOptions): Record<string, unknown>[] {
  const { rng, people, flaws, firstWeek, weeks, season } = options
  const rows: Record<string, unknown>[] = []
  if (flaws.length === 0) return rows
  for (const person of people) {
    if (person.startWeek === null) continue
    const end = person.stopWeek ?? weeks
    for (let week = person.startWeek + 3; week < end; week++) {
      const weekStart = firstWeek + week * 7 * DAY
      if (!rng.chance(0.12 * Math.min(1.5, person.pace) * season(new Date(weekStart + 3 * DAY)))) continue
      const flaw = rng.pick(flaws)
      const planted = flaw.sentences.filter((s) => s.flawed).length
      const clean = flaw.sentences.length - planted
      const skill = Math.min(1, (week - person.startWeek) / 30)
      let hits = 0
      for (let i = 0; i < planted; i++) if (rng.chance(0.5 + 0.4 * skill)) hits++
      let falseAlarms = 0
      for (let i = 0; i < clean; i++) if (rng.chance(0.15 - 0.1 * skill)) falseAlarms++
      const at = weekStart + rng.int(0, 4) * DAY + rng.int(8, 15) * 3_600_000 + rng.int(0, 59) * 60_000
      rows.push({
        id: rng.uuid(),
        user_id: person.id,
        lesson_id: flaw.id,
        kind: 'flaw_done',
        occurred_at: new Date(at).toISOString(),
        data: { flaw_id: flaw.id, hits, misses: planted - hits, false_alarms: falseAlarms },
      })
    }
  }
  return rows
}
