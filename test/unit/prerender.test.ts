// @vitest-environment node
import { readFileSync } from 'node:fs'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { pageHtml, prerenderVisits, variantKey } from '../../scripts/prerender'

const indexHtml = readFileSync('index.html', 'utf8')
const headScript = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1]!)
  .find((code) => code.includes('loft-prerendered'))!

/** Runs index.html's head script for a visit; returns the variant it picked. */
function picked(path: string, stored: string | null, languages: string[], keys: object) {
  const meta = { content: JSON.stringify({ path: '/me', keys }) }
  const sandbox: Record<string, unknown> = {
    document: { documentElement: { dataset: {}, lang: 'nb' }, querySelector: () => meta },
    location: { pathname: path },
    localStorage: { getItem: () => stored },
    navigator: { languages, language: languages[0] },
  }
  sandbox.window = sandbox
  runInNewContext(headScript, sandbox)
  return sandbox.__loftPrerendered
}

const copies: (string | null)[] = [
  null,
  '{}',
  '{"locale":"en","onboarded":true}',
  '{"locale":null,"theme":"dark","onboarded":true,"onboardingStep":"language","hasActivity":null}',
  '{"locale":"nb","onboarded":false,"onboardingStep":"language"}',
  '{"locale":"en","onboarded":false,"onboardingStep":"role","hasActivity":false}',
  '{"onboarded":true,"hasActivity":false,"theme":"light"}',
]

describe('pre-rendered variants', () => {
  it("index.html's head script computes the same key as the build", () => {
    for (const stored of copies)
      for (const languages of [['nb-NO'], ['en-GB', 'nb'], ['de-DE', 'en-US'], ['sv-SE']]) {
        const key = variantKey(stored, languages)
        expect(picked('/me', stored, languages, { [key]: 3 }), `${stored} ${languages}`).toBe(3)
        // Another key is not taken for it.
        expect(picked('/me', stored, languages, { [`${key}x`]: 3 })).toBeUndefined()
      }
  })

  it('picks nothing for a corrupt boot copy (the app then renders as without pre-rendering)', () => {
    const keys = Object.fromEntries(
      prerenderVisits('/me').map((v, i) => [variantKey(v.stored, v.languages), i]),
    )
    expect(picked('/me', 'not json', ['nb-NO'], keys)).toBeUndefined()
    // Onboarding not known: Learn asks IndexedDB, so nothing is rendered for it there.
    const learn = Object.fromEntries(
      prerenderVisits('/learn').map((v, i) => [variantKey(v.stored, v.languages), i]),
    )
    expect(picked('/me', '{"locale":"nb"}', ['nb-NO'], learn)).toBeUndefined()
  })

  it('picks nothing for a document rendered for another path', () => {
    expect(
      picked('/library', null, ['nb-NO'], { [variantKey(null, ['nb-NO'])]: 0 }),
    ).toBeUndefined()
    expect(picked('/me/', null, ['nb-NO'], { [variantKey(null, ['nb-NO'])]: 0 })).toBe(0)
  })

  it('renders a first start and returning people in both languages', () => {
    const keys = prerenderVisits('/me').map((v) => variantKey(v.stored, v.languages))
    expect(keys).toContain('nb new - - system')
    expect(keys).toContain('en new - - system')
    expect(keys).toContain('nb on - - system')
    expect(keys).toContain('en on - none system')
    expect(keys).toContain('en off lang - system')
  })

  it('renders the copy a first visit to another page leaves, except where Learn would ask IndexedDB', () => {
    const keys = (path: string) =>
      prerenderVisits(path).map((v) => variantKey(v.stored, v.languages))
    const left = JSON.stringify({
      locale: null,
      theme: 'system',
      onboarded: null,
      onboardingStep: null,
      hasActivity: null,
    })
    expect(keys('/library')).toContain(variantKey(left, ['nb-NO']))
    expect(keys('/library')).toContain(variantKey(left, ['en-GB']))
    expect(keys('/learn')).not.toContain(variantKey(left, ['nb-NO']))
    expect(keys('/')).not.toContain(variantKey(left, ['en-GB']))
  })

  it('puts each distinct render once into the head, its stylesheets too, and its scripts after the first frame', () => {
    const template =
      '<html><head><meta charset="UTF-8" /><title>Løft</title>' +
      '<script type="module" crossorigin blocking="render" src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index.css"></head>' +
      '<body><div id="app"></div></body></html>'
    const [nbVisit, enVisit, darkVisit] = [
      { path: '/me', stored: null, languages: ['nb-NO'] },
      { path: '/me', stored: null, languages: ['en-GB'] },
      { path: '/me', stored: '{"locale":"nb","onboarded":true,"theme":"dark"}', languages: ['nb'] },
    ]
    const nb = { html: '<h1>Meg</h1>', path: '/me', locale: 'nb', title: 'Meg · Løft' }
    const en = { html: '<h1>Me</h1>', path: '/me', locale: 'en', title: 'Me · Løft' }
    const html = pageHtml(
      template,
      '/me',
      [
        [nbVisit, nb],
        [enVisit, en],
        [darkVisit, { ...nb }],
      ],
      ['/assets/index.css', '/assets/MePage.css'],
    )
    expect(html.match(/<template /g)).toHaveLength(2)
    expect(html.indexOf('<template ')).toBeLessThan(html.indexOf('</head>'))
    expect(html).toContain('<body><div id="app"></div>')
    expect(html).toContain('<title>Meg · Løft</title>')
    expect(html).not.toContain('blocking="render"')
    // No script or module preload the browser would fetch before the first frame: index.html's
    // loader reads them from the meta once the page has painted.
    expect(html).not.toMatch(/<script[^>]+src=|modulepreload/)
    const entry = /<meta name="loft-entry" content="([^"]*)"/.exec(html)![1]!
    expect(JSON.parse(entry.replace(/&quot;/g, '"'))).toEqual({
      src: '/assets/index.js',
      preload: ['/assets/vendor.js'],
    })
    // The page's own stylesheet after the app's, each once, in the head: both block the first frame.
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/index.css">',
      '<link rel="stylesheet" crossorigin href="/assets/MePage.css">',
    ])
    expect(html.indexOf('MePage.css')).toBeLessThan(html.indexOf('</head>'))
    const meta = /<meta name="loft-prerendered" content="([^"]*)"/.exec(html)![1]!
    const { path, keys } = JSON.parse(meta.replace(/&quot;/g, '"')) as {
      path: string
      keys: Record<string, number>
    }
    expect(path).toBe('/me')
    expect(keys).toEqual({
      'nb new - - system': 0,
      'en new - - system': 1,
      'nb on - - dark': 0,
    })
  })
})
