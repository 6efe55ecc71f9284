import { describe, expect, it } from 'vitest'
import {
  computeRoi,
  computeRoiRange,
  emptyRoiInputs,
  parseAmount,
  parseRoiInputs,
  roundPercent,
  RoiError,
  MAX_AMOUNT,
  yearlyHoursFromMinutes,
} from '@/domain/roi'

describe('computeRoi', () => {
  it("gives the seed's example: 100 employees, cost 90 000, benefit 580 000 → 544 %", () => {
    const r = computeRoi({
      costs: { training: 60_000, externalHelp: 15_000, licences: 10_000, hrCoordination: 5_000 },
      benefits: { timeSaved: 400_000, fewerRewrites: 100_000, fasterProcesses: 80_000 },
    })
    expect(r.cost).toBe(90_000)
    expect(r.benefit).toBe(580_000)
    expect(r.net).toBe(490_000)
    expect(r.percent).toBeCloseTo(544.444, 3)
    expect(roundPercent(r.percent)).toBe(544)
  })

  it('keeps percent unrounded and allows a loss', () => {
    expect(computeRoi({ costs: { a: 3 }, benefits: { b: 4 } }).percent).toBeCloseTo(33.3333, 4)
    const loss = computeRoi({ costs: { a: 100 }, benefits: {} })
    expect(loss.net).toBe(-100)
    expect(loss.percent).toBe(-100)
  })

  it('refuses a zero or missing cost with a typed error, never Infinity', () => {
    const cases: Record<string, number>[] = [{}, { a: 0 }, { a: 0, b: 0 }]
    for (const costs of cases) {
      expect(() => computeRoi({ costs, benefits: { b: 10 } })).toThrowError(RoiError)
      try {
        computeRoi({ costs, benefits: { b: 10 } })
      } catch (e) {
        expect((e as RoiError).code).toBe('no_cost')
      }
    }
  })

  it.each([
    [-1, 'invalid_line'],
    [Number.NaN, 'invalid_line'],
    [Number.POSITIVE_INFINITY, 'invalid_line'],
    [1e15, 'too_large'],
  ])('rejects a cost line of %s (%s)', (value, code) => {
    const run = () => computeRoi({ costs: { a: 10, bad: value }, benefits: {} })
    expect(run).toThrowError(RoiError)
    try {
      run()
    } catch (e) {
      expect((e as RoiError).code).toBe(code)
      expect((e as RoiError).line).toBe('cost.bad')
    }
  })

  it('rejects a negative benefit line by name', () => {
    try {
      computeRoi({ costs: { a: 10 }, benefits: { rewrites: -5 } })
      expect.unreachable()
    } catch (e) {
      expect((e as RoiError).line).toBe('benefit.rewrites')
    }
  })
})

describe('computeRoiRange', () => {
  it('gives low ≤ base ≤ high with the same cost', () => {
    const r = computeRoiRange({
      costs: { a: 90_000 },
      benefits: { t: { low: 290_000, base: 580_000, high: 725_000 } },
    })
    expect(roundPercent(r.low.percent)).toBe(222)
    expect(roundPercent(r.base.percent)).toBe(544)
    expect(roundPercent(r.high.percent)).toBe(706)
    expect(r.low.cost).toBe(r.high.cost)
  })

  it('refuses a line whose low is above its base', () => {
    expect(() =>
      computeRoiRange({ costs: { a: 1 }, benefits: { t: { low: 5, base: 4, high: 6 } } }),
    ).toThrowError(RoiError)
  })
})

describe('parseAmount', () => {
  it.each([
    ['90 000', 90_000],
    ['90\u00a0000', 90_000],
    ['1 234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['580,000', 580_000],
    ['12,5', 12.5],
    ['', 0],
  ])('reads %j as %d', (raw, value) => {
    expect(parseAmount(raw)).toEqual({ value })
  })

  it.each([
    ['-5', 'negative'],
    ['abc', 'not_a_number'],
    ['12kr', 'not_a_number'],
    ['1e3', 'not_a_number'],
    ['1000000000000000', 'too_large'],
    [String(MAX_AMOUNT * 10), 'too_large'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(parseAmount(raw)).toEqual({ problem })
  })
})

describe('parseRoiInputs', () => {
  const seed = {
    ...emptyRoiInputs(),
    currency: 'EUR' as const,
    trainingHours: '12',
    hourlyCost: '50',
    people: '100',
    externalHelp: '15 000',
    licences: '10 000',
    hrCoordination: '5 000',
    hoursSaved: '8 000',
    fewerRewrites: '100 000',
    fasterProcesses: '80 000',
  }

  it("turns the seed's example into 90 000 of cost and 580 000 of benefit", () => {
    const parsed = parseRoiInputs(seed)
    expect(parsed.problems).toEqual({})
    const r = computeRoiRange(parsed)
    expect(r.base.cost).toBe(90_000)
    expect(r.base.benefit).toBe(580_000)
    expect(roundPercent(r.base.percent)).toBe(544)
    expect(r.low.benefit).toBe(290_000)
    expect(r.high.benefit).toBe(725_000)
  })

  it('names each bad field', () => {
    const parsed = parseRoiInputs({
      ...seed,
      licences: '-1',
      externalHelp: 'mye',
      otherCost: '1000000000000000',
      people: '2,5',
      highPercent: '80',
    })
    expect(parsed.problems).toEqual({
      licences: 'negative',
      externalHelp: 'not_a_number',
      otherCost: 'too_large',
      people: 'not_whole',
      highPercent: 'out_of_range',
    })
  })

  it('uses the low end of self-reported hours as the base', () => {
    const parsed = parseRoiInputs({
      ...seed,
      hoursSavedSource: 'self_reported',
      hoursSavedLow: '4000',
      hoursSavedHigh: '10000',
    })
    expect(parsed.benefits.timeSaved).toEqual({ low: 100_000, base: 200_000, high: 500_000 })
    expect(
      parseRoiInputs({
        ...seed,
        hoursSavedSource: 'self_reported',
        hoursSavedLow: '9',
        hoursSavedHigh: '3',
      }).problems,
    ).toEqual({ hoursSavedHigh: 'out_of_range' })
  })
})

describe('yearlyHoursFromMinutes', () => {
  it('scales a 30-day window to a year, low down and high up', () => {
    // 30 days: ×365/30; 6 000 min = 100 h → 1 216.67 h a year; 9 000 min → 1 825 h.
    expect(yearlyHoursFromMinutes(6000, 9000, '2026-11-07', '2026-12-06')).toEqual({
      low: 1216,
      high: 1825,
    })
  })
  it('is null without figures or with a broken window', () => {
    expect(yearlyHoursFromMinutes(null, 10, '2026-11-07', '2026-12-06')).toBeNull()
    expect(yearlyHoursFromMinutes(1, 10, '2026-12-06', '2026-11-07')).toBeNull()
    expect(yearlyHoursFromMinutes(1, 10, 'x', 'y')).toBeNull()
  })
})
