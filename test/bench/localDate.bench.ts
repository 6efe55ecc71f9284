/**
 * Local day and ISO week (its Monday) of 3 650 instants in Europe/Oslo — ten a day for a year,
 * across both daylight-saving changes — by streaks' hand-written localDate.ts and by
 * @internationalized/date (fromAbsolute → toCalendarDate → startOfWeek, Monday first). Both
 * answers are compared first; then the median of timed batches is printed for each, cold (no
 * cache beyond each side's own time-zone formatter), as the growth page would run it on a year of rows.
 *
 * Run: npx vitest bench --run test/bench/localDate.bench.ts
 */
import { bench, describe } from 'vitest'
import { fromAbsolute, startOfWeek, toCalendarDate } from '@internationalized/date'
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

describe(`local day + ISO week of ${isos.length} instants`, () => {
  bench('localDate.ts', all(handWritten))
  bench('@internationalized/date', all(library))
})
