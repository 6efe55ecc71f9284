import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import AdminPage from '@/pages/AdminPage.vue'
import { db, type MembershipRow } from '@/data/db'
import type { DataClass } from '@/domain/competence'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'

async function joinAs(roles: MembershipRow['roles']) {
  await db.organisations.put({ id: ORG, name: 'Nordlys Rådgivning AS', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' })
  await db.memberships.put({ id: crypto.randomUUID(), user_id: ME, organisation_id: ORG, roles, created_at: '2025-10-01T00:00:00.000Z' })
}

async function mountAdmin(locale: 'nb' | 'en' = 'nb', signedIn = true) {
  const mounted = await mountWithApp(AdminPage, { locale, path: '/admin' })
  if (signedIn) useSessionStore(mounted.pinia).userId = ME
  return mounted
}

function fieldset(wrapper: VueWrapper, c: DataClass): DOMWrapper<HTMLFieldSetElement> {
  const found = wrapper.findAll('fieldset').find((f) => f.find(`legend [data-class="${c}"]`).exists())
  if (!found) throw new Error(`no fieldset for ${c}`)
  return found
}

function checkbox(wrapper: VueWrapper, c: DataClass, tool: string) {
  const label = fieldset(wrapper, c).findAll('label').find((l) => l.text() === tool)
  if (!label) throw new Error(`no checkbox for ${tool} in ${c}`)
  return label.get<HTMLInputElement>('input')
}

function toolCard(wrapper: VueWrapper, name: string): DOMWrapper<HTMLLIElement> {
  const card = wrapper.findAll('li.tool').find((li) => li.get<HTMLInputElement>('input[type=text]').element.value === name)
  if (!card) throw new Error(`no tool ${name}`)
  return card as DOMWrapper<HTMLLIElement>
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
  document.body.innerHTML = ''
})

describe('admin data rules: local mode', () => {
  it.each([
    ['nb', 'Løfts standardregler gjelder', 'Gratis chatbot på privat konto', 'Røde data skal ikke inn i noe KI-verktøy'],
    ['en', "Løft's default rules apply", 'Free chatbot on a private account', 'Red data must not go into any AI tool'],
  ] as const)('shows the defaults read-only (%s)', async (locale, title, chatbot, red) => {
    const { wrapper } = await mountAdmin(locale, false)
    await waitFor(() => wrapper.text().includes(title))
    expect(wrapper.text()).toContain('Microsoft 365 Copilot')
    expect(wrapper.text()).toContain(chatbot)
    expect(wrapper.text()).toContain(red)
    // Read-only: nothing to edit, nothing to save.
    expect(wrapper.findAll('input, button, textarea, select')).toHaveLength(0)
    wrapper.unmount()
  })
})

describe('admin data rules: editor', () => {
  it('keeps the editor from someone who is not an admin', async () => {
    await joinAs(['member', 'ambassador'])
    const { wrapper } = await mountAdmin()
    await waitFor(() => wrapper.text().includes('Denne delen er for administratorer'))
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })

  it.each([
    {
      locale: 'nb' as const,
      red: 'Microsoft 365 Copilot kan ikke få røde data uten databehandleravtale.',
      gap: 'Microsoft 365 Copilot er godkjent for gule data, og må da også være godkjent for grønne data.',
      gapRed: 'Microsoft 365 Copilot er godkjent for røde data, og må da også være godkjent for grønne data.',
      name: 'Skriv navnet på verktøyet.',
      fix: 'Rett disse 3 tingene før du lagrer:',
    },
    {
      locale: 'en' as const,
      red: "Microsoft 365 Copilot can't receive red data without a data processing agreement.",
      gap: 'Microsoft 365 Copilot is approved for yellow data, so it must also be approved for green data.',
      gapRed: 'Microsoft 365 Copilot is approved for red data, so it must also be approved for green data.',
      name: 'Write the name of the tool.',
      fix: 'Fix these 3 things before you save:',
    },
  ])('shows validation errors in plain words, where they arise ($locale)', async (c) => {
    await joinAs(['member', 'admin'])
    const { wrapper } = await mountAdmin(c.locale)
    await waitFor(() => wrapper.find('form').exists())

    await checkbox(wrapper, 'red', 'Microsoft 365 Copilot').setValue(true)
    expect(fieldset(wrapper, 'red').text()).toContain(c.red)

    await checkbox(wrapper, 'green', 'Microsoft 365 Copilot').setValue(false)
    await checkbox(wrapper, 'red', 'Microsoft 365 Copilot').setValue(false)
    expect(fieldset(wrapper, 'red').text()).not.toContain(c.red)
    expect(fieldset(wrapper, 'yellow').text()).toContain(c.gap)

    // A new tool without a name: shown once the field is left, or on save.
    await wrapper.findAll('button').find((b) => b.text() === (c.locale === 'nb' ? 'Legg til et verktøy' : 'Add a tool'))!.trigger('click')
    expect(wrapper.text()).not.toContain(c.name)
    await checkbox(wrapper, 'red', 'Microsoft 365 Copilot').setValue(true)
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.find('[role="alert"]').exists())
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain(c.fix)
    expect(alert.text()).toContain(c.red)
    expect(alert.text()).toContain(c.gapRed)
    expect(fieldset(wrapper, 'red').text()).toContain(c.gapRed)
    expect(wrapper.text()).toContain(c.name)
    expect(document.activeElement).toBe(alert.element)
    // Nothing was written.
    expect(await db.organisation_data_rules.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('saves the rules and terms as one row and one outbox entry, and says it will sync', async () => {
    await joinAs(['member', 'admin'])
    const { wrapper } = await mountAdmin()
    await waitFor(() => wrapper.find('form').exists())
    expect(wrapper.text()).toContain('Organisasjonen har ikke egne regler ennå')

    await toolCard(wrapper, 'Microsoft 365 Copilot').get('input[role="switch"]').setValue(true)
    await checkbox(wrapper, 'red', 'Microsoft 365 Copilot').setValue(true)
    await toolCard(wrapper, 'Gratis chatbot på privat konto').findAll('button').at(-1)!.trigger('click')
    const term = wrapper.get('#term-input')
    await term.setValue('  Prosjekt   Fjellvann ')
    await term.trigger('keydown', { key: 'Enter' })
    await term.setValue('prosjekt fjellvann')
    await term.trigger('keydown', { key: 'Enter' })
    expect(wrapper.text()).toContain('«prosjekt fjellvann» står allerede på lista.')
    expect(wrapper.text()).toContain('Røde data kan gå til Microsoft 365 Copilot.')

    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true })
    window.dispatchEvent(new Event('offline'))
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Lagret på denne enheten – synkroniseres når du er på nett igjen.'))

    const row = await db.organisation_data_rules.get(ORG)
    expect(row).toMatchObject({
      id: ORG,
      organisation_id: ORG,
      allowed: { 'm365-copilot': ['green', 'yellow', 'red'], 'chatgpt-business': ['green', 'yellow'], 'consumer-chatbot': [] },
      custom_terms: ['Prosjekt Fjellvann'],
      updated_by: ME,
    })
    expect(row!.tools.find((t) => t.id === 'm365-copilot')).toMatchObject({ dataProcessingAgreement: true })
    expect(row!.tools.find((t) => t.id === 'consumer-chatbot')).toMatchObject({ name: 'Gratis chatbot på privat konto', retired: true })
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'organisation_data_rules', op: 'upsert', state: 'pending' })
    expect(entries[0]!.row).toEqual(row)
    wrapper.unmount()
  })

  it('edits the stored rules, not the defaults, and removes a term', async () => {
    await joinAs(['admin'])
    await db.organisation_data_rules.put({
      id: ORG,
      organisation_id: ORG,
      tools: [{ id: 'copilot', name: 'Copilot' }],
      allowed: { copilot: ['green'] },
      custom_terms: ['Kunde Nord', 'Kunde Sør'],
      updated_at: '2025-11-20T10:00:00.000Z',
    })
    const { wrapper } = await mountAdmin('en')
    await waitFor(() => wrapper.find('form').exists())
    expect(wrapper.text()).toContain('The rules for Nordlys Rådgivning AS.')
    expect(wrapper.findAll('li.tool')).toHaveLength(1)
    await wrapper.get('button[aria-label="Remove “Kunde Nord”"]').trigger('click')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Saved. Members get the new rules'))
    expect((await db.organisation_data_rules.get(ORG))?.custom_terms).toEqual(['Kunde Sør'])
    wrapper.unmount()
  })
})
