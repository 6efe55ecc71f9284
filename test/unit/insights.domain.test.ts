import { describe, expect, it } from 'vitest'
import {
  countEntries,
  keepIfSameFigures,
  formatMetric,
  groupRows,
  isInsightsAnswer,
  isPulseDue,
  metricInfo,
  minutesSavedRange,
  organisationCell,
  pulseWeek,
  trendSeries,
  type InsightsAnswer,
} from '@/domain/insights'

const answer = (from: string, cells: InsightsAnswer['cells']): InsightsAnswer => ({
  min_group: 5,
  period: { kind: 'week', from, to: from },
  cells,
})

describe('metric labels', () => {
  it('says which figures are measured and which self-reported', () => {
    expect(metricInfo.active.source).toBe('measured')
    expect(metricInfo.library_prompts_reused.source).toBe('measured')
    expect(metricInfo.minutes_saved.source).toBe('selfReported')
    expect(metricInfo.pulse_satisfaction_avg.source).toBe('selfReported')
    expect(metricInfo.pulse_used_ai_share.format).toBe('share')
  })
})

describe('formatMetric', () => {
  it('formats shares, averages and counts in the locale', () => {
    expect(formatMetric(0.456, 'share', 'nb')).toMatch(/^46\s?%$/)
    expect(formatMetric(0.456, 'share', 'en')).toBe('46%')
    expect(formatMetric(3.25, 'average', 'nb')).toBe('3,3')
    expect(formatMetric(3.25, 'average', 'en')).toBe('3.3')
    expect(formatMetric(12345.4, 'count', 'en')).toBe('12,345')
    expect(formatMetric(12345.4, 'count', 'nb')).toMatch(/^12\s345$/)
  })
  it('never turns a missing figure into zero', () => {
    expect(formatMetric(null, 'count', 'nb')).toBeNull()
    expect(formatMetric(undefined, 'share', 'nb')).toBeNull()
    expect(formatMetric(Number.NaN, 'count', 'nb')).toBeNull()
    expect(formatMetric(0, 'count', 'en')).toBe('0')
  })
})

describe('minutesSavedRange', () => {
  it('shows small totals in minutes, rounded outwards to two figures', () => {
    expect(minutesSavedRange(37, 94)).toEqual({ low: 37, high: 94, unit: 'minutes' })
    expect(minutesSavedRange(8, 11)).toEqual({ low: 8, high: 11, unit: 'minutes' })
  })
  it('shows large totals in hours, low end down and high end up', () => {
    expect(minutesSavedRange(6000, 13_260)).toEqual({ low: 100, high: 230, unit: 'hours' })
    expect(minutesSavedRange(1234, 2345)).toEqual({ low: 20, high: 40, unit: 'hours' })
  })
  it('is never one figure made up from nothing', () => {
    expect(minutesSavedRange(null, 30)).toBeNull()
    expect(minutesSavedRange(30, undefined)).toBeNull()
    expect(minutesSavedRange(90, 30)).toEqual({ low: 30, high: 90, unit: 'minutes' })
  })
})

describe('trendSeries', () => {
  it('takes one metric of one group from every period, null where it is absent', () => {
    const trend = [
      answer('2026-11-16', [{ dimension: 'organisation', key: 'all', people: 60, active: 30 }]),
      answer('2026-11-23', [
        { dimension: 'organisation', key: 'all', people: 60, active: 34 },
        { dimension: 'department', key: 'd1', people: 12, active: 9 },
      ]),
      answer('2026-11-30', [{ dimension: 'organisation', key: 'all', people: 61, active: null }]),
    ]
    expect(trendSeries(trend, 'active').map((p) => p.value)).toEqual([30, 34, null])
    expect(trendSeries(trend, 'active', 'department', 'd1').map((p) => p.value)).toEqual([
      null,
      9,
      null,
    ])
    expect(trendSeries(trend, 'active')[1]!.from).toBe('2026-11-23')
  })
})

describe('groupRows', () => {
  it('lists every known department and marks the ones left out as suppressed', () => {
    const a = answer('2026-11-30', [
      { dimension: 'organisation', key: 'all', people: 40, active: 20 },
      { dimension: 'department', key: 'sales', name: 'Salg', people: 12, active: 8 },
      { dimension: 'department', key: 'new', name: 'Nytt', people: 9, active: 3 },
    ])
    const rows = groupRows(a, 'department', [
      { id: 'sales', name: 'Salg' },
      { id: 'hr', name: 'HR' },
      { id: 'it', name: 'IT' },
    ])
    expect(rows.map((r) => [r.name, r.suppressed])).toEqual([
      ['HR', true],
      ['IT', true],
      ['Nytt', false],
      ['Salg', false],
    ])
    expect(rows.find((r) => r.key === 'hr')!.cell).toBeNull()
  })
  it('treats a preview cell marked suppressed as suppressed', () => {
    const a = answer('2026-11-30', [{ dimension: 'department', key: 'hr', suppressed: true }])
    expect(groupRows(a, 'department', [{ id: 'hr', name: 'HR' }])[0]!.suppressed).toBe(true)
    expect(organisationCell(a)).toBeNull()
  })
})

