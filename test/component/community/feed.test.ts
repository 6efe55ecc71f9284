import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { clearDb, ME, post, signedIn } from './fixtures'

beforeEach(clearDb)

const text = () => document.body.textContent ?? ''

describe('the Community tab', () => {
  it('explains the community in local mode, in bokmål and English', async () => {
    const { wrapper } = await mountWithApp(App, { path: '/community' })
    await waitFor(() => wrapper.find('[data-testid="community-intro"]').exists(), 15000)
    expect(text()).toContain('Lær av kollegaene dine')
    expect(wrapper.find('[data-testid="feed-list"]').exists()).toBe(false)
    wrapper.unmount()
    const en = await mountWithApp(App, { path: '/community', locale: 'en' })
    await waitFor(() => en.wrapper.find('[data-testid="community-intro"]').exists(), 15000)
    expect(text()).toContain('Learn from your colleagues')
    en.wrapper.unmount()
  })

  it('invites the first post when the organisation has none', async () => {
    const pinia = await signedIn()
    const { wrapper } = await mountWithApp(App, { path: '/community', pinia })
    await waitFor(() => wrapper.find('[data-testid="feed-empty"]').exists(), 15000)
    expect(text()).toContain('Ingen brukshistorier ennå')
    expect(wrapper.find('a[href="/community/new"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('lists posts newest first, searches offline, and hides a colleague’s hidden post', async () => {
    await db.community_posts.bulkPut([
      post({ title: 'Eldst', created_at: '2026-11-01T10:00:00.000Z' }),
      post({ title: 'Nyest om møtereferat', created_at: '2026-12-05T10:00:00.000Z' }),
      post({ title: 'Skjult for meg', status: 'hidden', moderation_reason: 'Navn' }),
      post({ title: 'Mitt skjulte', author_id: ME, status: 'hidden', moderation_reason: 'Navn' }),
    ])
    const pinia = await signedIn()
    const { wrapper } = await mountWithApp(App, { path: '/community', pinia })
    await waitFor(() => wrapper.findAll('.post-card').length >= 3, 15000)
    const titles = () => wrapper.findAll('.post-card__title').map((h) => h.text())
    expect(titles()).toEqual(['Nyest om møtereferat', 'Mitt skjulte', 'Eldst'])
    expect(text()).toContain('3 innlegg')
    expect(text()).toContain('4 t spart')
    await wrapper.find('#feed-search').setValue('MØTEREFERAT')
    await waitFor(() => wrapper.findAll('.post-card').length === 1)
    expect(titles()).toEqual(['Nyest om møtereferat'])
    await wrapper.find('#feed-search').setValue('finnes ikke')
    await waitFor(() => text().includes('Ingen innlegg passer'))
    wrapper.unmount()
  })

  it('marks colleagues’ posts since the last visit as new', async () => {
    await db.syncState.put({ key: 'community:lastVisit', value: '2026-12-02T00:00:00.000Z' })
    await db.community_posts.bulkPut([
      post({ title: 'Gammel', created_at: '2026-12-01T10:00:00.000Z' }),
      post({ title: 'Ny', created_at: '2026-12-03T10:00:00.000Z' }),
    ])
    const pinia = await signedIn()
    const { wrapper } = await mountWithApp(App, { path: '/community', pinia })
    await waitFor(() => text().includes('1 nytt siden sist'), 15000)
    const cards = wrapper.findAll('.post-card')
    expect(cards[0]!.find('.post-card__new').text()).toBe('Nytt')
    expect(cards[1]!.find('.post-card__new').exists()).toBe(false)
    const stored = await db.syncState.get('community:lastVisit')
    expect(String(stored?.value) > '2026-12-02T00:00:00.000Z').toBe(true)
    wrapper.unmount()
  })
})
