import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OutputBundle } from 'rolldown'
import {
  buildPreloadMap,
  preloadScript,
  readRoutes,
  routePreload,
} from '../../scripts/routePreload'
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
    chunk('assets/nb.js', '/app/src/locales/nb.json'),
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
      page: '/assets/LibraryPage.js',
      js: ['/assets/LibraryPage.js', '/assets/EmptyState.js'],
      css: ['/assets/LibraryPage.css', '/assets/EmptyState.css'],
      messages: {
        nb: { core: '/assets/nb.js', practice: '/assets/practice-nb.js' },
        en: { core: '/assets/en.js', practice: '/assets/practice-en.js' },
      },
    })
  })

  it('fails the build when a page has no chunk', () => {
    expect(() =>
      buildPreloadMap([{ path: '/x', page: 'Missing', groups: [] }], bundle, '/'),
    ).toThrow(/Missing/)
  })
})

interface HappyWindow {
  happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } }
}

describe('route preload: the script in index.html', () => {
  const map = {
    '/learn': {
      page: '/assets/Learn.js',
      js: ['/assets/Learn.js'],
      css: [],
      messages: { nb: { core: '/assets/nb.js' }, en: { core: '/assets/en.js' } },
    },
    '/onboarding': {
      page: '/assets/Onboarding.js',
      js: ['/assets/Onboarding.js', '/assets/common.js'],
      css: ['/assets/Onboarding.css'],
      messages: {
        nb: { core: '/assets/nb.js', learning: '/assets/learning-nb.js' },
        en: { core: '/assets/en.js', learning: '/assets/learning-en.js' },
      },
    },
  }
  const links = () =>
    [...document.head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}`)
  const bootModule = () => document.head.querySelector<HTMLScriptElement>('script[type="module"]')
  const run = () => new Function(preloadScript(map, 'loft.boot'))()
  // happy-dom doesn't load stylesheets; without this it reports each linked one as an error.
  beforeEach(() => {
    ;(window as unknown as HappyWindow).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true
  })
  afterEach(() => {
    document.head.querySelectorAll('link, script').forEach((el) => el.remove())
    delete window.__loftBoot
    localStorage.clear()
  })

  it('on a first visit to the start page, fetches onboarding in the browser language', () => {
    Object.defineProperty(navigator, 'languages', { value: ['en-GB', 'nb'], configurable: true })
    run()
    expect(links()).toEqual([
      'stylesheet /assets/Onboarding.css',
      'modulepreload /assets/Onboarding.js',
      'modulepreload /assets/common.js',
      'modulepreload /assets/en.js',
      'modulepreload /assets/learning-en.js',
    ])
  })

  it('a learner known to be in onboarding gets onboarding only', () => {
    localStorage.setItem('loft.boot', JSON.stringify({ locale: 'nb', onboarded: false }))
    run()
    expect(links()).toEqual([
      'stylesheet /assets/Onboarding.css',
      'modulepreload /assets/Onboarding.js',
      'modulepreload /assets/common.js',
      'modulepreload /assets/nb.js',
      'modulepreload /assets/learning-nb.js',
    ])
  })

  it('when the boot copy does not say, the start page comes too (the guard asks IndexedDB)', () => {
    localStorage.setItem('loft.boot', JSON.stringify({ locale: 'nb' }))
    run()
    expect(links()).toEqual([
      'modulepreload /assets/Learn.js',
      'modulepreload /assets/nb.js',
      'stylesheet /assets/Onboarding.css',
      'modulepreload /assets/Onboarding.js',
      'modulepreload /assets/common.js',
      'modulepreload /assets/learning-nb.js',
    ])
  })

  it('adds a render-blocking boot module that hands the page and its words to the app', () => {
    Object.defineProperty(navigator, 'languages', { value: ['en-GB'], configurable: true })
    run()
    const script = bootModule()!
    expect(script.getAttribute('blocking')).toBe('render')
    const imports = [...script.textContent!.matchAll(/import \* as (m\d+) from "([^"]+)"/g)]
    const name = (href: string) => imports.find((m) => m[2] === href)?.[1]
    expect(imports.map((m) => m[2])).toEqual([
      '/assets/en.js',
      '/assets/learning-en.js',
      '/assets/Onboarding.js',
    ])
    expect(script.textContent).toContain(
      `window.__loftBoot.resolve({ locale: "en", pages: {"/onboarding": ${name('/assets/Onboarding.js')}}, ` +
        `messages: {"core": ${name('/assets/en.js')}, "learning": ${name('/assets/learning-en.js')}} })`,
    )
  })

  it('on a pre-rendered page, links no stylesheet and adds its scripts only once it has painted', () => {
    // index.html's scripts: a variant was picked, and the queue that runs after the first paint.
    const queued: (() => void)[] = []
    const w = window as unknown as Record<string, unknown>
    w.__loftPrerendered = 0
    w.__loftAfterPaint = (task: () => void) => queued.push(task)
    try {
      Object.defineProperty(navigator, 'languages', { value: ['nb-NO'], configurable: true })
      run()
      expect(links()).toEqual([])
      expect(bootModule()).toBeNull()
      queued.forEach((task) => task())
      expect(links()).toEqual([
        'modulepreload /assets/Onboarding.js',
        'modulepreload /assets/common.js',
        'modulepreload /assets/nb.js',
        'modulepreload /assets/learning-nb.js',
      ])
      expect(bootModule()!.hasAttribute('blocking')).toBe(false)
    } finally {
      delete w.__loftPrerendered
      delete w.__loftAfterPaint
    }
  })

  it('settles with nothing when the boot module fails to load, so the app imports the usual way', async () => {
    localStorage.setItem('loft.boot', JSON.stringify({ locale: 'nb' }))
    run()
    bootModule()!.onerror!(new Event('error'))
    await expect(window.__loftBoot!.modules).resolves.toBeNull()
  })

  it('later, in the chosen language, fetches only the start page itself', () => {
    localStorage.setItem('loft.boot', JSON.stringify({ locale: 'nb', onboarded: true }))
    run()
    expect(links()).toEqual(['modulepreload /assets/Learn.js', 'modulepreload /assets/nb.js'])
  })

  it('adds no boot module for a path the build does not know', () => {
    history.replaceState(null, '', '/library/some-prompt')
    run()
    expect(links()).toEqual([])
    expect(bootModule()).toBeNull()
    expect(window.__loftBoot).toBeUndefined()
    history.replaceState(null, '', '/')
  })
})

describe('route preload: the plugin', () => {
  it('makes the entry script render-blocking and puts the preload script in the head', () => {
    const plugin = routePreload({ router: 'src/modules/router.ts', bootKey: 'loft.boot' })
    const hook = plugin.transformIndexHtml as unknown as {
      handler: (
        html: string,
        ctx: { bundle?: OutputBundle },
      ) => { html: string; tags: { injectTo: string }[] }
    }
    const html = '<head><script type="module" crossorigin src="/assets/index.js"></script></head>'
    const routeBundle = Object.fromEntries(
      readRoutes(readFileSync('src/modules/router.ts', 'utf8')).map((r) => [
        `assets/${r.page}.js`,
        chunk(`assets/${r.page}.js`, `/app/src/pages/${r.page}.vue`, ['assets/index.js']),
      ]),
    )
    const result = hook.handler(html, {
      bundle: { ...bundle, ...routeBundle } as unknown as OutputBundle,
    })
    expect(result.html).toContain(
      '<script type="module" crossorigin blocking="render" src="/assets/index.js">',
    )
    expect(result.tags.map((t) => t.injectTo)).toEqual(['head'])
  })
})
