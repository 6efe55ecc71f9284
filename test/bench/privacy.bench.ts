/**
 * Privacy-guard throughput: chars/ms, median of many timed batches, on a 10 000-character
 * Norwegian text with scattered findings, beside a baseline measured in the same run (one plain
 * regex scan for digit runs over the same text).
 *
 * Run: npx vitest bench --run test/bench/privacy.bench.ts
 * (bench mode picks up *.bench.ts; `npm test` includes only test/{unit,component,db,sync}/**\/*.test.ts)
 *
 * The figures are printed when the file is collected; vitest's own bench table follows.
 */
import { bench, describe } from 'vitest'
import { createPrivacyGuard, findSensitiveData } from '@/domain/privacy'

const TEXT_LENGTH = 10_000
const BATCHES = 200
const RUNS_PER_BATCH = 10
const WARM_UP_RUNS = 300

// Synthetic, checksum-valid numbers (fødselsnummer 17.05.85, accounts, a test card), and a name
// and a bare account number for the lower-confidence ("may be") checks.
const sentences = [
  'Hei Kari, takk for møtet i går om tilbudet til Solbakken borettslag.',
  'Prisen er kr 2 450 000 eks. mva., og oppstart er 17.05.2025 kl. 08.30.',
  'Kontaktperson er Per, tlf 987 65 432, eller e-post per.hansen@solbakken.no.',
  'Ordre 4512378 og ordrenummer 45123789 gjelder rørdeler fra lageret i uke 34.',
  'Fødselsnummeret 17058523409 skal ikke stå i en prompt, heller ikke 170585 23409.',
  'Refusjon går til konto 1503.12.34565, men utenlandske betalinger til NO93 8601 1117 947.',
  'Kortet 4111 1111 1111 1111 ble belastet, og sentralbordet har +47 22 33 44 55.',
  'Prosjekt Fjellrev er 45 % ferdig, og rammen for 2025–2026 er uendret.',
  'Vi bruker Copilot til referater og sparer rundt 30 minutter per møte.',
  'Husk at kundedata er rødt og aldri skal limes inn i en gratis chatbot.',
  'Kunden Anne-Lise Berg vil ha pengene til 86011117947, og vi sparer 30 minutter per dag.',
]

function buildText(): string {
  let text = ''
  for (let i = 0; text.length < TEXT_LENGTH; i++) text += `${sentences[i % sentences.length]} `
  return text.slice(0, TEXT_LENGTH)
}

const text = buildText()
const customTerms = ['Solbakken borettslag', 'Prosjekt Fjellrev', 'Nordlys']
const guard = createPrivacyGuard({ customTerms })
const DIGITS = /\d+/g

// Every result is used, so no run can be optimised away.
let sink = 0
const subjects: Record<string, () => void> = {
  'privacy guard (compiled once)': () => {
    sink += guard(text).length
  },
  'findSensitiveData (compiles terms per call)': () => {
    sink += findSensitiveData(text, { customTerms }).length
  },
  'baseline: /\\d+/g scan': () => {
    sink += text.match(DIGITS)?.length ?? 0
  },
}

function medianMsPerRun(run: () => void): number {
  for (let i = 0; i < WARM_UP_RUNS; i++) run()
  const perRun: number[] = []
  for (let b = 0; b < BATCHES; b++) {
    const started = performance.now()
    for (let r = 0; r < RUNS_PER_BATCH; r++) run()
    perRun.push((performance.now() - started) / RUNS_PER_BATCH)
  }
  perRun.sort((a, b) => a - b)
  return perRun[Math.floor(perRun.length / 2)]!
}

const findings = guard(text)
const rows = Object.entries(subjects).map(([name, run]) => {
  const ms = medianMsPerRun(run)
  return { name, 'ms per run (median)': ms.toFixed(4), 'chars/ms': Math.round(text.length / ms) }
})
console.log(
  `\nPrivacy guard on ${text.length} chars, ${findings.length} findings; ` +
    `median of ${BATCHES} batches × ${RUNS_PER_BATCH} runs, Node ${process.version}`,
)
console.table(rows)
const pageMs = (3_000 / rows[0]!['chars/ms']).toFixed(3)
console.log(`A 3 000-character page takes about ${pageMs} ms (frame budget 16 ms). [${sink}]\n`)

describe('privacy guard throughput (10 000 chars)', () => {
  for (const [name, run] of Object.entries(subjects)) bench(name, run)
})
