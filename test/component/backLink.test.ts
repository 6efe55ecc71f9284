import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import BackLink from '@/components/BackLink.vue'
import ChallengePage from '@/pages/ChallengePage.vue'
import LessonPage from '@/pages/LessonPage.vue'
import { mountWithApp } from '../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

function vueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? vueFiles(path) : path.endsWith('.vue') ? [path] : []
  })
}

describe('BackLink: one back-link style (issue 20, item 8)', () => {
  it('is a link named by its words alone, the arrow hidden from screen readers', async () => {
    const { wrapper } = await mountWithApp(BackLink, { props: { to: '/me', label: 'Tilbake til Meg' } })
    const link = wrapper.get('a')
    expect(link.attributes('href')).toBe('/me')
    expect(link.text()).toBe('Tilbake til Meg')
    expect(link.get('svg').attributes('aria-hidden')).toBe('true')
  })

  it('is what the challenge page and a lesson show, in both languages, with no arrow in the words', async () => {
    const nb = await mountWithApp(ChallengePage, { path: '/challenges/ukjent' })
    await flushPromises()
    expect(nb.wrapper.get('[data-testid="back-link"]').text()).toBe('Alle utfordringer')
    const en = await mountWithApp(ChallengePage, { path: '/challenges/ukjent', locale: 'en' })
    expect(en.wrapper.get('[data-testid="back-link"]').text()).toBe('All challenges')
    const lesson = await mountWithApp(LessonPage, { path: '/learn/lesson/ukjent', locale: 'en' })
    expect(lesson.wrapper.get('[data-testid="back-link"]').text()).toBe('Back to Learn')
    expect(lesson.wrapper.get('[data-testid="back-link"]').attributes('href')).toBe('/learn')
  })

  it('is the only back link: no page or feature styles its own', () => {
    const own = vueFiles('src')
      .filter((path) => !path.endsWith('BackLink.vue'))
      .filter((path) => /<(RouterLink|a)\b[^>]*class="[^"]*\b(back-link|[\w-]+__back)\b/.test(readFileSync(path, 'utf8')))
    expect(own).toEqual([])
  })
})
