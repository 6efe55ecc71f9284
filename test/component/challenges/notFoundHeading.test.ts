import { describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { mountWithApp, waitFor } from '../../helpers/mount'

// A not-found page is a page: its title is the h1 (screen readers jump to it; routeFocus focuses it).
describe.each([
  ['/challenges/no-such-challenge', 'Fant ikke utfordringen', 'nb'],
  ['/challenges/flaw/no-such-flaw', 'Fant ikke oppgaven', 'nb'],
  ['/challenges/attempt/no-such-attempt', 'Fant ikke forsøket', 'nb'],
  ['/challenges/no-such-challenge', 'Challenge not found', 'en'],
] as const)('%s', (path, title, locale) => {
  it(`names the page "${title}" in its one h1`, async () => {
    const { wrapper } = await mountWithApp(App, { path, locale })
    await waitFor(() => wrapper.findAll('main h1').length > 0 && !wrapper.find('main [role="status"]').exists())
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual([title])
  })
})
