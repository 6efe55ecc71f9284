/**
 * Vite plugin: minifies index.html's inline classic scripts (the theme and variant pickers, the
 * route preload script and its map), which are written readable and commented in the source. Every
 * page carries them before its first frame: ~1 KB gzip less on each. It runs before the CSP plugin
 * (scripts/csp.ts), whose hashes are taken from the minified scripts, and before the pre-render
 * (scripts/prerender.ts), which copies them into every page. Names are kept (no mangling): the
 * scripts talk to each other and to main.ts through globals.
 */
import type { Plugin } from 'vite'
import { minifySync } from 'rolldown/utils'

/** `html` with the text of each inline `<script>` (no attributes: a classic script) minified. */
export function minifyInlineScripts(html: string): string {
  return html.replace(/<script>([\s\S]*?)<\/script>/g, (_element, code: string) => {
    const result = minifySync('inline.js', code, { compress: true, mangle: false })
    const [error] = result.errors
    if (error) throw new Error(`minifyInlineScripts: ${error.message}`)
    return `<script>${result.code.trim()}</script>`
  })
}

export function inlineScriptMinifier(): Plugin {
  return {
    name: 'loft-minify-inline-scripts',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      // After every transformIndexHtml hook (routePreload's script is in), before the CSP's hashes.
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle['index.html']
        if (asset?.type === 'asset') asset.source = minifyInlineScripts(String(asset.source))
      },
    },
  }
}
