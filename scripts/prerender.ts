/**
 * Vite plugin: the HTML of every top-level route, rendered at build time with Vue's server renderer
 * (issue 23), so the browser's first frame is HTML and CSS instead of waiting for the app's scripts.
 *
 * For each static path of the route table (src/modules/router.ts) it writes `<path>.html` (and `/`
 * into index.html): the final index.html (CSP meta included) with the rendered page in `<template>`
 * elements, one per distinct result over the boot copies and browser languages that change what the
 * first render shows (see `variantKey`). A `<meta name="loft-prerendered">` maps each key to its
 * template. index.html's head script computes the same key from the stored boot copy and the
 * browser's languages; the script after `<div id="app">` moves the matching template into it before
 * the first frame, sets the title, and main.ts hydrates it (`createSSRApp`). No match (a boot copy
 * that doesn't say whether onboarding is done): the app renders as before. `vite preview` and most
 * static hosts serve `/learn` from `learn.html`; the service worker precaches them (cleanURLs).
 *
 * Why not vite-ssg (which supports Vite 8): it renders one HTML per path, while here a path has
 * several variants (language, first start or not) picked before the first frame, and it takes over
 * creating the app and router and writes index.html itself, where routePreload and the CSP plugin
 * already do their work. This step is ~150 lines over `vue/server-renderer`.
 */
import { readFileSync } from 'node:fs'
import type { Plugin, ResolvedConfig } from 'vite'
import { createServer } from 'vite'
import type { OutputBundle } from 'rolldown'
import { buildPreloadMap, readRoutes } from './routePreload.ts'

interface Visit {
  path: string
  stored: string | null
  languages: string[]
}

interface Rendered {
  html: string
  path: string
  locale: string
  title: string
}

/** Same rule as detectLocale in src/modules/i18n.ts and the script in index.html. */
function detect(languages: readonly string[]) {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'nb' || base === 'no' || base === 'nn' || base === 'se') return 'nb'
    if (base === 'en') return 'en'
  }
  return 'nb'
}

/**
 * What the first render depends on besides the path: the language, whether this is a first start,
 * whether onboarding is known to be done, the onboarding step, "nothing to chart" on Me, the theme
 * (Settings shows it). index.html's head script computes the same string — keep the two in step.
 */
export function variantKey(stored: string | null, languages: readonly string[]): string {
  let boot: Record<string, unknown> = {}
  try {
    boot = (JSON.parse(stored || '{}') as Record<string, unknown>) || {}
  } catch {
    boot = {}
  }
  const locale = boot.locale === 'nb' || boot.locale === 'en' ? boot.locale : detect(languages)
  const state =
    stored === null
      ? 'new'
      : boot.onboarded === true
        ? 'on'
        : boot.onboarded === false
          ? 'off'
          : '?'
  return [
    locale,
    state,
    boot.onboarded === false && boot.onboardingStep === 'language' ? 'lang' : '-',
    boot.hasActivity === false ? 'none' : '-',
    boot.theme === 'light' || boot.theme === 'dark' ? boot.theme : 'system',
  ].join(' ')
}

