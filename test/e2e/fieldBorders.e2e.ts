import { expect, test } from '@playwright/test'
import { screenshot } from './helpers'

/**
 * WCAG 1.4.11: a field's border is its only boundary, so it needs 3:1 against the page (and the
 * card it sits on), in the light and the dark theme. Measured from computed styles.
 */
function contrastsOnPage() {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
  const luminance = (css: string) => {
    const [r, g, b] = rgb(css).map((v) => {
      const c = v / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const ratio = (a: string, b: string) => {
    const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y)
    return (light! + 0.05) / (dark! + 0.05)
  }
  const page = getComputedStyle(document.body).backgroundColor
  const fields = [
    ...document.querySelectorAll<HTMLElement>(
      'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), select, textarea',
    ),
  ].filter((field) => field.offsetParent !== null)
  return fields.map((field) => {
    const style = getComputedStyle(field)
    return {
      field: field.id || field.getAttribute('name') || field.tagName,
      width: parseFloat(style.borderTopWidth),
      ratio: Math.round(ratio(style.borderTopColor, page) * 100) / 100,
    }
  })
}

for (const theme of ['light', 'dark'] as const) {
  test(`field borders stand out 3:1 against the page (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    for (const route of ['/library', '/library/new']) {
      await page.goto(route)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('input, select, textarea').first()).toBeVisible()
      const fields = await page.evaluate(contrastsOnPage)
      expect(fields.length, route).toBeGreaterThan(0)
      for (const field of fields) {
        expect(field.width, `${route} ${field.field}`).toBeGreaterThanOrEqual(1)
        expect(field.ratio, `${route} ${field.field}`).toBeGreaterThanOrEqual(3)
      }
      await screenshot(page, `field-borders-${theme}${route.replaceAll('/', '-')}`)
    }
  })
}
