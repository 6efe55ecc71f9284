import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot, sectionRoutes } from './helpers'

// Body text is at least 16 px on a phone (DESIGN.md; issue 20 item 9): every line of a paragraph,
// a list item or a field's hint in the page's main content, on every section route and the
// sub-pages a learner reads, in both languages. The type scale's rule lives in one place
// (src/styles/tokens.css: --text-body for reading, --text-label for the secondary labels below).

/**
 * Secondary labels that may be smaller (--text-label, 14 px): not read as running text, each
 * beside the text it labels. Keep this list short; a new entry needs its reason.
 */
const exempt = [
  '.text-label', // a caption, meta line or badge set in --text-label (see tokens.css)
  'figure', // a chart's axis and key labels (its table holds the same figures at body size)
  'table', // figures in a table's cells
]

const routes = [
  ...sectionRoutes,
  '/learn/lesson/data-rules',
  '/challenges/ch-meeting-minutes',
  '/challenges/flaw/fl-holiday-rules',
  '/library/new',
  '/me/literacy',
  '/me/data',
  '/join',
  '/sign-in',
]

/** Every visible line of body copy under 16 px in <main>, as "selector "text" size". */
async function smallBodyText(page: Page) {
  return page.evaluate((exempt) => {
    const main = document.querySelector('main')
    if (!main) return ['no <main>']
    const out = new Set<string>()
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const parent = node.parentElement
      if (!text || !parent || !parent.closest('p, li, .field__help')) continue
      if (exempt.some((selector) => parent.closest(selector))) continue
      const style = getComputedStyle(parent)
      if (!parent.checkVisibility({ visibilityProperty: true })) continue
      if (parent.closest('.visually-hidden')) continue
      const size = parseFloat(style.fontSize)
      if (size >= 16) continue
      const where = parent.className ? `${parent.tagName.toLowerCase()}.${String(parent.className).split(' ')[0]}` : parent.tagName.toLowerCase()
      out.add(`${where} "${text.slice(0, 40)}" ${size}px`)
    }
    return [...out]
  }, exempt)
}

for (const [locale, browserLocale, skipAll, learn] of [
  ['nb', 'nb-NO', 'Hopp over resten', 'Lær'],
  ['en', 'en-GB', 'Skip the rest', 'Learn'],
] as const) {
  test.describe(`body text in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('paragraphs, list items and field hints in main content are at least 16 px', async ({ page }) => {
      test.setTimeout(240_000)
      await page.goto('/')
      await page.getByRole('button', { name: skipAll }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(learn)
      const found: Record<string, string[]> = {}
      for (const route of routes) {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        // Content loaded after the first paint (lists, records) is part of the page too.
        await page.waitForLoadState('networkidle')
        const small = await smallBodyText(page)
        if (small.length) found[route] = small
      }
      expect(found).toEqual({})
    })

    test('the pages a learner reads, at 390×844 (screenshots), with axe', async ({ page }) => {
      test.setTimeout(180_000)
      await page.goto('/')
      await page.getByRole('button', { name: skipAll }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(learn)
      for (const [name, route] of [
        ['learn', '/learn'],
        ['lesson', '/learn/lesson/data-rules'],
        ['challenge', '/challenges/ch-meeting-minutes'],
        ['library', '/library'],
        ['me', '/me'],
      ] as const) {
        await page.goto(route)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await page.waitForLoadState('networkidle')
        await expectNoAxeViolations(page)
        await screenshot(page, `body-text-${locale}-${name}${process.env.BODY_TEXT_SHOT_SUFFIX ?? ''}`)
      }
    })
  })
}
