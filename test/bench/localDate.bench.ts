/**
 * Local day and ISO week (its Monday) of 3 650 instants in Europe/Oslo — ten a day for a year,
 * across both daylight-saving changes — by streaks' hand-written localDate.ts and by
 * @internationalized/date (fromAbsolute → toCalendarDate → startOfWeek, Monday first). Both
 * answers are compared first; then the median of timed batches is printed for each, cold (no
 * cache beyond each side's own time-zone formatter), as the growth page would run it on a year of rows.
 *
 * @internationalized/date is reka-ui's copy (not a direct dependency: see AGENTS.md, why not).
 *
 * Run: npx vitest bench --run test/bench/localDate.bench.ts
 */
import { bench, describe } from 'vitest'
import { fromAbsolute, parseDate, startOfWeek, toCalendarDate } from '@internationalized/date'
import { addDays, dayOfWeek, localDate } from '@/domain/streaks'

const ZONE = 'Europe/Oslo'
const START = Date.UTC(2026, 0, 1, 0, 7)
// 3 650 instants, every 2 h 24 min: a year, hitting different hours each day.
const instants = Array.from({ length: 3650 }, (_, i) => START + i * 8_640_000)
const isos = instants.map((ms) => new Date(ms).toISOString())

function handWritten(iso: string): [string, string] {
  const day = localDate(iso, ZONE)
  return [day, addDays(day, 1 - dayOfWeek(day))]
}
function library(iso: string): [string, string] {
  const day = toCalendarDate(fromAbsolute(Date.parse(iso), ZONE))
  return [day.toString(), startOfWeek(day, 'nb-NO', 'mon').toString()]
}

const mismatches = isos.filter((iso) => handWritten(iso).join() !== library(iso).join())
if (mismatches.length) throw new Error(`answers differ for ${mismatches.length} instants, e.g. ${mismatches[0]}`)

function medianMs(run: () => void, batches = 41): number {
  for (let i = 0; i < 5; i++) run() // warm up
  const times: number[] = []
  for (let i = 0; i < batches; i++) {
    const t0 = performance.now()
    run()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}
const all = (f: (iso: string) => [string, string]) => () => {
  for (const iso of isos) f(iso)
}
const hand = medianMs(all(handWritten))
const lib = medianMs(all(library))
console.log(
  `local day + ISO week of ${isos.length} instants (${ZONE}), median of 41 runs: ` +
    `localDate.ts ${hand.toFixed(2)} ms, @internationalized/date ${lib.toFixed(2)} ms ` +
    `(×${(lib / hand).toFixed(2)}); same answers for all ${isos.length}`,
)

// The growth page's way (domain/growth localDayIn + weekStart): a year of a keen learner's rows
// (~4 000: 11 a day between 08:00 and 16:00 UTC, seeded), local days cached per quarter hour.
let seed = 7
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
const year = Array.from({ length: 365 * 11 }, (_, i) =>
  new Date(START + Math.floor(i / 11) * 86_400_000 + 8 * 3_600_000 + Math.floor(random() * 8 * 3_600_000)).toISOString(),
)
function cachedPass(dayOf: (ms: number) => string, weekOf: (day: string) => string) {
  return () => {
    const byQuarter = new Map<number, string>()
    const weeks = new Map<string, string>()
    for (const iso of year) {
      const ms = Date.parse(iso)
      const quarter = Math.floor(ms / 900_000)
      let day = byQuarter.get(quarter)
      if (day === undefined) byQuarter.set(quarter, (day = dayOf(quarter * 900_000)))
      if (!weeks.has(day)) weeks.set(day, weekOf(day))
    }
  }
}
const handYear = medianMs(
  cachedPass(
    (ms) => localDate(new Date(ms), ZONE),
    (day) => addDays(day, 1 - dayOfWeek(day)),
  ),
)
const libYear = medianMs(
  cachedPass(
    (ms) => toCalendarDate(fromAbsolute(ms, ZONE)).toString(),
    (day) => startOfWeek(parseDate(day), 'nb-NO', 'mon').toString(),
  ),
)
console.log(
  `growth page's pass over a year of rows (${year.length}, cached per quarter hour), median of 41 runs: ` +
    `localDate.ts ${handYear.toFixed(2)} ms, @internationalized/date ${libYear.toFixed(2)} ms ` +
    `(×${(libYear / handYear).toFixed(2)})`,
)

describe(`local day + ISO week of ${isos.length} instants`, () => {
  bench('localDate.ts', all(handWritten))
  bench('@internationalized/date', all(library))
})
