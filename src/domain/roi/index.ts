/**
 * Return on investment of the AI competence programme (PRODUCT.md H6, the seed's formula):
 *
 *   ROI = (benefit − cost) / cost × 100
 *
 * Pure: amounts in one currency, no rounding (the screen rounds). The seed's example — cost
 * 90 000, benefit 580 000 — gives 544.44… %, shown as 544 %.
 */

/** The largest amount one line may hold (a trillion): beyond it an entry is a typo, not a budget. */
export const MAX_AMOUNT = 1e12

export type RoiErrorCode = 'no_cost' | 'invalid_line' | 'too_large'

/** Why an ROI cannot be computed. `line` names the offending cost or benefit line. */
export class RoiError extends Error {
  constructor(
    readonly code: RoiErrorCode,
    readonly line?: string,
  ) {
    super(line ? `ROI: ${code} (${line})` : `ROI: ${code}`)
    this.name = 'RoiError'
  }
}

export interface RoiResult {
  cost: number
  benefit: number
  net: number
  /** Unrounded percentage; the caller rounds for display. */
  percent: number
}

function sum(lines: Record<string, number>, side: 'cost' | 'benefit'): number {
  let total = 0
  for (const [name, value] of Object.entries(lines)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RoiError('invalid_line', `${side}.${name}`)
    }
    if (value > MAX_AMOUNT) throw new RoiError('too_large', `${side}.${name}`)
    total += value
  }
  return total
}

/**
 * Sums the cost and benefit lines and applies the formula. Every line must be a finite number
 * ≥ 0 and ≤ MAX_AMOUNT (RoiError 'invalid_line' / 'too_large'); a total cost of 0 has no ROI
 * (RoiError 'no_cost', never Infinity or NaN).
 */
export function computeRoi(input: {
  costs: Record<string, number>
  benefits: Record<string, number>
}): RoiResult {
  const cost = sum(input.costs, 'cost')
  const benefit = sum(input.benefits, 'benefit')
  if (!(cost > 0)) throw new RoiError('no_cost')
  const net = benefit - cost
  return { cost, benefit, net, percent: (net / cost) * 100 }
}

/** A benefit line's three scenarios. */
export interface BenefitRange {
  low: number
  base: number
  high: number
}

export interface RoiRange {
  low: RoiResult
  base: RoiResult
  high: RoiResult
}

/**
 * Low / base / high: the costs are the same in each (they are budgets, known better than the
 * gains); each benefit line gives its own low, base and high amount. Throws as computeRoi does,
 * and 'invalid_line' when a line's low > base or base > high.
 */
export function computeRoiRange(input: {
  costs: Record<string, number>
  benefits: Record<string, BenefitRange>
}): RoiRange {
  const pick = (k: keyof BenefitRange) =>
    Object.fromEntries(Object.entries(input.benefits).map(([name, r]) => [name, r[k]]))
  const result = {
    low: computeRoi({ costs: input.costs, benefits: pick('low') }),
    base: computeRoi({ costs: input.costs, benefits: pick('base') }),
    high: computeRoi({ costs: input.costs, benefits: pick('high') }),
  }
  for (const [name, r] of Object.entries(input.benefits)) {
    if (!(r.low <= r.base && r.base <= r.high))
      throw new RoiError('invalid_line', `benefit.${name}`)
  }
  return result
}

/** A line's scenarios from its base amount and the spread (e.g. low 0.5, high 1.25 of base). */
export function spread(base: number, factors: { low: number; high: number }): BenefitRange {
  return { low: base * factors.low, base, high: base * factors.high }
}

// ---------------------------------------------------------------------------------------------
// The calculator's inputs (what HR types) and their parsing.

export const CURRENCIES = ['NOK', 'EUR'] as const
export type Currency = (typeof CURRENCIES)[number]

/** Every number field of the calculator, as typed (strings: the form keeps what was typed). */
export interface RoiInputs {
  currency: Currency
  /** Internal training time = hours × hourly cost × people. */
  trainingHours: string
  hourlyCost: string
  people: string
  externalHelp: string
  licences: string
  hrCoordination: string
  otherCost: string
  /** Time saved: hours a year for everyone together (× hourly cost). */
  hoursSaved: string
  /** Where the hours saved came from: typed by HR, or the insights' self-reported range. */
  hoursSavedSource: 'typed' | 'self_reported'
  hoursSavedLow: string
  hoursSavedHigh: string
  fewerRewrites: string
  fasterProcesses: string
  otherBenefit: string
  /** The spread of the other benefit lines, in percent of the base: low and high. */
  lowPercent: string
  highPercent: string
}

export type RoiField = Exclude<keyof RoiInputs, 'currency' | 'hoursSavedSource'>

export const emptyRoiInputs = (): RoiInputs => ({
  currency: 'NOK',
  trainingHours: '',
  hourlyCost: '',
  people: '',
  externalHelp: '',
  licences: '',
  hrCoordination: '',
  otherCost: '',
  hoursSaved: '',
  hoursSavedSource: 'typed',
  hoursSavedLow: '',
  hoursSavedHigh: '',
  fewerRewrites: '',
  fasterProcesses: '',
  otherBenefit: '',
  lowPercent: '50',
  highPercent: '125',
})

