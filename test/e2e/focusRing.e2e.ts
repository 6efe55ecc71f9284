import { expect, test, type Page } from '@playwright/test'
import { screenshot } from './helpers'

/** The outline a focused element draws (Chromium paints none when the style is 'none'). */
const outline = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })

for (const [locale, browserLocale, language, next, department, save, from] of [
  ['nb', 'nb-NO', 'Norsk (bokmål)', 'Neste', 'Avdeling', 'Lagre og gå videre', 'Fra'],
  ['en', 'en-GB', 'English', 'Next', 'Department', 'Save and continue', 'From'],
] as const) {
  test.describe(`onboarding in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('the learning window time fields show a focus ring when reached with the keyboard', async ({
      page,
    }) => {
      await page.goto('/onboarding')
      await page.getByLabel(language).check()
      await page.getByRole('button', { name: next, exact: true }).click()
      await page.getByLabel(department).selectOption('sales')
      await page.getByRole('button', { name: next, exact: true }).click()
      await page.locator('input[name="assess-data-compliance"][value="2"]').check()
      await page.locator('input[name="assess-simple-prompts"][value="3"]').check()
      // The self-assessment comes one level per screen: basic, intermediate, expert.
      await page.getByRole('button', { name: next, exact: true }).click()
      await page.getByRole('button', { name: next, exact: true }).click()
      await page.getByRole('button', { name: save, exact: true }).click()
      const time = page.getByLabel(from, { exact: true })
      await expect(time).toBeVisible()
      // From the last day chip, Tab reaches the first time field (its hour segment).
      await page.locator('.day-chip input').last().focus()
      await page.keyboard.press('Tab')
      await expect(time).toBeFocused()
      const ring = await outline(page, '#onboarding-window-from')
      expect(ring.style).not.toBe('none')
      expect(ring.width).toBeGreaterThanOrEqual(2)
      await screenshot(page, `${locale}-onboarding-time-focus`)
      // Through the hour and minute segments (and a day period where the locale has one).
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab')
        if (await page.locator('#onboarding-window-to').evaluate((el) => el.matches(':focus'))) break
      }
      await expect(page.locator('#onboarding-window-to')).toBeFocused()
      expect((await outline(page, '#onboarding-window-to')).style).not.toBe('none')
    })
  })
}
