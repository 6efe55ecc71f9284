import { describe, expect, it } from 'vitest'
import {
  STEPS,
  checkProgramme,
  currentWeek,
  emptyProgramme,
  programmeFromStored,
  programmeSummary,
  stepDates,
  stepOfWeek,
} from '@/domain/programme'

describe('the five steps', () => {
  it("follow the seed's weeks: 1–2, 3, 4–5, 6–9, 10+", () => {
    expect(STEPS.map((s) => [s.weeks.first, s.weeks.last])).toEqual([
      [1, 2],
      [3, 3],
      [4, 5],
      [6, 9],
      [10, null],
    ])
  })

  it('date each step from the start date', () => {
    expect(stepDates('2026-09-07', STEPS[0]!)).toEqual({ from: '2026-09-07', to: '2026-09-20' })
    expect(stepDates('2026-09-07', STEPS[3]!)).toEqual({ from: '2026-10-12', to: '2026-11-08' })
    expect(stepDates('2026-09-07', STEPS[4]!)).toEqual({ from: '2026-11-09', to: null })
    expect(stepDates(null, STEPS[0]!)).toBeNull()
    expect(stepDates('2026-02-30', STEPS[0]!)).toBeNull()
  })

  it('know the current week and its step', () => {
    expect(currentWeek('2026-09-07', '2026-09-06')).toBeNull()
    expect(currentWeek('2026-09-07', '2026-09-07')).toBe(1)
    expect(currentWeek('2026-09-07', '2026-09-21')).toBe(3)
    expect(stepOfWeek(3)?.id).toBe('matrix')
    expect(stepOfWeek(9)?.id).toBe('coaching')
    expect(stepOfWeek(40)?.id).toBe('measure')
    expect(stepOfWeek(null)).toBeNull()
  })
})

describe('checks and stored rows', () => {
  it('finds what the server would refuse', () => {
    const p = emptyProgramme()
    expect(checkProgramme(p)).toEqual([])
    p.startDate = '1999-01-01'
    p.steps[2]!.notes = 'x'.repeat(2001)
    p.steps[0]!.owner = 'o'.repeat(81)
    p.pilotNote = 'p'.repeat(501)
    expect(checkProgramme(p).map((x) => x.code)).toEqual([
      'bad_start_date',
      'owner_too_long',
      'notes_too_long',
      'pilot_note_too_long',
    ])
  })

  it('reads a stored row defensively and summarises it', () => {
    const p = programmeFromStored({
      start_date: 'soon',
      steps: [{ status: 'done', owner: 'Kari' }, { status: 'weird' }, 'x'],
      pitfalls: { big_bang: true, made_up: true, no_leaders: 'yes' },
      pilot_department_ids: ['d1', 5],
    })
    expect(p.startDate).toBeNull()
    expect(p.steps).toHaveLength(5)
    expect(p.steps[0]).toEqual({ status: 'done', owner: 'Kari', notes: '' })
    expect(p.steps[1]!.status).toBe('not_started')
    expect(p.pitfalls).toEqual({ big_bang: true })
    expect(p.pilotDepartmentIds).toEqual(['d1'])
    expect(programmeSummary(p)).toMatchObject({
      done: 1,
      inProgress: 0,
      total: 5,
      pitfallsChecked: 1,
    })
  })
})
