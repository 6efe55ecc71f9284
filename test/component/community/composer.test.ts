import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { makeFodselsnummer } from '../../helpers/fnr'
import { clearDb, ORG, signedIn } from './fixtures'

beforeEach(clearDb)

const text = () => document.body.textContent ?? ''

async function openComposer() {
  const pinia = await signedIn()
  const app = await mountWithApp(App, { path: '/community/new', pinia })
  await waitFor(() => app.wrapper.find('[data-testid="composer"]').exists(), 15000)
  return app
}

describe('the composer', () => {
  it('says who sees the post, and sends nothing without a title', async () => {
    const { wrapper } = await openComposer()
    expect(wrapper.find('[data-testid="who-sees"]').text()).toContain(
      'alle i organisasjonen din. HR ser bare antall',
    )
    await wrapper.find('[data-testid="composer"]').trigger('submit')
    await waitFor(() => text().includes('Fyll inn dette feltet.'))
    expect(wrapper.find('#post-title').attributes('aria-invalid')).toBe('true')
    expect(await db.community_posts.count()).toBe(0)
    wrapper.unmount()
  })

  it('asks for both times, and takes at most 8 tags', async () => {
    const { wrapper } = await openComposer()
    await wrapper.find('#post-title').setValue('Tilbud')
    await wrapper.find('#post-minutesBefore').setValue('60')
    await wrapper.find('#post-tags').setValue(Array.from({ length: 9 }, (_, i) => `t${i}`).join(','))
    await wrapper.find('[data-testid="composer"]').trigger('submit')
    await waitFor(() => text().includes('Fyll inn begge tidene, eller ingen av dem.'))
    expect(text()).toContain('Høyst 8 emneord.')
    expect(await db.community_posts.count()).toBe(0)
    wrapper.unmount()
  })

  it('blocks a national identity number until it is fixed, then shares the post', async () => {
    const { wrapper, router } = await openComposer()
    await wrapper.find('#post-title').setValue('Referat på ti minutter')
    await wrapper.find('#post-body').setValue(`Kari (${makeFodselsnummer(15, 3, 1985)}) fikk referatet.`)
    await wrapper.find('[data-testid="composer"]').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="guard-blocked"]').exists())
    expect(await db.community_posts.count()).toBe(0)
    const fix = wrapper.findAll('button').find((b) => b.text().includes('[FØDSELSNUMMER]'))!
    await fix.trigger('click')
    await waitFor(() => (wrapper.find<HTMLTextAreaElement>('#post-body').element.value).includes('[FØDSELSNUMMER]'))
    // "Kari" alone may be a name: the guard is not sure, so the person confirms.
    if (wrapper.find('[data-testid="guard-confirm"]').exists()) {
      await wrapper.find('[data-testid="guard-confirm"]').setValue(true)
    }
    await wrapper.find('[data-testid="composer"]').trigger('submit')
    await waitFor(() => router.currentRoute.value.path.startsWith('/community/post/'), 15000)
    const rows = await db.community_posts.toArray()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ organisation_id: ORG, title: 'Referat på ti minutter' })
    expect(rows[0]!.body).toContain('[FØDSELSNUMMER]')
    wrapper.unmount()
  })

  it('keeps what is typed as a draft', async () => {
    const { wrapper } = await openComposer()
    await wrapper.find('#post-title').setValue('Halvferdig')
    await waitFor(() => false, 400).catch(() => undefined)
    wrapper.unmount()
    const again = await openComposer()
    await waitFor(() => again.wrapper.find<HTMLInputElement>('#post-title').element.value === 'Halvferdig', 5000)
    again.wrapper.unmount()
  })
})
