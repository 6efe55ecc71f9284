/**
 * Vite plugin: the first visit fetches the page it opens alongside the app's own code, and paints
 * its first frame only when that page is there.
 *
 * A lazy page is normally discovered only after the main chunks have downloaded and run; on a slow
 * phone network that is one more round trip before anything is painted. At build time this plugin
 * reads the static paths of the route table (src/modules/router.ts), finds each page's chunks, CSS
 * and message groups in the bundle, and writes a small inline script into index.html's head. For
 * the path being opened, in the language the app will choose (same rule as detectLocale in
 * src/modules/i18n.ts), it adds `<link rel="modulepreload">` for the chunks, the page's stylesheets,
 * and a render-blocking boot module that imports the page and its words and hands them to main.ts
 * (src/modules/boot.ts). main.ts then mounts in that module's task, without a dynamic import
 * between the download and the render, so the browser's first frame is the finished page instead
 * of an empty one. A first visit to the Learn page gets the onboarding page, where the router sends
 * it.
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
  /** The page's own chunk, which the boot module imports. */
  page?: string
  /** The page's chunk and every chunk it needs that the entry doesn't load. */
  js: string[]
  css: string[]
  /** Per language, the message chunks the page needs by group (core included) that aren't in the entry. */
  messages: Record<string, Record<string, string>>
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
  const messageFiles = (groups: string[], locale: string) => {
    const files: Record<string, string> = {}
    for (const group of groups) {
      const chunk = byModule(
        group === 'core' ? `/src/locales/${locale}.json` : `/src/locales/${group}/${locale}.json`,
      )
      if (chunk && !initial.has(chunk.fileName)) files[group] = base + chunk.fileName
    }
    return files
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
      page: base + page.fileName,
      js: files.map((f) => base + f),
      css: [...new Set(css)].map((f) => base + f),
      messages: Object.fromEntries(
        locales.map((l) => [l, messageFiles(['core', ...route.groups], l)]),
      ),
    }
  }
  return map
}

/**
 * Runs in the page's head, before the app's scripts: picks the entry for the opened path, links
 * its chunks and stylesheets, and adds the boot module that imports the page and its words. Only
 * elements added while the head is parsed can block rendering, hence the head. `window.__loftBoot`
 * is what src/modules/boot.ts reads: its promise settles with the modules, or with null if the boot
 * module failed to load (the app then imports them the usual way).
 */
export function preloadScript(map: Record<string, PreloadEntry>, bootKey: string): string {
  return `(function (map) {
  var boot = {}, stored = ''
  try { stored = localStorage.getItem(${JSON.stringify(bootKey)}); boot = JSON.parse(stored || '{}') || {} } catch (e) {}
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
  var paths = [path]
  // The Learn guard sends a first start, and anyone known not to have finished onboarding, straight
  // there; when the copy doesn't say, it asks IndexedDB, so both pages are fetched.
  if (path === '/learn' && boot.onboarded !== true)
    paths = stored === null || boot.onboarded === false ? ['/onboarding'] : [path, '/onboarding']
  // A pre-rendered page (scripts/prerender.ts, picked by index.html's head script) is its own first
  // frame: its stylesheets are in its head, and its scripts download after that frame.
  var prerendered = window.__loftPrerendered !== undefined
  function add(el) {
    if (prerendered) window.__loftAfterPaint(function () { document.head.appendChild(el) })
    else document.head.appendChild(el)
  }
  var seen = {}
  function link(rel, href) {
    if (seen[href] || (prerendered && rel === 'stylesheet')) return
    seen[href] = true
    var el = document.createElement('link')
    el.rel = rel
    el.href = href
    el.crossOrigin = ''
    add(el)
  }
  var imports = [], pages = [], groups = [], grouped = {}
  function use(href) {
    imports.push('import * as m' + imports.length + ' from ' + JSON.stringify(href) + ';')
    return 'm' + (imports.length - 1)
  }
  paths.forEach(function (p) {
    var entry = map[p]
    if (!entry) return
    entry.css.forEach(function (href) { link('stylesheet', href) })
    entry.js.forEach(function (href) { link('modulepreload', href) })
    var words = entry.messages[locale] || {}
    for (var group in words) {
      link('modulepreload', words[group])
      if (!grouped[group]) { grouped[group] = true; groups.push(JSON.stringify(group) + ': ' + use(words[group])) }
    }
    if (entry.page) pages.push(JSON.stringify(p) + ': ' + use(entry.page))
  })
  if (!imports.length) return
  var done
  var modules = new Promise(function (resolve) { done = resolve })
  window.__loftBoot = { modules: modules, resolve: done }
  var script = document.createElement('script')
  script.type = 'module'
  if (!prerendered) script.setAttribute('blocking', 'render')
  script.onerror = function () { done(null) }
  script.textContent = imports.join('\\n') + '\\nwindow.__loftBoot.resolve({ locale: ' + JSON.stringify(locale) +
    ', pages: {' + pages.join(', ') + '}, messages: {' + groups.join(', ') + '} })'
  add(script)
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
      handler(html, ctx) {
        if (!ctx.bundle) return
        const routes = readRoutes(readFileSync(options.router, 'utf8'))
        const map = buildPreloadMap(routes, ctx.bundle as unknown as OutputBundle, base)
        // The entry blocks rendering too: on a path outside the map (no boot module) the first
        // frame still waits for the app to start.
        return {
          html: html.replace(/<script type="module" crossorigin/, '$& blocking="render"'),
          tags: [
            { tag: 'script', children: preloadScript(map, options.bootKey), injectTo: 'head' },
          ],
        }
      },
    },
  }
}