/** The boot copies and languages rendered for every path. */
export function prerenderVisits(path: string): Visit[] {
  const visits: Visit[] = []
  for (const [locale, languages] of [
    ['nb', ['nb-NO', 'nb']],
    ['en', ['en-GB', 'en']],
  ] as const) {
    const copies: (Record<string, unknown> | null)[] = [
      null,
      ...['system', 'light', 'dark'].map((theme) => ({ locale, theme, onboarded: true })),
      { locale, onboarded: true, hasActivity: false },
      { locale, onboarded: false, onboardingStep: 'language' },
      { locale, onboarded: false, onboardingStep: 'role' },
    ]
    // The copy a first visit to any other page leaves (onboarding neither done nor started). Learn
    // (and `/`, which goes there) then asks IndexedDB where to go, which the build can't know.
    if (path !== '/' && path !== '/learn') copies.push({ locale, theme: 'system', onboarded: null })
    for (const copy of copies)
      visits.push({ path, stored: copy && JSON.stringify(copy), languages: [...languages] })
  }
  return visits
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * index.html with the rendered variants of one path in it, and `stylesheets` (the pages the variants
 * show, by their route: routePreload's map) linked in its head, so the first frame waits for all of
 * them and nothing shifts when one arrives late.
 */
export function pageHtml(
  template: string,
  path: string,
  results: [Visit, Rendered][],
  stylesheets: string[] = [],
): string {
  const distinct: Rendered[] = []
  const keys: Record<string, number> = {}
  for (const [visit, result] of results) {
    let index = distinct.findIndex(
      (d) => d.html === result.html && d.title === result.title && d.locale === result.locale,
    )
    if (index < 0) index = distinct.push(result) - 1
    keys[variantKey(visit.stored, visit.languages)] = index
  }
  const templates = distinct
    .map(
      (d, i) =>
        `<template data-variant="${i}" data-lang="${d.locale}" data-title="${escapeAttr(d.title)}">${d.html}</template>`,
    )
    .join('\n    ')
  const first = distinct[0]
  // The first frame is the HTML: the app's scripts start downloading after it (index.html's entry
  // loader reads them from <meta name="loft-entry">), so they neither compete with the page's HTML
  // and CSS on a slow network nor delay the frame on a fast one.
  let html = template
  const entry =
    /<script type="module" crossorigin(?: blocking="render")? src="([^"]+)"><\/script>\s*/.exec(
      html,
    )
  if (!entry) throw new Error('prerender: no entry script')
  const preload = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)]
  for (const match of [entry, ...preload]) html = html.replace(match[0], '')
  const scripts = { src: entry[1], preload: preload.map((m) => m[1]) }
  const links = stylesheets
    .filter((href) => !html.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${escapeAttr(href)}">`)
  const lastSheet = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].pop()
  const at = lastSheet ? lastSheet.index + lastSheet[0].length : html.indexOf('</head>')
  html = `${html.slice(0, at)}${links.map((l) => `\n    ${l}`).join('')}${html.slice(at)}`
  const meta =
    `<meta name="loft-prerendered" content="${escapeAttr(JSON.stringify({ path, keys }))}" />\n    ` +
    `<meta name="loft-entry" content="${escapeAttr(JSON.stringify(scripts))}" />`
  if (first)
    html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeAttr(first.title)}</title>`)
  html = html.replace(/<meta charset="[^"]*"\s*\/?>/i, (m) => `${m}\n    ${meta}`)
  if (!html.includes('<div id="app"></div>')) throw new Error('prerender: no empty #app')
  // In the head, so the body starts with #app and the script that fills it: parsing the variants
  // there could let the browser paint an empty frame before that script runs.
  return html.replace('</head>', `  ${templates}\n  </head>`)
}

/** Installs a happy-dom window as Node's globals for the renders; returns the undo. */
async function browserGlobals(): Promise<() => Promise<void>> {
  const { Window } = await import('happy-dom')
  const window = new Window({ url: 'http://localhost/' })
  const global = globalThis as Record<string, unknown>
  const added: string[] = []
  for (const key of [...Object.getOwnPropertyNames(window), 'window', 'self']) {
    if (key in global) continue
    const value: unknown = key === 'window' || key === 'self' ? window : (window as never)[key]
    Object.defineProperty(global, key, { value, configurable: true, writable: true })
    added.push(key)
  }
  // Timers a page starts while rendering (a clock, a poll) would keep the build from exiting.
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const { setTimeout: realTimeout, setInterval: realInterval } = globalThis
  const track =
    <T extends typeof setTimeout | typeof setInterval>(real: T) =>
    (...args: Parameters<T>) => {
      const id = (real as (...a: Parameters<T>) => ReturnType<typeof setTimeout>)(...args)
      timers.add(id)
      return id
    }
  global.setTimeout = track(realTimeout)
  global.setInterval = track(realInterval)
  return async () => {
    global.setTimeout = realTimeout
    global.setInterval = realInterval
    for (const id of timers) clearTimeout(id)
    for (const key of added) delete global[key]
    await window.happyDOM.abort()
    await window.happyDOM.close()
  }
}

/** Renders every visit of every static path with the app's SSR entry (src/entry-prerender.ts). */
export async function renderAll(config: ResolvedConfig, paths: string[]) {
  const restore = await browserGlobals()
  const server = await createServer({
    configFile: config.configFile,
    root: config.root,
    mode: config.mode,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  const results = new Map<string, [Visit, Rendered][]>()
  try {
    const entry = (await server.ssrLoadModule('/src/entry-prerender.ts')) as {
      render: (visit: Visit) => Promise<Rendered>
    }
    for (const path of paths) {
      const list: [Visit, Rendered][] = []
      for (const visit of prerenderVisits(path)) list.push([visit, await entry.render(visit)])
      results.set(path, list)
    }
  } finally {
    await server.close()
    await restore()
  }
  return results
}

export function prerender(options: { router: string }): Plugin {
  let config: ResolvedConfig
  return {
    name: 'loft-prerender',
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    generateBundle: {
      // After the CSP plugin has put its meta (with the inline scripts' hashes) into index.html.
      order: 'post',
      async handler(_options, bundle) {
        const asset = bundle['index.html']
        if (!asset || asset.type !== 'asset') return
        const template = String(asset.source)
        const routes = readRoutes(readFileSync(options.router, 'utf8'))
        const map = buildPreloadMap(routes, bundle as unknown as OutputBundle, config.base)
        const results = await renderAll(config, ['/', ...routes.map((r) => r.path)])
        for (const [path, list] of results) {
          // The stylesheets of every page a variant shows (a first visit to /learn: onboarding).
          const shown = new Set([path, ...list.map(([, result]) => result.path)])
          const css = [...shown].flatMap((p) => map[p]?.css ?? [])
          const html = pageHtml(template, path, list, [...new Set(css)])
          if (path === '/') asset.source = html
          else this.emitFile({ type: 'asset', fileName: `${path.slice(1)}.html`, source: html })
        }
      },
    },
  }
}
