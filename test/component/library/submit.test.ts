import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import App from '@/App.vue'
import { db } from '@/data/db'
import { formDraftStore } from '@/data/repos/formDraft.repo'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a10'

beforeEach(async () => {
  localStorage.clear()
  await Promise.all(db.tables.map((table) => table.clear()))
})

async function fillDraft(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  await waitFor(() => wrapper.find('#pf-title').exists())
  await wrapper.get('#pf-title').setValue('Oppsummer et møte')
  await wrapper.get('#pf-body').setValue('Oppsummer møtet om {{tema}} i fem punkter.')
  await flushPromises()
}

const submitButton = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.get('form button[type="submit"]')

describe('submit a prompt without an organisation', () => {
  it('says that sharing needs an organisation, keeps the draft and sends nothing', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/library/new' })
    await fillDraft(wrapper)
    await waitFor(() => wrapper.find('[data-testid="no-organisation"]').exists())
    const note = wrapper.get('[data-testid="no-organisation"]')
    expect(note.text()).toContain('For å dele en prompt må du være med i organisasjonen din')
    expect(note.text()).toContain('Utkastet ditt blir liggende her på telefonen')
    // This build has no server: no link to a page that says joining isn't possible here.
    expect(note.find('a').exists()).toBe(false)
    expect(note.text()).toContain('ikke koblet til en server')
    expect(submitButton(wrapper).attributes('disabled')).toBeDefined()

    // Even a submit that gets through (the Enter key) writes nothing and explains why.
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.find('[role="alert"]').exists())
    expect(wrapper.get('[role="alert"]').text()).toContain('må du være med i organisasjonen din')
    expect(await db.prompts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    await vi.waitFor(async () =>
      expect((await db.drafts.get('library-share'))?.value).toMatchObject({ title: 'Oppsummer et møte' }),
    )
    wrapper.unmount()
  })

  it('in English too', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/library/new', locale: 'en' })
    await waitFor(() => wrapper.find('[data-testid="no-organisation"]').exists())
    expect(wrapper.get('[data-testid="no-organisation"]').text()).toContain(
      'To share a prompt you need to be part of your organisation',
    )
    expect(wrapper.get('[data-testid="no-organisation"]').text()).toContain('not connected to a server')
    wrapper.unmount()
  })

  it('once the person has joined, the same draft can be sent, to their organisation', async () => {
    const { wrapper, router } = await mountWithApp(App, { path: '/library/new' })
    await fillDraft(wrapper)
    await waitFor(() => wrapper.find('[data-testid="no-organisation"]').exists())
    // Joining brings the membership down with the next pull.
    await db.memberships.put({
      id: crypto.randomUUID(),
      user_id: ME,
      organisation_id: ORG,
      roles: ['member'],
      created_at: '2025-10-01T00:00:00.000Z',
    })
    await waitFor(() => !wrapper.find('[data-testid="no-organisation"]').exists())
    expect(wrapper.text()).toContain('KI-ambassadørene i organisasjonen din')
    expect(submitButton(wrapper).attributes('disabled')).toBeUndefined()
    await wrapper.get('form').trigger('submit')
    await waitFor(() => router.currentRoute.value.name === 'library-prompt')
    const [row] = await db.prompts.toArray()
    expect(row).toMatchObject({
      title: 'Oppsummer et møte',
      organisation_id: ORG,
      status: 'submitted',
    })
    expect(await db.outbox.where('table').equals('prompts').count()).toBe(1)
    // Sent: the draft is gone, so the next visit starts empty.
    expect(await db.drafts.get('library-share')).toBeUndefined()
    wrapper.unmount()
  })

  it('takes over a draft an older version kept in localStorage', async () => {
    localStorage.setItem('loft.library.draft', JSON.stringify({ title: 'Fra før', body: 'Tekst' }))
    const { wrapper } = await mountWithApp(App, { path: '/library/new' })
    await waitFor(() => wrapper.find('#pf-title').exists())
    expect((wrapper.get('#pf-title').element as HTMLInputElement).value).toBe('Fra før')
    expect((wrapper.get('#pf-body').element as HTMLTextAreaElement).value).toBe('Tekst')
    wrapper.unmount()
  })
})

describe('a stored draft of the wrong shape (another version, a tampered store)', () => {
  const broken = { title: 42, body: ['x'], tools: 'chatgpt', level: 'guru', dataClass: { red: 1 }, tagsText: null }

  it('in IndexedDB: the form opens with what is usable, and the first typing replaces it', async () => {
    await formDraftStore<unknown>().save('library-share', broken, 0, 'another-tab')
    const { wrapper } = await mountWithApp(App, { path: '/library/new' })
    await waitFor(() => wrapper.find('#pf-title').exists())
    expect((wrapper.get('#pf-title').element as HTMLInputElement).value).toBe('')
    expect((wrapper.get('#pf-body').element as HTMLTextAreaElement).value).toBe('')
    await wrapper.get('#pf-title').setValue('Ny tittel')
    await vi.waitFor(async () =>
      expect((await formDraftStore<{ title: string }>().read('library-share'))?.value.title).toBe('Ny tittel'),
    )
    wrapper.unmount()
  })

  it('in the localStorage copy, or not even an object: the form still opens', async () => {
    for (const value of [broken, 'text', null, [1, 2]]) {
      localStorage.clear()
      await db.drafts.clear()
      localStorage.setItem(
        `loft.draft:${sessionStorage.getItem('loft.tab') ?? 'none'}:library-share`,
        JSON.stringify({ value, baseRev: 0, updated_at: new Date().toISOString() }),
      )
      localStorage.setItem('loft.library.draft', JSON.stringify(broken))
      const { wrapper } = await mountWithApp(App, { path: '/library/new' })
      await waitFor(() => wrapper.find('#pf-title').exists())
      expect((wrapper.get('#pf-title').element as HTMLInputElement).value).toBe('')
      wrapper.unmount()
    }
  })
})

describe('pasting more than a prompt may hold', () => {
  it('is said next to the field, not cut silently', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/library/new', locale: 'en' })
    await waitFor(() => wrapper.find('#pf-body').exists())
    const event = new Event('paste', { bubbles: true, cancelable: true })
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'z'.repeat(1_000_000) } })
    wrapper.get('#pf-body').element.dispatchEvent(event)
    await flushPromises()
    expect(wrapper.get('#pf-body-limit').text()).toMatch(/too long\. Only the first [\d,]+ characters were kept/)
    expect(wrapper.get('#pf-body').attributes('aria-describedby')).toContain('pf-body-limit')
    wrapper.unmount()
  })
})
