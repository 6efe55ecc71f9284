/**
 * Vite plugin: the built app's Content-Security-Policy.
 *
 * No inline script runs unless its SHA-256 hash is in the policy, and the hashes are derived from
 * the final index.html, never written by hand: every inline `<script>` and `<style>` in it (the
 * theme script, routePreload's script, any later one), and every inline script those scripts add
 * to the page. The last are routePreload's boot modules, whose text depends on the opened path and
 * language: each inline script is run in a sandbox with a stand-in `document` for every static
 * route, stored boot copy and browser language, and the scripts it appends are hashed.
 *
 * The policy goes three ways: a `<meta http-equiv>` at the top of index.html's head (for any static
 * host; a meta policy cannot hold frame-ancestors, so that one directive is left out), a `_headers`
 * file (Netlify / Cloudflare Pages format, the full policy), and the header `vite preview` sends,
 * read from that file. connect-src allows the configured Supabase URL (https and wss, or http and
 * ws for the local demo backend).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import type { Plugin } from 'vite'
import { readRoutes } from './routePreload.ts'

export type Policy = Record<string, string[]>

export const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/** The text of each inline (no src) script and each style element in an HTML document. */
export function inlineElements(html: string) {
  const scripts: string[] = []
  const styles: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi))
    if (!/\ssrc\s*=/i.test(match[1]!)) scripts.push(match[2]!)
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi))
    styles.push(match[1]!)
  return { scripts, styles }
}

interface Visit {
  path: string
  stored: string | null
  languages: string[]
}

/** The inline scripts that `code` appends to the document when run for `visit`. */
export function scriptsAddedBy(code: string, visit: Visit): string[] {
  const added: string[] = []
  const append = (child: { tagName?: string; src?: string; textContent?: unknown }) => {
    if (child.tagName === 'SCRIPT' && !child.src && typeof child.textContent === 'string')
      added.push(child.textContent)
    return child
  }
  const element = (tag: string) => ({
    tagName: tag.toUpperCase(),
    dataset: {},
    style: {},
    setAttribute() {},
    appendChild: append,
  })
  const document = {
    createElement: element,
    head: element('head'),
    body: element('body'),
    documentElement: element('html'),
  }
  const sandbox: Record<string, unknown> = {
    document,
    location: { pathname: visit.path, search: '', hash: '' },
    localStorage: { getItem: () => visit.stored, setItem() {}, removeItem() {} },
    navigator: { languages: visit.languages, language: visit.languages[0] },
  }
  sandbox.window = sandbox
  sandbox.self = sandbox
  try {
    runInNewContext(code, sandbox, { timeout: 1000 })
  } catch {
    // A script that needs more of the browser than the stand-in has adds nothing we can see.
  }
  return added
}

/** Every visit that can make a different boot module: each static path, boot copy and language. */
export function visits(paths: string[]): Visit[] {
  const stored = [null, '{}', '{"onboarded":true}', '{"onboarded":false}']
  const languages = [
    ['nb-NO', 'nb'],
    ['en-US', 'en'],
  ]
  return ['/', ...paths].flatMap((path) =>
    stored.flatMap((s) => languages.map((l) => ({ path, stored: s, languages: l }))),
  )
}

export function policyFor(options: {
  scriptHashes: string[]
  styleHashes: string[]
  supabaseUrl?: string
}): Policy {
  const connect = ["'self'"]
  if (options.supabaseUrl) {
    const url = new URL(options.supabaseUrl)
    connect.push(url.origin, `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`)
  }
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...new Set(options.scriptHashes)],
    'style-src': ["'self'", ...new Set(options.styleHashes)],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': connect,
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
}

/** The policy as a header value; for a meta element, without what a meta policy ignores. */
export function serializePolicy(policy: Policy, options: { meta?: boolean } = {}) {
  return Object.entries(policy)
    .filter(([name]) => !(options.meta && name === 'frame-ancestors'))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** The policy for a built index.html: hashes of its inline scripts and styles and their boot modules. */
export function policyForHtml(html: string, paths: string[], supabaseUrl?: string): Policy {
  const { scripts, styles } = inlineElements(html)
  const added = scripts.flatMap((code) => visits(paths).flatMap((v) => scriptsAddedBy(code, v)))
  return policyFor({
    scriptHashes: [...scripts, ...added].map(hashOf),
    styleHashes: styles.map(hashOf),
    supabaseUrl,
  })
}

export const headersFile = '_headers'

export function contentSecurityPolicy(options: { router: string }): Plugin {
  let outDir = 'dist'
  let supabaseUrl: string | undefined
  return {
    name: 'loft-content-security-policy',
    enforce: 'post',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
      supabaseUrl = config.env.VITE_SUPABASE_URL || undefined
    },
    generateBundle: {
      // After vite:build-html has written index.html and every transformIndexHtml hook has run.
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['index.html']
        if (!asset || asset.type !== 'asset') return
        const html = String(asset.source)
        const paths = readRoutes(readFileSync(options.router, 'utf8')).map((r) => r.path)
        const policy = policyForHtml(html, paths, supabaseUrl)
        const meta = `<meta http-equiv="Content-Security-Policy" content="${serializePolicy(policy, { meta: true })}" />`
        // First in the head (after the charset), so it covers every element after it.
        const withMeta = html.replace(/<meta charset="[^"]*"\s*\/?>/i, (m) => `${m}\n    ${meta}`)
        if (withMeta === html) this.error('csp: index.html has no <meta charset> to follow')
        asset.source = withMeta
        this.emitFile({
          type: 'asset',
          fileName: headersFile,
          source: `/*\n  Content-Security-Policy: ${serializePolicy(policy)}\n`,
        })
      },
    },
    configurePreviewServer(server) {
      let header: string | null | undefined
      server.middlewares.use((_req, res, next) => {
        if (header === undefined) {
          try {
            const file = readFileSync(resolve(outDir, headersFile), 'utf8')
            header = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(file)?.[1] ?? null
          } catch {
            header = null
          }
        }
        if (header) res.setHeader('Content-Security-Policy', header)
        next()
      })
    },
  }
}
