import { expect, test, type Page } from '@playwright/test'
import { screenshot } from './helpers'

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? 'none')
const announcer = (page: Page) => page.getByTestId('route-announcer')

for (const [locale, browserLocale, skipAll, learn] of [
  ['nb', 'nb-NO', 'Hopp over resten', 'Lær'],
  ['en', 'en-GB', 'Skip the rest', 'Learn'],
] as const) {
  test.describe(`page changes in ${locale}`, () => {
    test.use({ locale: browserLocale })

    test('focus goes to the new page’s h1, never to <body>, and the title is announced', async ({
      page,
    }) => {
      await page.goto('/library')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // The first load moves nothing and announces nothing.
      expect(await focusedTag(page)).toBe('BODY')
      await expect(announcer(page)).toHaveText('')

      // Open a library prompt from the list.
      const prompt = page.locator('main a[href^="/library/"]:not([href="/library/new"])').first()
      await prompt.focus()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/\/library\/[^/]+$/)
      const h1 = page.getByRole('heading', { level: 1 })
      await expect(h1).toBeFocused()
      await expect(announcer(page)).toHaveText((await h1.textContent())!.trim())

      // Onboarding's last step, then start a lesson from the Learn page.
      await page.goto('/onboarding')
      await page.getByRole('button', { name: skipAll }).click()
      await expect(h1).toHaveText(learn)
      expect(await focusedTag(page)).not.toBe('BODY')
      const start = page.locator('main a[href^="/learn/lesson/"]').first()
      await start.focus()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(/\/learn\/lesson\//)
      await expect(h1).not.toHaveText(learn)
      await expect(h1).toBeFocused()
      const lessonName = (await h1.textContent())!.trim()
      await expect(page).toHaveTitle(`${lessonName} · Løft`)
      await expect(announcer(page)).toHaveText(lessonName)
      // The Learn tab is marked as the current section on the lesson.
      await expect(page.locator('nav.bottom-nav a[href="/learn"]')).toHaveAttribute(
        'aria-current',
        'true',
      )
      await screenshot(page, `${locale}-route-focus-lesson`)
    })
  })
}
