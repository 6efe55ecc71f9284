import { beforeEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import App from '@/App.vue'
import { db, type PromptRow } from '@/data/db'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'

function prompt(overrides: Partial<PromptRow>): PromptRow {
  return {
    id: crypto.randomUUID(),
    organisation_id: ORG,
    author_id: 'a0000000-0000-4000-8000-000000000001',
    title: 'Tilbud på ti minutter',
    body: 'Skriv et tilbud til {{kunde}}.',
    department: 'sales',
    task: 'Tilbud',
    tools: [],
    level: 'basic',
    data_class: 'green',
    tags: ['tilbud'],
    status: 'submitted',
    featured: false,
    revision: 2,
    updated_at: '2025-11-01T10:00:00.000Z',
    ...overrides,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

async function mountAsAmbassador(path: string) {
  const mounted = await mountWithApp(App, { path })
  useSessionStore(mounted.pinia).roles = ['ambassador']
  await flushPromises()
  return mounted
}

describe('curate', () => {
  it('keeps the section behind the ambassador role', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/curate' })
    await waitFor(() => wrapper.text().includes('Denne delen er for'))
    expect(wrapper.find('[role="tablist"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('queues submissions; an edit and approval is saved as one revision based on the one shown', async () => {
    const submitted = prompt({})
    await db.prompts.put(submitted)
    const { wrapper, router } = await mountAsAmbassador('/curate')
    await waitFor(() => wrapper.text().includes('Tilbud på ti minutter'))
    expect(wrapper.get('[role="tab"]').text()).toBe('Til vurdering (1)')

    await router.push(`/curate/${submitted.id}`)
    await waitFor(() => wrapper.find('#pf-title').exists())
    await wrapper.get('#pf-title').setValue('Tilbud på fem minutter')
    const approve = wrapper.findAll('button').find((b) => b.text() === 'Godkjenn')!
    await approve.trigger('click')
    await waitFor(() => wrapper.text().includes('Godkjent. Kollegaene dine'))

    expect(await db.prompts.get(submitted.id)).toMatchObject({
      title: 'Tilbud på fem minutter',
      status: 'approved',
      base_revision: 2,
    })
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]!.row).toMatchObject({
      id: submitted.id,
      status: 'approved',
      base_revision: 2,
    })
    wrapper.unmount()
  })

  it('flags approved prompts tied to a tool that is not approved (any more)', async () => {
    await db.prompts.bulkPut([
      prompt({ title: 'Gammel verktøyprompt', status: 'approved', tools: ['old-bot'] }),
      prompt({ title: 'Helt grei prompt', status: 'approved', tools: ['m365-copilot'] }),
    ])
    const { wrapper } = await mountAsAmbassador('/curate')
    await waitFor(() => wrapper.findAll('[role="tab"]')[1]?.text() === 'Må sjekkes (1)')
    await wrapper.findAll('[role="tab"]')[1]!.trigger('mousedown')
    await wrapper.findAll('[role="tab"]')[1]!.trigger('focus')
    await waitFor(() => wrapper.text().includes('Gammel verktøyprompt'))
    expect(wrapper.text()).toContain('old-bot er ikke på listen over godkjente verktøy')
    expect(wrapper.text()).not.toContain('Helt grei prompt')
    wrapper.unmount()
  })
})

describe('submit a prompt', () => {
  it('blocks a submission holding an e-mail address, then saves it as submitted for the ambassadors', async () => {
    localStorage.clear()
    // Sharing needs an organisation (without one the page keeps the draft and sends nothing).
    await db.memberships.put({
      id: crypto.randomUUID(),
      user_id: 'a0000000-0000-4000-8000-000000000002',
      organisation_id: ORG,
      roles: ['member'],
      created_at: '2025-10-01T00:00:00.000Z',
    })
    const { wrapper, router } = await mountWithApp(App, { path: '/library/new' })
    await waitFor(() => wrapper.find('#pf-title').exists())
    expect(wrapper.text()).toContain('KI-ambassadørene i organisasjonen din')
    await wrapper.get('#pf-title').setValue('Oppsummer en kundesamtale')
    await wrapper
      .get('#pf-body')
      .setValue('Oppsummer samtalen med {{kunde}}. Svar til ola@firma.no.')
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Bytt ut personopplysningene'))
    expect(await db.prompts.count()).toBe(0)

    const fix = wrapper
      .findAll('[data-testid="privacy-guard"] button')
      .find((b) => b.text().includes('[E-POST]'))!
    await fix.trigger('click')
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await waitFor(() => router.currentRoute.value.name === 'library-prompt')
    const [row] = await db.prompts.toArray()
    expect(row).toMatchObject({
      title: 'Oppsummer en kundesamtale',
      status: 'submitted',
      featured: false,
    })
    expect(row!.body).toBe('Oppsummer samtalen med {{kunde}}. Svar til [E-POST].')
    expect(await db.outbox.where('table').equals('prompts').count()).toBe(1)
    await waitFor(() => wrapper.text().includes('Venter på vurdering'))
    wrapper.unmount()
  })
})
