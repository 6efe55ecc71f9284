import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import RoiPage from '@/pages/RoiPage.vue'
import RoiResultPanel from '@/features/programme/components/RoiResultPanel.vue'
import { db, type MembershipRow } from '@/data/db'
import { emptyRoiInputs, parseRoiInputs } from '@/domain/roi'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'

const seedInputs = {
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

const mounted: { unmount: () => void }[] = []

async function seedOrg(roles: MembershipRow['roles']) {
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
    roles,
    created_at: '2025-10-01T00:00:00.000Z',
  } as never)
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  localStorage.clear()
})

afterEach(async () => {
  for (const w of mounted.splice(0)) w.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe('ROI result', () => {
  it("shows the seed's example as 544 % in nb and 544% in en, with the range and the formula", async () => {
    for (const [locale, pattern] of [
      ['nb', /^544\s%$/],
      ['en', /^544%$/],
    ] as const) {
      const { wrapper } = await mountWithApp(RoiResultPanel, {
        locale,
        props: { parsed: parseRoiInputs(seedInputs), currency: 'EUR' },
      })
      mounted.push(wrapper)
      expect(wrapper.get('[data-testid="roi-percent"]').text()).toMatch(pattern)
      expect(wrapper.text()).toMatch(/222\s?%/)
      expect(wrapper.text()).toMatch(/706\s?%/)
      expect(wrapper.text()).toContain(
        locale === 'nb'
          ? 'ROI = (gevinst − kostnad) / kostnad × 100'
          : 'ROI = (gain − cost) / cost × 100',
      )
    }
  })

  it('says why there is no ROI: no cost, or fields to fix — never Infinity or NaN', async () => {
    const noCost = await mountWithApp(RoiResultPanel, {
      props: {
        parsed: parseRoiInputs({ ...emptyRoiInputs(), otherBenefit: '1000' }),
        currency: 'NOK',
      },
    })
    mounted.push(noCost.wrapper)
    expect(noCost.wrapper.get('[data-testid="roi-message"]').text()).toContain(
      'Legg inn minst én kostnad',
    )
    expect(noCost.wrapper.text()).not.toMatch(/Infinity|NaN|∞/)
    const bad = await mountWithApp(RoiResultPanel, {
      props: { parsed: parseRoiInputs({ ...seedInputs, licences: '-3' }), currency: 'NOK' },
    })
    mounted.push(bad.wrapper)
    expect(bad.wrapper.get('[data-testid="roi-message"]').text()).toContain('Rett feltene')
  })
})

describe('ROI page', () => {
  async function open(roles: MembershipRow['roles']) {
    await seedOrg(roles)
    const m = await mountWithApp(RoiPage, { path: '/insights/roi' })
    mounted.push(m.wrapper)
    useSessionStore(m.pinia).userId = ME
    return m
  }

  it('puts a clear message next to a field with text, saves nothing, then saves the model with its outbox entry', async () => {
    const { wrapper } = await open(['member', 'hr'])
    await waitFor(() => wrapper.find('form.roi-form').exists(), 4000)
    const input = (label: string) => {
      const l = wrapper.findAll('label').find((x) => x.text() === label)!
      return wrapper.get(`#${l.attributes('for')}`)
    }
    await input('Lisenser').setValue('ti tusen')
    await input('Lisenser').trigger('blur')
    expect(input('Lisenser').attributes('aria-invalid')).toBe('true')
    const describedBy = input('Lisenser').attributes('aria-describedby')!
    expect(wrapper.get(`#${describedBy.split(' ').pop()}`).text()).toBe(
      'Skriv et tall, for eksempel 90 000.',
    )
    await wrapper.get('form').trigger('submit')
    await waitFor(() => true)
    expect(await db.roi_models.count()).toBe(0)

    await input('Lisenser').setValue('10 000')
    await input('Timekostnad per ansatt').setValue('650')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Lagret'), 4000)
    const row = await db.roi_models.get(ORG)
    expect(row).toMatchObject({
      organisation_id: ORG,
      currency: 'NOK',
      inputs: { licences: '10 000', hourlyCost: '650' },
    })
    expect(await db.outbox.where('table').equals('roi_models').count()).toBe(1)
  })

  it('shows nothing of the calculator to a member who is not HR', async () => {
    const { wrapper } = await open(['member'])
    await waitFor(() => true)
    expect(wrapper.find('form.roi-form').exists()).toBe(false)
  })
})
