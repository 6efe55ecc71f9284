import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ProgrammePage from '@/pages/ProgrammePage.vue'
import { db } from '@/data/db'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const SALES = '20000000-0000-4000-a000-000000000001'
const mounted: { unmount: () => void }[] = []

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  localStorage.clear()
  await db.organisations.put({
    id: ORG,
    name: 'Nordlys Industri AS',
    min_group_size: 5,
    created_at: '2025-10-01T00:00:00.000Z',
  } as never)
  await db.memberships.put({
    id: crypto.randomUUID(),
    user_id: ME,
    organisation_id: ORG,
    roles: ['member', 'hr'],
    created_at: '2025-10-01T00:00:00.000Z',
  } as never)
  await db.departments.put({
    id: SALES,
    organisation_id: ORG,
    name: 'Salg',
    created_at: '2025-10-01T00:00:00.000Z',
  } as never)
})

afterEach(async () => {
  for (const w of mounted.splice(0)) w.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe('programme tracker', () => {
  it('shows the five steps with weeks and guides, and saves start, pilot, a step and a pitfall as one row', async () => {
    const m = await mountWithApp(ProgrammePage, { locale: 'en', path: '/insights/programme' })
    mounted.push(m.wrapper)
    useSessionStore(m.pinia).userId = ME
    const { wrapper } = m
    await waitFor(() => wrapper.find('form.programme').exists(), 4000)
    const headings = wrapper.findAll('h3').map((h) => h.text())
    expect(headings).toEqual([
      'Step 1: Mapping and gap analysis',
      'Step 2: Skills matrix',
      'Step 3: Training programme',
      'Step 4: Use and coaching',
      'Step 5: Measure and scale',
    ])
    expect(wrapper.text()).toContain('Weeks 1–2')
    expect(wrapper.text()).toContain('Week 10 onwards')
    expect(wrapper.text()).toContain('70 % practice on one')

    await wrapper.get('#programme-start').setValue('2026-09-07')
    await wrapper.get('#programme-start').trigger('change')
    await waitFor(() => wrapper.findAll('.programme-pilot__option input').length === 1)
    const sales = wrapper.findAll('.programme-pilot__option input')[0]!
    await sales.setValue(true)
    await wrapper.get('#step-mapping-status').setValue('done')
    await wrapper.get('#step-mapping-owner').setValue('Ingrid')
    const pitfall = wrapper.findAll('.pitfalls input')[0]!
    await pitfall.setValue(true)
    expect(wrapper.get('[data-testid="programme-summary"]').text()).toContain('1 of 5 steps done')
    await wrapper.get('form.programme').trigger('submit')
    await waitFor(() => wrapper.text().includes('Saved'), 4000)
    const row = await db.hr_programmes.get(ORG)
    expect(row).toMatchObject({
      start_date: '2026-09-07',
      pilot_department_ids: [SALES],
      pitfalls: { big_bang: true },
    })
    expect(row!.steps[0]).toEqual({ status: 'done', owner: 'Ingrid' })
    expect(row!.steps).toHaveLength(5)
    expect(await db.outbox.where('table').equals('hr_programmes').count()).toBe(1)
  })

  it('refuses notes longer than the server takes, with the message by the step', async () => {
    const m = await mountWithApp(ProgrammePage, { path: '/insights/programme' })
    mounted.push(m.wrapper)
    useSessionStore(m.pinia).userId = ME
    await waitFor(() => m.wrapper.find('form.programme').exists(), 4000)
    // maxlength stops typing; a pasted or synced longer text is still caught before saving.
    await m.wrapper.get('#step-matrix-notes').setValue('x'.repeat(2001))
    await m.wrapper.get('form.programme').trigger('submit')
    await waitFor(() => m.wrapper.text().includes('Notatene kan være høyst 2000 tegn.'))
    expect(await db.hr_programmes.count()).toBe(0)
  })
})
