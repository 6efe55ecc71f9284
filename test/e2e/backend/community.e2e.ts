import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from '../helpers'
import { connectedAppUrl } from './env'

/*
 * The community (issue 16) against the demo backend (the real migrations, RLS and sync in PGlite):
 * two people of the demo company post, react, try it too and comment; an ambassador hides a post;
 * each change reaches the other devices through the sync pull (live: every 4 s while the tab is
 * open), the hide included, and a device that was offline meanwhile catches up when back online.
 */

const LIVE = { timeout: 20_000 }

async function phone(browser: Browser, locale = 'nb-NO') {
  const context = await browser.newContext({
    baseURL: connectedAppUrl,
    locale,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  })
  return { context, page: await context.newPage() }
}

/**
 * Presses a button from the keyboard: the "works offline now" note covers the bottom of the
 * screen for a few seconds after sign-in, and a pointer tap there would land on the note.
 */
async function press(locator: Locator) {
  await locator.focus()
  await locator.press('Enter')
}

async function signInAs(page: Page, name: string) {
  await page.goto('/sign-in')
  await page.getByTestId('demo-personas').getByRole('button', { name: new RegExp(name) }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 45_000 })
}

async function openFeed(page: Page) {
  await page.getByRole('link', { name: 'Fellesskap' }).first().click()
  await expect(page.getByTestId('new-post')).toBeVisible({ timeout: 30_000 })
}

/** Hostile text: a long unbroken word, a right-to-left override, ZWJ emoji, zero-width spaces. */
const HOSTILE = `${'Kravspesifikasjonsdokument'.repeat(40)} \u202Eevil\u202C 👩‍👩‍👧‍👦🏳️‍🌈 a\u200bb\u200c\u2060c`

async function share(page: Page, title: string, minutes: [number, number], body = '') {
  await page.getByTestId('new-post').click()
  await expect(page.getByTestId('composer')).toBeVisible()
  await page.getByLabel('Tittel').fill(title)
  await page.getByLabel('Fortell', { exact: true }).fill(`Slik gjorde jeg det: **${title}**. ${body}`)
  await page.getByLabel('Minutter før (uten KI)').fill(String(minutes[0]))
  await page.getByLabel('Minutter med KI').fill(String(minutes[1]))
  await press(page.getByTestId('post-submit'))
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible(LIVE)
}


test.describe('the community between devices', () => {
  test.setTimeout(240_000)

  test('two people post, react, try it too and comment; an ambassador hides a post', async ({
    browser,
  }) => {
    const run = Math.random().toString(36).slice(2, 7)
    const emmaTitle = `Tilbud på en time ${run}`
    const jonasTitle = `Svar til kunder raskere ${run}`
    const emma = await phone(browser)
    const jonas = await phone(browser)
    const ingrid = await phone(browser)
    await signInAs(emma.page, 'Emma Berg')
    await signInAs(jonas.page, 'Jonas Lie')
    await signInAs(ingrid.page, 'Ingrid Hauge')
    for (const { page } of [emma, jonas, ingrid]) await openFeed(page)
    await expectNoAxeViolations(emma.page)

    // Emma shares; Jonas's and Ingrid's open feeds show it without a reload.
    await share(emma.page, emmaTitle, [120, 30], HOSTILE)
    await expectNoAxeViolations(emma.page)
    const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)
    expect(await pageWidth(emma.page)).toBeLessThanOrEqual(390)
    await expect(jonas.page.getByRole('link', { name: emmaTitle })).toBeVisible(LIVE)
    await expect(ingrid.page.getByRole('link', { name: emmaTitle })).toBeVisible(LIVE)
    expect(await pageWidth(ingrid.page)).toBeLessThanOrEqual(390)

    // Jonas shares; Emma reacts, tries it too and comments on his post.
    await share(jonas.page, jonasTitle, [60, 15])
    await emma.page.getByRole('link', { name: 'Til fellesskapet' }).click()
    await emma.page.getByRole('link', { name: jonasTitle }).click(LIVE)
    await press(emma.page.getByTestId('react-useful'))
    await expect(emma.page.getByTestId('react-useful')).toHaveAttribute('aria-pressed', 'true')
    await press(emma.page.getByTestId('try-it-open'))
    await emma.page.locator('#tried-before').fill('60')
    await emma.page.locator('#tried-after').fill('20')
    await press(emma.page.getByTestId('try-it-submit'))
    await expect(emma.page.getByText('Du prøvde: 1 t før → 20 min med KI.')).toBeVisible()
    await emma.page.getByLabel('Skriv en kommentar').fill('Takk! Dette sparte meg tid.')
    await press(emma.page.getByTestId('comment-submit'))
    await expectNoAxeViolations(emma.page)

    // Jonas's open post page follows: the count, the replication's median, the comment.
    await expect(jonas.page.getByTestId('react-useful')).toContainText('1', LIVE)
    await expect(jonas.page.getByTestId('replication-summary')).toContainText(
      '1 kollega prøvde, median 40 min spart',
      LIVE,
    )
    await expect(jonas.page.getByTestId('comments')).toContainText('Takk! Dette sparte meg tid.', LIVE)
    await expectNoAxeViolations(jonas.page)

    // Emma goes offline. Jonas, an ambassador, hides her post with a reason.
    await emma.page.getByRole('link', { name: 'Til fellesskapet' }).click()
    await emma.page.getByRole('link', { name: emmaTitle }).click()
    await emma.context.setOffline(true)
    await jonas.page.getByRole('link', { name: 'Til fellesskapet' }).click()
    await jonas.page.getByRole('link', { name: emmaTitle }).click()
    await press(jonas.page.getByTestId('hide-open'))
    await jonas.page.getByLabel('Grunn (vises til den som skrev)').fill('Nevner en kunde ved navn')
    await jonas.page.getByTestId('hide-submit').click()
    await expect(jonas.page.getByTestId('hidden-notice')).toBeVisible()

    // Ingrid's feed loses it; Emma, back online, sees her post hidden, with the reason.
    await expect(ingrid.page.getByRole('link', { name: emmaTitle })).toHaveCount(0, LIVE)
    await expect(ingrid.page.getByRole('link', { name: jonasTitle })).toBeVisible()
    await expect(emma.page.getByTestId('hidden-notice')).toHaveCount(0)
    await emma.context.setOffline(false)
    await expect(emma.page.getByTestId('hidden-notice')).toHaveText(
      'Skjult av en ambassadør: Nevner en kunde ved navn',
      LIVE,
    )
    await screenshot(emma.page, 'community-e2e-hidden-nb')

    for (const device of [emma, jonas, ingrid]) await device.context.close()
  })
})
