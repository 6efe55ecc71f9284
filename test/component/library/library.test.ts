import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import App from '@/App.vue'
import { useSessionStore } from '@/stores/session'
import { loadLibraryPrompts } from '@/content'
import { db, type PromptRow } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { makeFodselsnummer } from '../../helpers/fnr'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'

function orgPrompt(overrides: Partial<PromptRow>): PromptRow {
  return {
    id: crypto.randomUUID(),
    organisation_id: ORG,
    author_id: 'a0000000-0000-4000-8000-000000000001',
    title: 'Organisasjonens prompt',
    body: 'Tekst',
    department: 'sales',
    task: 'Tilbud',
    tools: [],
    level: 'basic',
    data_class: 'green',
    tags: [],
    status: 'approved',
    featured: false,
    revision: 1,
    updated_at: '2025-11-01T10:00:00.000Z',
    ...overrides,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const titles = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) =>
  wrapper.findAll('.library-list h2').map((h) => h.text())

describe('library page', () => {
  it('lists starter and organisation prompts, featured first, and filters as you type', async () => {
    await db.prompts.bulkPut([
      orgPrompt({
        title: 'Blåbærsyltetøy-kampanje for høsten',
        featured: true,
        department: 'marketing',
      }),
      orgPrompt({ title: 'Pensjonert prompt', status: 'retired' }),
    ])
    const { wrapper } = await mountWithApp(App, { path: '/library' })
    await waitFor(() => wrapper.findAll('.library-list h2').length > 3)
    expect(titles(wrapper)[0]).toBe('Blåbærsyltetøy-kampanje for høsten')
    expect(titles(wrapper)).not.toContain('Pensjonert prompt')

    const search = wrapper.get('input[type="search"]')
    // Diacritics-insensitive but æøå-correct: «BLÅBÆR» finds it; «blabaer» does not.
    await search.setValue('BLÅBÆR')
    await waitFor(() => titles(wrapper).length === 1)
    expect(titles(wrapper)).toEqual(['Blåbærsyltetøy-kampanje for høsten'])
    expect(wrapper.get('[role="status"].library-browser__count').text()).toBe('Én prompt')

    await search.setValue('blabaer')
    await waitFor(() => wrapper.text().includes('Ingen prompter passer'))
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Tøm søk og filtre')!
      .trigger('click')
    await waitFor(() => titles(wrapper).length > 3)
    wrapper.unmount()
  })

  it('filters by data class and department with chips', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/library', locale: 'en' })
    await waitFor(() => wrapper.findAll('.library-list h2').length > 3)
    const chip = (legend: string, label: string) =>
      wrapper
        .findAll('fieldset')
        .find((f) => f.get('legend').text() === legend)!
        .findAll('button')
        .find((b) => b.text() === label)!
    await chip('Department', 'Customer service').trigger('click')
    await flushPromises()
    expect(chip('Department', 'Customer service').attributes('aria-pressed')).toBe('true')
    const starters = await loadLibraryPrompts()
    const count = () => wrapper.get('.library-browser__count').text()
    const inDept = starters.filter((p) => p.department === 'customer-service')
    await waitFor(() => count() === `${inDept.length} prompts`)
    expect(titles(wrapper)).toHaveLength(inDept.length)

    const yellow = inDept.filter((p) => p.dataClass === 'yellow').length
    expect(yellow).toBeGreaterThan(0)
    await chip('Data class', 'Yellow').trigger('click')
    await waitFor(() => titles(wrapper).length === yellow)
    // Tapping the chosen chip again clears that filter.
    await chip('Department', 'Customer service').trigger('click')
    // Only the rows in view are rendered (virtual list); the count says how many match.
    const allYellow = starters.filter((p) => p.dataClass === 'yellow').length
    await waitFor(() => count() === `${allYellow} prompts`)
    expect(titles(wrapper).length).toBeLessThanOrEqual(allYellow)
    wrapper.unmount()
  })
})

