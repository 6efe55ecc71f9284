import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { clearDb, COLLEAGUE, ME, post, signedIn } from './fixtures'

beforeEach(clearDb)

const text = () => document.body.textContent ?? ''

describe('a post', () => {
  it('shows the case, toggles reactions with counts, and records "I tried this too"', async () => {
    const row = post({ prompt_text: 'Skriv en kravspesifikasjon for {{prosjekt}}.' })
    await db.community_posts.put(row)
    const pinia = await signedIn()
    const { wrapper } = await mountWithApp(App, { path: `/community/post/${row.id}`, pinia })
    await waitFor(() => wrapper.find('[data-testid="post-view"]').exists(), 15000)
    expect(wrapper.find('h1').text()).toBe('Kravspesifikasjon på to timer')
    expect(wrapper.find('[data-testid="post-saved"]').text()).toContain('6 t før → 2 t med KI')
    expect(wrapper.find('[data-testid="post-saved"]').text()).toContain('4 t spart')
    expect(wrapper.find('[data-testid="replication-summary"]').text()).toContain(
      '3 kolleger prøvde, median 45 min spart',
    )

    const useful = () => wrapper.find('[data-testid="react-useful"]')
    expect(useful().attributes('aria-pressed')).toBe('false')
    expect(useful().text()).toContain('2')
    await useful().trigger('click')
    await waitFor(() => useful().attributes('aria-pressed') === 'true')
    expect(useful().text()).toContain('3')
    expect(await db.community_reactions.count()).toBe(1)
    await useful().trigger('click')
    await waitFor(() => useful().attributes('aria-pressed') === 'false')
    expect(useful().text()).toContain('2')

    await wrapper.find('[data-testid="try-it-open"]').trigger('click')
    await waitFor(() => wrapper.find('#tried-before').exists())
    await wrapper.find('#tried-before').setValue('90')
    await wrapper.find('#tried-after').setValue('30')
    await wrapper.find('[data-testid="try-it-submit"]').trigger('click')
    await waitFor(() => text().includes('Du prøvde: 1 t 30 min før → 30 min med KI.'))
    expect(wrapper.find('[data-testid="replication-summary"]').text()).toContain('4 kolleger prøvde')
    expect(await db.community_replications.count()).toBe(1)
    wrapper.unmount()
  })

  it('shows its author a hidden post with the reason, and comments one level', async () => {
    const row = post({ author_id: ME, status: 'hidden', moderation_reason: 'Et kundenavn' })
    await db.community_posts.put(row)
    const pinia = await signedIn()
    const { wrapper } = await mountWithApp(App, { path: `/community/post/${row.id}`, pinia })
    await waitFor(() => wrapper.find('[data-testid="hidden-notice"]').exists(), 15000)
    expect(wrapper.find('[data-testid="hidden-notice"]').text()).toBe(
      'Skjult av en ambassadør: Et kundenavn',
    )
    await waitFor(() => wrapper.find('#comment-body').attributes('disabled') === undefined)
    await wrapper.find('#comment-body').setValue('Takk, jeg retter det.')
    await wrapper.find('[data-testid="comment-submit"]').trigger('click')
    await waitFor(() => wrapper.find('[data-testid="comments"]').text().includes('Takk, jeg retter det.'))
    expect(await db.community_comments.count()).toBe(1)
    wrapper.unmount()
  })

  it('is not shown to a colleague once hidden', async () => {
    const row = post({ author_id: COLLEAGUE, status: 'hidden', moderation_reason: 'Navn' })
    await db.community_posts.put(row)
    const pinia = await signedIn()
    const { wrapper } = await mountWithApp(App, { path: `/community/post/${row.id}`, pinia })
    await waitFor(() => text().includes('Innlegget finnes ikke her'), 15000)
    wrapper.unmount()
  })

  it('lets an ambassador hide a post with a reason', async () => {
    const row = post()
    await db.community_posts.put(row)
    const pinia = await signedIn(['member', 'ambassador'])
    const { wrapper } = await mountWithApp(App, { path: `/community/post/${row.id}`, pinia })
    await waitFor(() => wrapper.find('[data-testid="hide-open"]').exists(), 15000)
    await wrapper.find('[data-testid="hide-open"]').trigger('click')
    await waitFor(() => document.querySelector('#hide-reason') !== null)
    const reason = document.querySelector<HTMLTextAreaElement>('#hide-reason')!
    reason.value = 'Navn på en kunde'
    reason.dispatchEvent(new Event('input'))
    document.querySelector<HTMLButtonElement>('[data-testid="hide-submit"]')!.click()
    await waitFor(() => wrapper.find('[data-testid="hidden-notice"]').exists(), 5000)
    expect(await db.community_posts.get(row.id)).toMatchObject({
      status: 'hidden',
      moderation_reason: 'Navn på en kunde',
    })
    wrapper.unmount()
  })
})
