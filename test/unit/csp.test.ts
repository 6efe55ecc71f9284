import { describe, expect, it } from 'vitest'
import {
  hashOf,
  inlineElements,
  policyFor,
  policyForHtml,
  scriptsAddedBy,
  serializePolicy,
} from '../../scripts/csp'
import { preloadScript } from '../../scripts/routePreload'

const map = {
  '/library': {
    page: '/assets/LibraryPage.js',
    js: ['/assets/LibraryPage.js'],
    css: [],
    messages: { nb: { practice: '/assets/nb.js' }, en: { practice: '/assets/en.js' } },
  },
  '/onboarding': { page: '/assets/Onboarding.js', js: [], css: [], messages: {} },
  '/learn': { page: '/assets/Learn.js', js: [], css: [], messages: {} },
}

describe('content security policy', () => {
  it('connects to the configured Supabase URL over https and wss, or http and ws locally', () => {
    expect(
      policyFor({ scriptHashes: [], styleHashes: [], supabaseUrl: 'https://x.supabase.co/' })[
        'connect-src'
      ],
    ).toEqual(["'self'", 'https://x.supabase.co', 'wss://x.supabase.co'])
    expect(
      policyFor({ scriptHashes: [], styleHashes: [], supabaseUrl: 'http://127.0.0.1:4700' })[
        'connect-src'
      ],
    ).toEqual(["'self'", 'http://127.0.0.1:4700', 'ws://127.0.0.1:4700'])
    expect(policyFor({ scriptHashes: [], styleHashes: [] })['connect-src']).toEqual(["'self'"])
  })

  it('finds inline scripts and styles, not external scripts', () => {
    const html =
      '<style>a{}</style><script type="module" src="/a.js"></script><script>one()</script>\n<script type="module">two()</script>'
    expect(inlineElements(html)).toEqual({ scripts: ['one()', 'two()'], styles: ['a{}'] })
  })

  it('hashes the boot module routePreload adds for each path and language', () => {
    const code = preloadScript(map, 'loft.boot')
    const [nb] = scriptsAddedBy(code, {
      path: '/library',
      stored: '{"onboarded":true}',
      languages: ['nb-NO'],
    })
    const [en] = scriptsAddedBy(code, { path: '/library/', stored: null, languages: ['en-GB'] })
    expect(nb).toContain('import * as m0 from "/assets/nb.js"')
    expect(en).toContain('"/assets/en.js"')
    expect(scriptsAddedBy(code, { path: '/elsewhere', stored: null, languages: ['nb'] })).toEqual(
      [],
    )
    // A first start on /learn loads onboarding; a boot copy without the answer loads both.
    const [first] = scriptsAddedBy(code, { path: '/learn', stored: null, languages: ['nb'] })
    const [unknown] = scriptsAddedBy(code, { path: '/learn', stored: '{}', languages: ['nb'] })
    expect(first).toContain('Onboarding.js')
    expect(first).not.toContain('Learn.js')
    expect(unknown).toContain('Learn.js')

    const html = `<head><meta charset="UTF-8"><script>${code}</script><style>x{}</style></head>`
    const policy = policyForHtml(html, Object.keys(map))
    for (const text of [code, nb!, en!, first!, unknown!])
      expect(policy['script-src']).toContain(hashOf(text))
    expect(policy['style-src']).toEqual(["'self'", hashOf('x{}')])
    expect(serializePolicy(policy)).toContain("frame-ancestors 'none'")
    expect(serializePolicy(policy, { meta: true })).not.toContain('frame-ancestors')
  })

  it('hashes as browsers do (CSP Level 3 example)', () => {
    expect(hashOf("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    )
  })
})
