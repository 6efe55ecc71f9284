/**
 * Vite plugin: lets the first visit fetch the page it opens in parallel with the app's own code.
 *
 * A lazy page is normally discovered only after the main chunks have downloaded and run; on a slow
 * phone network that is one more round trip before anything is painted. At build time this plugin
 * reads the static paths of the route table (src/modules/router.ts), finds each page's chunks, CSS
 * and message groups in the bundle, and writes a small inline script into index.html that adds
 * `<link rel="modulepreload">` / `<link rel="preload" as="style">` for the path being opened, in
 * the language the app will choose (same rule as detectLocale in src/modules/i18n.ts). A first
 * visit to the Learn page also gets the onboarding page, where the router sends it.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import type { OutputBundle, OutputChunk } from 'rolldown'

interface RouteEntry {
  path: string
  page: string
  groups: string[]
}

interface PreloadEntry {
  js: string[]
  css: string[]
  messages: Record<string, string[]>
}

const locales = ['nb', 'en'] as const

/** Static paths with a lazily imported page, and the message groups their meta names. */
export function readRoutes(routerSource: string): RouteEntry[] {
  const records = routerSource.split(/\n  \{\n/).slice(1)
  const routes: RouteEntry[] = []
  for (const record of records) {
    const path = /path: '([^']+)'/.exec(record)?.[1]
    const page = /component: \(\) => import\('@\/pages\/(\w+)\.vue'\)/.exec(record)?.[1]
    if (!path || !page || path.includes(':')) continue
    const groups = /messages: \[([^\]]*)\]/.exec(record)?.[1]?.match(/\w+/g) ?? []
    routes.push({ path, page, groups })
  }
  return routes
}

function chunks(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk')
}

/** The chunk files `file` needs, itself included, minus those already loaded by the entry. */
function closure(
  bundle: OutputBundle,
  file: string,
  initial: Set<string>,
  seen = new Set<string>(),
) {
  if (initial.has(file) || seen.has(file)) return seen
  seen.add(file)
  const chunk = bundle[file]
  if (chunk?.type === 'chunk') for (const dep of chunk.imports) closure(bundle, dep, initial, seen)
  return seen
}

export function buildPreloadMap(routes: RouteEntry[], bundle: OutputBundle, base: string) {
  const all = chunks(bundle)
  const entry = all.find((c) => c.isEntry)
  if (!entry) throw new Error('routePreload: no entry chunk')
  const initial = closure(bundle, entry.fileName, new Set())
  const byModule = (suffix: string) => all.find((c) => c.facadeModuleId?.endsWith(suffix))
  const messageFiles = (group: string, locale: string) => {
    const chunk = byModule(
      group === 'core' ? `/src/locales/${locale}.json` : `/src/locales/${group}/${locale}.json`,
    )
    return chunk && !initial.has(chunk.fileName) ? [base + chunk.fileName] : []
  }
  const map: Record<string, PreloadEntry> = {}
  for (const route of routes) {
    const page = byModule(`/src/pages/${route.page}.vue`)
    if (!page) throw new Error(`routePreload: no chunk for ${route.page}`)
    const files = [...closure(bundle, page.fileName, initial)]
    const css = files.flatMap((f) => [
      ...((bundle[f] as OutputChunk).viteMetadata?.importedCss ?? []),
    ])
    map[route.path] = {
      js: files.map((f) => base + f),
      css: [...new Set(css)].map((f) => base + f),
      messages: Object.fromEntries(
        locales.map((l) => [l, ['core', ...route.groups].flatMap((g) => messageFiles(g, l))]),
      ),
    }
  }
  // The Learn page is in the entry; it only needs the language's core words.
  map['/learn'] = {
    js: [],
    css: [],
    messages: Object.fromEntries(locales.map((l) => [l, messageFiles('core', l)])),
  }
  return map
}

/** Runs in the page, before the app's scripts: picks the entry for the opened path and links it. */
export function preloadScript(map: Record<string, PreloadEntry>, bootKey: string): string {
  return `(function (map) {
  var boot = {}
  try { boot = JSON.parse(localStorage.getItem(${JSON.stringify(bootKey)}) || '{}') || {} } catch (e) {}
  var locale = boot.locale
  if (locale !== 'nb' && locale !== 'en') {
    locale = 'nb'
    var tags = navigator.languages || [navigator.language]
    for (var i = 0; i < tags.length; i++) {
      var base = String(tags[i]).toLowerCase().split('-')[0]
      if (base === 'nb' || base === 'no' || base === 'nn' || base === 'se') break
      if (base === 'en') { locale = 'en'; break }
    }
  }
  var path = location.pathname.replace(/\\/+$/, '') || '/learn'
  var entries = [map[path]]
  if (path === '/learn' && boot.onboarded !== true) entries.push(map['/onboarding'])
  var seen = {}
  function link(rel, href, as) {
    if (seen[href]) return
    seen[href] = true
    var el = document.createElement('link')
    el.rel = rel
    el.href = href
    if (as) el.as = as
    el.crossOrigin = ''
    document.head.appendChild(el)
  }
  entries.forEach(function (entry) {
    if (!entry) return
    entry.css.forEach(function (href) { link('preload', href, 'style') })
    entry.js.concat(entry.messages[locale] || []).forEach(function (href) { link('modulepreload', href) })
  })
})(${JSON.stringify(map)})`
}

export function routePreload(options: { router: string; bootKey: string }): Plugin {
  let base = '/'
  return {
    name: 'loft-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return
        const routes = readRoutes(readFileSync(options.router, 'utf8'))
        const map = buildPreloadMap(routes, ctx.bundle as unknown as OutputBundle, base)
        // At the end of the body, not in the head: links added while the head is parsed held back
        // Chromium's first frames (first paint ~2.2 s instead of ~0.8 s in Lighthouse's traces).
        // The body is a single empty element, so the downloads still start at once.
        return [{ tag: 'script', children: preloadScript(map, options.bootKey), injectTo: 'body' }]
      },
    },
  }
}
