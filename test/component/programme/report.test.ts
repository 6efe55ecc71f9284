import { afterEach, describe, expect, it } from 'vitest'
import ReportKpis from '@/features/programme/report/ReportKpis.vue'
import ReportGroups from '@/features/programme/report/ReportGroups.vue'
import type { InsightsAnswer, InsightsCell } from '@/domain/insights'
import { mountWithApp } from '../../helpers/mount'

const mounted: { unmount: () => void }[] = []
afterEach(() => {
  for (const w of mounted.splice(0)) w.unmount()
  document.body.innerHTML = ''
})

const org: InsightsCell = {
  dimension: 'organisation',
  key: 'all',
  people: 24,
  active: 18,
  adoption: 0.75,
  minutes_saved_low: 3000,
  minutes_saved_high: 7400,
}

describe('the report', () => {
  it('labels every KPI measured or self-reported and shows minutes saved only as a range', async () => {
    const { wrapper } = await mountWithApp(ReportKpis, {
      props: { current: org, previous: { ...org, active: 12 }, minGroup: 5 },
    })
    mounted.push(wrapper)
    const rows = wrapper.findAll('[data-testid="report-kpis"] tbody tr')
    expect(rows.length).toBe(9)
    expect(rows[0]!.text()).toMatch(/Aktive i perioden\s*18\s*12\s*målt/)
    expect(rows[1]!.text()).toMatch(/75\s?%/)
    expect(wrapper.text()).toContain('50–130 timer')
    // Minutes saved: now and the period before, each in its own column.
    const minutesRow = wrapper.findAll('[data-testid="report-kpis"] tbody tr').at(-1)!
    expect(minutesRow.findAll('td').map((c) => c.text())).toEqual([
      '50–130 timer',
      '50–130 timer',
      'selvrapportert',
    ])
    expect(wrapper.text()).toContain('selvrapportert')
    // A figure the server did not give reads "ingen data", never 0.
    expect(rows[3]!.text()).toContain('ingen data')
    expect(wrapper.text()).toContain('Grupper under 5 personer')
  })

  it('says the period before is being fetched while it is, not "ingen data" (nb)', async () => {
    const { wrapper } = await mountWithApp(ReportKpis, {
      props: { current: org, previous: null, previousPending: true, minGroup: 5 },
    })
    mounted.push(wrapper)
    const rows = wrapper.findAll('[data-testid="report-kpis"] tbody tr')
    expect(rows[0]!.text()).toMatch(/Aktive i perioden\s*18\s*henter …\s*målt/)
    expect(rows[0]!.text()).not.toContain('ingen data')
    await wrapper.setProps({ previousPending: false })
    expect(wrapper.findAll('[data-testid="report-kpis"] tbody tr')[0]!.text()).toContain('ingen data')
  })

  it('lists a department the server left out as "for få", with no numbers', async () => {
    const answer: InsightsAnswer = {
      min_group: 5,
      period: { from: '2026-11-07', to: '2026-12-06' },
      cells: [
        org,
        { dimension: 'department', key: 'd1', name: 'Salg', people: 9, active: 7, adoption: 0.78 },
      ],
    }
    const { wrapper } = await mountWithApp(ReportGroups, {
      locale: 'en',
      props: {
        answer,
        departments: [
          { id: 'd1', name: 'Salg' },
          { id: 'd2', name: 'IT' },
        ],
      },
    })
    mounted.push(wrapper)
    const rows = wrapper.findAll('[data-testid="report-groups"] tbody tr')
    expect(rows.map((r) => r.text())).toEqual([
      expect.stringMatching(/^IT\s*too few$/),
      expect.stringMatching(/^Salg\s*7\s*78%/),
    ])
  })
})