describe('prompt detail', () => {
  it('shows each unfilled placeholder as a chip with its label, never a {{key}}, in English and bokmål', async () => {
    const prompt = (await loadLibraryPrompts()).find((p) => p.id === 'lp-project-meeting-minutes')!
    for (const locale of ['en', 'nb'] as const) {
      const { wrapper } = await mountWithApp(App, { path: `/library/${prompt.id}`, locale })
      await waitFor(() => wrapper.find('[data-testid="prompt-text"]').exists())
      const preview = wrapper.get('[data-testid="prompt-text"]')
      expect(preview.text()).not.toContain('{{')
      const chips = preview.findAll('.placeholder-chip').map((c) => c.text())
      expect(chips).toEqual(prompt.placeholders.map((p) => p.label[locale]))
      // A filled field replaces its chip with the value.
      await wrapper.get(`#ph-${prompt.placeholders[0]!.key[locale]}`).setValue('styremøte')
      await flushPromises()
      expect(preview.findAll('.placeholder-chip')).toHaveLength(prompt.placeholders.length - 1)
      expect(preview.text()).toContain('styremøte')
      wrapper.unmount()
    }
  })

  it('fills the placeholders, blocks copying while a fødselsnummer is present, fixes it in one tap, then copies', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await mountWithApp(App, { path: '/library/lp-cs-complaint-reply' })
    await waitFor(
      () => wrapper.find('h1').exists() && wrapper.get('h1').text() === 'Svar på en klage',
    )

    const complaint = wrapper.get('#ph-henvendelse')
    const id = makeFodselsnummer(15, 3, 1985)
    await complaint.setValue(`Kunden (fnr ${id}) fikk feil vare.`)
    await wrapper.get('#ph-hva_vi_kan_tilby').setValue('ny vare og gratis frakt')
    await flushPromises()
    expect(wrapper.get('[data-testid="prompt-text"]').text()).toContain('ny vare og gratis frakt')

    const copy = wrapper.findAll('button').find((b) => b.text().includes('Kopier prompten'))!
    await copy.trigger('click')
    await waitFor(() => wrapper.find('[data-testid="privacy-guard"] mark').exists())
    expect(writeText).not.toHaveBeenCalled()
    expect(wrapper.get('[data-testid="privacy-guard"] mark').text()).toContain(id)

    const fix = wrapper
      .findAll('[data-testid="privacy-guard"] button')
      .find((b) => b.text().includes('[FØDSELSNUMMER]'))!
    await fix.trigger('click')
    await flushPromises()
    expect((complaint.element as HTMLTextAreaElement).value).toBe(
      'Kunden (fnr [FØDSELSNUMMER]) fikk feil vare.',
    )

    await copy.trigger('click')
    await waitFor(() => writeText.mock.calls.length === 1)
    expect(writeText.mock.calls[0]![0]).toContain('Kunden (fnr [FØDSELSNUMMER]) fikk feil vare.')
    expect(writeText.mock.calls[0]![0]).not.toContain(id)
    wrapper.unmount()
  })

  it('records a use in one tap, with its outbox entry', async () => {
    const { wrapper } = await mountWithApp(App, {
      path: '/library/lp-cs-complaint-reply',
      locale: 'en',
    })
    await waitFor(() => wrapper.findAll('button').some((b) => b.text().includes('I used this')))
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '30 min')!
      .trigger('click')
    const record = wrapper.findAll('button').find((b) => b.text().includes('I used this'))!
    expect(record.text()).toBe('I used this – it saved me 30 min')
    await record.trigger('click')
    await waitFor(() => wrapper.text().includes('Noted: 30 minutes saved.'))
    const uses = await db.prompt_uses.toArray()
    // A starter prompt, recorded in local mode: no organisation yet.
    expect(uses).toMatchObject([
      {
        prompt_id: null,
        starter_prompt_id: 'lp-cs-complaint-reply',
        organisation_id: null,
        minutes_saved: 30,
      },
    ])
    expect(await db.outbox.where('table').equals('prompt_uses').count()).toBe(1)
    await waitFor(() => wrapper.find('[data-testid="use-totals"]').exists())
    expect(wrapper.get('[data-testid="use-totals"]').text()).toBe(
      'You have used this once and saved 30 minutes.',
    )
    wrapper.unmount()
  })

  it("records a use of the organisation's prompt in its organisation, and counts only that prompt's uses", async () => {
    const prompt = orgPrompt({ title: 'Tilbudsbrev på ti minutter' })
    await db.prompts.put(prompt)
    await db.prompt_uses.put({
      id: crypto.randomUUID(),
      prompt_id: null,
      starter_prompt_id: 'lp-cs-complaint-reply',
      organisation_id: ORG,
      minutes_saved: 45,
      used_at: '2025-11-20T08:00:00.000Z',
    })
    const { wrapper } = await mountWithApp(App, { path: `/library/${prompt.id}`, locale: 'en' })
    await waitFor(() => wrapper.findAll('button').some((b) => b.text().includes('I used this')))
    expect(wrapper.find('[data-testid="use-totals"]').exists()).toBe(false)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '15 min')!
      .trigger('click')
    await wrapper
      .findAll('button')
      .find((b) => b.text().includes('I used this'))!
      .trigger('click')
    await waitFor(() => wrapper.find('[data-testid="use-totals"]').exists())
    expect(wrapper.get('[data-testid="use-totals"]').text()).toBe(
      'You have used this once and saved 15 minutes.',
    )
    const use = await db.prompt_uses.where('prompt_id').equals(prompt.id).first()
    expect(use).toMatchObject({ starter_prompt_id: null, organisation_id: ORG, minutes_saved: 15 })
    const [entry] = await db.outbox.where('table').equals('prompt_uses').toArray()
    expect(entry!.row).toMatchObject({ prompt_id: prompt.id, organisation_id: ORG })
    wrapper.unmount()
  })
})

