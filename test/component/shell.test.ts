import { beforeEach, describe, expect, it, vi } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { readPrefs } from '@/data/repos/prefs.repo'
import { saveOnboarding } from '@/data/repos/onboarding.repo'
import { usePrefsStore } from '@/stores/prefs'
import { useSessionStore } from '@/stores/session'
import { useStorageHealthStore } from '@/stores/storageHealth'
import { mountWithApp, waitFor } from '../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  // A returning learner: onboarding is behind them, so /learn stays on the Learn page.
  await saveOnboarding({ status: 'skipped' })
  delete document.documentElement.dataset.theme
})

describe('app shell', () => {
  it('shows the five sections in the bottom navigation, in bokmål', async () => {
    const { wrapper } = await mountWithApp(App)
    await waitFor(() => wrapper.find('h1').exists() && wrapper.get('h1').text() === 'Lær')
    const nav = wrapper.get('nav[aria-label="Hovedmeny"]')
    expect(nav.findAll('a').map((a) => a.text())).toEqual([
      'Lær',
      'Utfordringer',
      'Bibliotek',
      'Fellesskap',
      'Meg',
    ])
    expect(nav.get('a[href="/learn"]').attributes('aria-current')).toBe('page')
    wrapper.unmount()
  })

  it('renders each section with its heading and empty state in English', async () => {
    const { wrapper, router } = await mountWithApp(App, { locale: 'en' })
    for (const [path, heading] of [
      ['/challenges', 'Challenges'],
      ['/library', 'Prompt library'],
      ['/community', 'Community'],
      ['/me', 'Me'],
    ] as const) {
      await router.push(path)
      await waitFor(() => wrapper.find('h1').exists() && wrapper.get('h1').text() === heading)
      expect(document.title).toBe(`${heading} · Løft`)
    }
    wrapper.unmount()
  })

  it('keeps role sections out of the navigation until the role is held', async () => {
    const { wrapper, router, pinia } = await mountWithApp(App, { path: '/me' })
    await waitFor(() => wrapper.find('h1').exists())
    expect(wrapper.find('nav[aria-label="Dine roller"]').exists()).toBe(false)

    useSessionStore(pinia).roles = ['ambassador', 'hr']
    await waitFor(() => wrapper.find('nav[aria-label="Dine roller"]').exists())
    const labels = wrapper.findAll('nav[aria-label="Dine roller"] a').map((a) => a.text())
    expect(labels).toEqual(['Kurater', 'Innsikt'])

    await router.push('/admin')
    await waitFor(() => wrapper.text().includes('Denne delen er for administratorer'))
    wrapper.unmount()
  })

  it('switches language in Settings, updates <html lang> and remembers the choice', async () => {
    const { wrapper, router } = await mountWithApp(App)
    await router.push('/settings')
    await waitFor(() => wrapper.find('input[value="en"]').exists())
    await wrapper.get('input[value="en"]').setValue(true)
    await waitFor(() => wrapper.get('h1').text() === 'Settings')
    expect(document.documentElement.lang).toBe('en')
    await vi.waitFor(async () => expect((await readPrefs()).locale).toBe('en'))
    wrapper.unmount()
  })

  it('applies a manual theme and returns to the system theme', async () => {
    const { wrapper, router, pinia } = await mountWithApp(App, { path: '/settings' })
    await router.isReady()
    await waitFor(() => wrapper.find('input[value="dark"]').exists())
    await wrapper.get('input[value="dark"]').setValue(true)
    await waitFor(() => document.documentElement.dataset.theme === 'dark')
    await wrapper.get('input[value="system"]').setValue(true)
    await waitFor(() => document.documentElement.dataset.theme === undefined)
    expect(usePrefsStore(pinia).theme).toBe('system')
    wrapper.unmount()
  })

  it('shows a clear message when storage is unavailable, and still renders', async () => {
    const { wrapper, pinia } = await mountWithApp(App)
    useStorageHealthStore(pinia).error = 'unavailable'
    await waitFor(() => wrapper.find('[role="alert"]').exists())
    expect(wrapper.get('[role="alert"]').text()).toContain('Løft får ikke lagret noe')
    await waitFor(() => wrapper.find('h1').exists() && wrapper.get('h1').text() === 'Lær')
    wrapper.unmount()
  })
})

describe('bottom navigation on sub-pages', () => {
  it('keeps the section marked on its sub-pages', async () => {
    await saveOnboarding({ status: 'skipped' })
    const { wrapper, router } = await mountWithApp(App, { path: '/me' })
    await router.push('/me/data')
    await waitFor(() =>
      wrapper.get('nav[aria-label="Hovedmeny"] a[href="/me"]').classes('is-section'),
    )
    expect(wrapper.get('nav[aria-label="Hovedmeny"] a[href="/learn"]').classes()).not.toContain(
      'is-section',
    )
    // The parent section is marked current for assistive technology too, and only it.
    expect(wrapper.get('nav[aria-label="Hovedmeny"] a[href="/me"]').attributes('aria-current')).toBe(
      'true',
    )
    expect(wrapper.findAll('nav[aria-label="Hovedmeny"] a[aria-current]')).toHaveLength(1)
    await router.push('/me')
    await waitFor(
      () =>
        wrapper.get('nav[aria-label="Hovedmeny"] a[href="/me"]').attributes('aria-current') ===
        'page',
    )
    wrapper.unmount()
  })
})

describe('focus and title after a page change', () => {
  for (const [locale, learn] of [
    ['nb', 'Lær'],
    ['en', 'Learn'],
  ] as const) {
    it(`moves focus from an in-page link to the new page's h1 and announces it (${locale})`, async () => {
      const { wrapper } = await mountWithApp(App, { locale })
      await waitFor(() => wrapper.find('h1').exists() && wrapper.get('h1').text() === learn)
      await waitFor(() => wrapper.find('a[href^="/learn/lesson/"]').exists())
      const link = wrapper.get('a[href^="/learn/lesson/"]')
      ;(link.element as HTMLElement).focus()
      await link.trigger('click')
      await waitFor(() => wrapper.find('progress').exists(), 4000)
      const heading = wrapper.get('h1')
      expect(heading.text()).not.toBe(learn)
      await waitFor(() => document.activeElement === heading.element)
      expect(heading.attributes('tabindex')).toBe('-1')
      // A lesson's document title is the lesson's name.
      expect(document.title).toBe(`${heading.text()} · Løft`)
      await waitFor(() => wrapper.get('[data-testid="route-announcer"]').text() === heading.text())
      wrapper.unmount()
    })
  }
})

describe('current place in English', () => {
  it('marks Learn as current on the review page (aria-current="true"), Learn itself as the page', async () => {
    const { wrapper, router } = await mountWithApp(App, { locale: 'en', path: '/learn/review' })
    await waitFor(() => wrapper.find('h1').exists() && wrapper.get('h1').text() !== 'Learn')
    const learn = () => wrapper.get('nav.bottom-nav a[href="/learn"]')
    expect(learn().attributes('aria-current')).toBe('true')
    expect(wrapper.findAll('nav.bottom-nav a[aria-current]')).toHaveLength(1)
    await router.push('/learn')
    // Learn's guard may pass through onboarding (no navigation there) until IndexedDB answers.
    await waitFor(() => {
      const link = wrapper.find('nav.bottom-nav a[href="/learn"]')
      return link.exists() && link.attributes('aria-current') === 'page'
    })
    wrapper.unmount()
  })
})