describe('countEntries', () => {
  it('orders by a given order, else by count', () => {
    expect(
      countEntries({ '60-180': 2, '0': 5, '1-15': 1 }, ['0', '1-15', '15-60', '60-180']),
    ).toEqual([
      ['0', 5],
      ['1-15', 1],
      ['60-180', 2],
    ])
    expect(countEntries({ time: 2, tools: 7 })).toEqual([
      ['tools', 7],
      ['time', 2],
    ])
    expect(countEntries(null)).toEqual([])
  })
})

describe('isInsightsAnswer', () => {
  it('accepts the contract shape and refuses others', () => {
    expect(isInsightsAnswer(answer('2026-11-30', []))).toBe(true)
    expect(isInsightsAnswer(null)).toBe(false)
    expect(isInsightsAnswer({ min_group: 5, cells: [] })).toBe(false)
    expect(isInsightsAnswer({ min_group: 5, period: { from: 'a', to: 'b' }, cells: [{}] })).toBe(
      false,
    )
  })
})

describe('the weekly pulse', () => {
  // 2026-12-07 is a Monday. 09:00 in Oslo = 08:00 UTC.
  const mondayMorning = new Date('2026-12-07T08:00:00Z')
  const window = { days: [1, 3] as const, from: '08:30' as const, to: '10:00' as const }

  it('belongs to the Monday of the ISO week in Oslo', () => {
    expect(pulseWeek(mondayMorning)).toBe('2026-12-07')
    expect(pulseWeek(new Date('2026-12-13T22:30:00Z'))).toBe('2026-12-07') // Sunday 23:30
    expect(pulseWeek(new Date('2026-12-13T23:30:00Z'))).toBe('2026-12-14') // Monday 00:30
  })
  it('is due inside the learning window until answered or skipped this week', () => {
    expect(isPulseDue({ now: mondayMorning, window, doneWeeks: [] })).toBe(true)
    expect(isPulseDue({ now: mondayMorning, window, doneWeeks: ['2026-12-07'] })).toBe(false)
    expect(isPulseDue({ now: mondayMorning, window, doneWeeks: new Set(['2026-11-30']) })).toBe(
      true,
    )
  })
  it('waits outside the learning window', () => {
    expect(isPulseDue({ now: new Date('2026-12-08T08:00:00Z'), window, doneWeeks: [] })).toBe(false)
    expect(isPulseDue({ now: new Date('2026-12-07T06:00:00Z'), window, doneWeeks: [] })).toBe(false)
  })
  it('uses the default window (weekdays 08–16) when none is chosen', () => {
    expect(isPulseDue({ now: mondayMorning, window: null, doneWeeks: [] })).toBe(true)
    expect(isPulseDue({ now: new Date('2026-12-12T10:00:00Z'), window: null, doneWeeks: [] })).toBe(
      false,
    )
  })
})

describe('keepIfSameFigures', () => {
  const cell = { dimension: 'organisation', key: 'all', people: 24, active: 18 }
  const answer = (active: number, generated: string) => ({
    min_group: 5,
    period: { kind: '30d', from: '2026-11-07', to: '2026-12-06' },
    generated_at: generated,
    cells: [{ ...cell, active }],
  })

  it('keeps the previous object when only the time the server made it differs', () => {
    const previous = answer(18, '2026-12-07T03:00:00Z')
    expect(keepIfSameFigures(previous, answer(18, '2026-12-07T09:00:00Z'))).toBe(previous)
    const trend = [previous]
    expect(keepIfSameFigures(trend, [answer(18, '2026-12-07T09:00:00Z')])).toBe(trend)
  })

  it('takes the new object when a figure changed, and the first one there is', () => {
    const previous = answer(18, '2026-12-07T03:00:00Z')
    const next = answer(19, '2026-12-07T03:00:00Z')
    expect(keepIfSameFigures(previous, next)).toBe(next)
    expect(keepIfSameFigures(undefined, next)).toBe(next)
    expect(keepIfSameFigures([previous], [previous, next])).toEqual([previous, next])
    expect(keepIfSameFigures(previous, null)).toBeNull()
  })
})