describe('a prompt no approved tool may receive (issue 20 item 5)', () => {
  const ME = 'a0000000-0000-4000-8000-000000000001'
  async function asPerson(roles: string[]) {
    await db.organisations.put({ id: ORG, name: 'Fjord AS', min_group_size: 5, created_at: '2025-10-01T00:00:00.000Z' } as never)
    await db.memberships.put({ id: crypto.randomUUID(), user_id: ME, organisation_id: ORG, roles, created_at: '2025-10-01T00:00:00.000Z' } as never)
    await db.prompts.bulkPut([
      orgPrompt({ title: 'Anbefalt, men bare for gratisboten', featured: true, data_class: 'yellow', tools: ['consumer-chatbot'] }),
      orgPrompt({ title: 'Trygg organisasjonsprompt', data_class: 'yellow', tools: ['m365-copilot'] }),
    ])
    const pinia = createPinia()
    setActivePinia(pinia)
    useSessionStore(pinia).userId = ME
    return pinia
  }

  it('is hidden from members', async () => {
    const pinia = await asPerson(['member'])
    const { wrapper } = await mountWithApp(App, { path: '/library', pinia })
    await waitFor(() => titles(wrapper).includes('Trygg organisasjonsprompt'), 4000)
    expect(titles(wrapper)).not.toContain('Anbefalt, men bare for gratisboten')
    expect(wrapper.findAll('.flag--featured')).toHaveLength(0)
    wrapper.unmount()
  })

  it('is shown to an ambassador, to fix, but never as recommended', async () => {
    const pinia = await asPerson(['member', 'ambassador'])
    const { wrapper } = await mountWithApp(App, { path: '/library', pinia })
    await waitFor(() => titles(wrapper).includes('Anbefalt, men bare for gratisboten'), 4000)
    expect(wrapper.findAll('.flag--featured')).toHaveLength(0)
    wrapper.unmount()
  })
})
