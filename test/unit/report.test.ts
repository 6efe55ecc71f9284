import { describe, expect, it } from 'vitest'
import { nextSteps, reportKpis, toCsv } from '@/domain/report'
import { emptyProgramme } from '@/domain/programme'
import type { InsightsCell } from '@/domain/insights'

describe('reportKpis', () => {
  it('takes figures only from the cells given, null where missing', () => {
    const now = { dimension: 'organisation', key: 'all', active: 40, adoption: 0.5 } as InsightsCell
    const before = { dimension: 'organisation', key: 'all', active: 30 } as InsightsCell
    const rows = reportKpis(now, before)
    expect(rows[0]).toEqual({ metric: 'active', value: 40, previous: 30 })
    expect(rows[1]).toEqual({ metric: 'adoption', value: 0.5, previous: null })
    expect(reportKpis(null, null).every((r) => r.value === null && r.previous === null)).toBe(true)
  })
})

describe('nextSteps', () => {
  it('asks for a start date, the first unfinished steps and an ROI', () => {
    expect(nextSteps(null, false)).toEqual([{ kind: 'start' }, { kind: 'roi' }])
    const p = emptyProgramme()
    p.startDate = '2026-09-07'
    p.steps[0] = { status: 'done', owner: '', notes: '' }
    p.steps[1] = { status: 'in_progress', owner: 'Kari', notes: '' }
    const steps = nextSteps(p, true)
    expect(steps[0]).toEqual({ kind: 'step', step: 'matrix', owner: 'Kari' })
    expect(steps[1]).toEqual({ kind: 'step', step: 'training', owner: '' })
    expect(steps[2]?.kind).toBe('pitfalls')
    expect(steps).toHaveLength(3)
  })
})

describe('toCsv', () => {
  it('quotes, escapes and defuses formulas', () => {
    expect(
      toCsv([
        ['a', 'b, c', 'say "hi"'],
        [1, 0.5, null],
      ]),
    ).toBe('a,"b, c","say ""hi"""\r\n1,0.5,\r\n')
    expect(toCsv([['=SUM(A1)', '-1', '@x', 'plain']])).toBe(`"'=SUM(A1)","'-1","'@x",plain\r\n`)
    expect(toCsv([['line\nbreak']])).toBe('"line\nbreak"\r\n')
  })
})