export type FieldProblem = 'not_a_number' | 'negative' | 'too_large' | 'not_whole' | 'out_of_range'

/** Upper bounds for fields that are not money. */
const FIELD_MAX: Partial<Record<RoiField, number>> = {
  trainingHours: 10_000,
  hourlyCost: 100_000,
  people: 1_000_000,
  hoursSaved: 1e9,
  hoursSavedLow: 1e9,
  hoursSavedHigh: 1e9,
  lowPercent: 100,
  highPercent: 1000,
}

/**
 * A number as people type it in either language: spaces (also no-break) and `'` as thousands
 * separators, `,` or `.` as the decimal mark ("90 000", "1 234,5", "1,234.5" → numbers).
 * Empty is 0. Returns a problem for text, negatives and absurd sizes.
 */
export function parseAmount(
  raw: string,
  max = MAX_AMOUNT,
): { value: number } | { problem: FieldProblem } {
  let s = raw.trim().replace(/[\s\u00a0\u202f']/gu, '')
  if (s === '') return { value: 0 }
  if (s.startsWith('-') || s.startsWith('−')) return { problem: 'negative' }
  // Both marks: the last one is the decimal mark.
  if (s.includes(',') && s.includes('.')) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.'
    s = s.replaceAll(decimal === ',' ? '.' : ',', '').replace(',', '.')
  } else if (/^\d{1,3}(,\d{3})+$/u.test(s)) {
    s = s.replaceAll(',', '')
  } else {
    s = s.replace(',', '.')
  }
  if (!/^\d+(\.\d+)?$/u.test(s)) return { problem: 'not_a_number' }
  const value = Number(s)
  if (!Number.isFinite(value)) return { problem: 'too_large' }
  if (value > max) return { problem: 'too_large' }
  return { value }
}

export interface ParsedRoi {
  /** Problems by field; empty when every field is fine. */
  problems: Partial<Record<RoiField, FieldProblem>>
  costs: Record<string, number>
  benefits: Record<string, BenefitRange>
}

/** Reads the typed fields into cost and benefit lines (base with its low/high scenarios). */
export function parseRoiInputs(inputs: RoiInputs): ParsedRoi {
  const problems: ParsedRoi['problems'] = {}
  const n = (field: RoiField): number => {
    const r = parseAmount(inputs[field] ?? '', FIELD_MAX[field] ?? MAX_AMOUNT)
    if ('problem' in r) {
      problems[field] = r.problem
      return 0
    }
    if (field === 'people' && !Number.isInteger(r.value)) {
      problems[field] = 'not_whole'
      return 0
    }
    return r.value
  }
  const hourly = n('hourlyCost')
  const training = n('trainingHours') * hourly * n('people')
  const costs = {
    training,
    externalHelp: n('externalHelp'),
    licences: n('licences'),
    hrCoordination: n('hrCoordination'),
    otherCost: n('otherCost'),
  }
  const lowFactor = n('lowPercent') / 100
  const highFactor = n('highPercent') / 100
  if (!problems.highPercent && highFactor < 1) problems.highPercent = 'out_of_range'
  const factors = { low: lowFactor, high: Math.max(1, highFactor) }
  let timeSaved: BenefitRange
  if (inputs.hoursSavedSource === 'self_reported') {
    const low = n('hoursSavedLow')
    const high = n('hoursSavedHigh')
    if (!problems.hoursSavedHigh && high < low) problems.hoursSavedHigh = 'out_of_range'
    // Self-reported minutes overstate: the low end of what people reported is the base.
    timeSaved = {
      low: low * lowFactor * hourly,
      base: low * hourly,
      high: Math.max(low, high) * hourly,
    }
  } else {
    timeSaved = spread(n('hoursSaved') * hourly, factors)
  }
  const benefits = {
    timeSaved,
    fewerRewrites: spread(n('fewerRewrites'), factors),
    fasterProcesses: spread(n('fasterProcesses'), factors),
    otherBenefit: spread(n('otherBenefit'), factors),
  }
  return { problems, costs, benefits }
}

/** The whole percentage to show (544.44 → 544). */
export function roundPercent(percent: number): number {
  return Math.round(percent)
}

/**
 * Self-reported minutes saved in a window (the insights' range) as hours a year for everyone:
 * scaled by 365 / the window's days, the low end rounded down and the high end up to whole hours.
 * Null when a figure is missing or the window is not a real one.
 */
export function yearlyHoursFromMinutes(
  minutesLow: number | null | undefined,
  minutesHigh: number | null | undefined,
  from: string,
  to: string,
): { low: number; high: number } | null {
  if (minutesLow == null || minutesHigh == null) return null
  if (!Number.isFinite(minutesLow) || !Number.isFinite(minutesHigh)) return null
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1
  if (!Number.isFinite(days) || days < 1) return null
  const [a, b] = minutesLow <= minutesHigh ? [minutesLow, minutesHigh] : [minutesHigh, minutesLow]
  const scale = 365 / days / 60
  return { low: Math.floor(Math.max(0, a) * scale), high: Math.ceil(Math.max(0, b) * scale) }
}
