import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { OutputBundle } from 'rolldown'
import { buildPreloadMap, preloadScript, readRoutes } from '../../scripts/routePreload'
import { routes } from '@/modules/router'

describe('route preload: reading the route table', () => {
  it('finds every static path with a lazy page, with the message groups its meta names', () => {
    const found = readRoutes(readFileSync('src/modules/router.ts', 'utf8'))
    const expected = routes
      .filter((r) => typeof r.component === 'function' && !r.path.includes(':'))
      .map((r) => ({ path: r.path, groups: [...(r.meta?.messages ?? [])] }))
    expect(found.map(({ path, groups }) => ({ path, groups }))).toEqual(expected)
    expect(found.find((r) => r.path === '/library')?.page).toBe('LibraryPage')
    expect(expected.length).toBeGreaterThan(10)
  })
})

const chunk = (
  fileName: string,
  facadeModuleId: string | null,
  imports: string[] = [],
  css: string[] = [],
  isEntry = false,
) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId,
  imports,
  isEntry,
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
})

const bundle = Object.fromEntries(
  [
    chunk(
      'assets/index.js',
      '/app/index.html',
      ['assets/vendor.js', 'assets/runtime.js'],
      ['assets/index.css'],
      true,
    ),
    chunk('assets/vendor.js', null, ['assets/runtime.js']),
    chunk('assets/runtime.js', null),
    chunk(
      'assets/LibraryPage.js',
      '/app/src/pages/LibraryPage.vue',
      ['assets/vendor.js', 'assets/index.js', 'assets/EmptyState.js'],
      ['assets/LibraryPage.css'],
    ),
    chunk(
      'assets/EmptyState.js',
      '/app/src/components/EmptyState.vue',
      ['assets/index.js'],
      ['assets/EmptyState.css'],
    ),
    chunk('assets/en.js', '/app/src/locales/en.json'),
    chunk('assets/practice-nb.js', '/app/src/locales/practice/nb.json'),
    chunk('assets/practice-en.js', '/app/src/locales/practice/en.json'),
  ].map((c) => [c.fileName, c]),
) as unknown as OutputBundle

describe('route preload: the map', () => {
  it("lists a page's own chunks and CSS, not the entry's, and its words per language", () => {
    const map = buildPreloadMap(
      [{ path: '/library', page: 'LibraryPage', groups: ['practice'] }],
      bundle,
      '/',
    )
    expect(map['/library']).toEqual({
      js: ['/assets/LibraryPage.js', '/assets/EmptyState.js'],
      css: ['/assets/LibraryPage.css', '/assets/EmptyState.css'],
      messages: { nb: ['/assets/practice-nb.js'], en: ['/assets/en.js', '/assets/practice-en.js'] },
    })
    // Bokmål core words are in the entry; the Learn page is the entry.
    expect(map['/learn']).toEqual({ js: [], css: [], messages: { nb: [], en: ['/assets/en.js'] } })
  })

  it('fails the build when a page has no chunk', () => {
    expect(() =>
      buildPreloadMap([{ path: '/x', page: 'Missing', groups: [] }], bundle, '/'),
    ).toThrow(/Missing/)
  })
})

describe('route preload: the script in index.html', () => {
  const map = {
    '/learn': { js: [], css: [], messages: { nb: [], en: ['/assets/en.js'] } },
    '/onboarding': {
      js: ['/assets/Onboarding.js'],
      css: ['/assets/Onboarding.css'],
      messages: { nb: ['/assets/learning-nb.js'], en: ['/assets/en.js', '/assets/learning-en.js'] },
    },
  }
  const links = () =>
    [...document.head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}`)
  afterEach(() => document.head.querySelectorAll('link').forEach((l) => l.remove()))

  it('on a first visit to the start page, fetches onboarding in the browser language', () => {
    Object.defineProperty(navigator, 'languages', { value: ['en-GB', 'nb'], configurable: true })
    new Function(preloadScript(map, 'loft.boot'))()
    expect(links()).toEqual([
      'modulepreload /assets/en.js',
      'preload /assets/Onboarding.css',
      'modulepreload /assets/Onboarding.js',
      'modulepreload /assets/learning-en.js',
    ])
  })

  it('later, in the chosen language, fetches only the start page itself', () => {
    localStorage.setItem('loft.boot', JSON.stringify({ locale: 'nb', onboarded: true }))
    new Function(preloadScript(map, 'loft.boot'))()
    expect(links()).toEqual([])
  })
})
