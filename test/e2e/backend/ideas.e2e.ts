import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { expectNoAxeViolations, screenshot } from '../helpers'
import { connectedAppUrl } from './env'

/*
 * The ideas board (F4) and story → challenge (F3) against the demo backend (the real migrations,
 * RLS and sync in PGlite): Emma posts an anonymous obstacle (sent by submit_anonymous_idea; the
 * demo backend releases queued ones every 3 s), Kari votes for it, Jonas (ambassador) sets
 * "planned" with an answer, and Emma's device shows the answer; then Jonas turns Emma's new post
 * into a challenge, Emma agrees on her post, and Kari finds it beside the starter challenges.
 */

const LIVE = { timeout: 30_000 }

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

async function tap(locator: Locator) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await locator.click()
}

async function signInAs(page: Page, name: string) {
  await page.goto('/sign-in')
  await page.getByTestId('demo-personas').getByRole('button', { name: new RegExp(name) }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 45_000 })
}

async function openBoard(page: Page) {
  await page.goto('/community/ideas')
  await expect(page.getByTestId('idea-new')).toBeVisible({ timeout: 45_000 })
}

/** axe on one part of a page (the post page's other parts are another feature's). */
async function expectNoAxeViolationsIn(page: Page, selector: string) {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

const card = (page: Page, title: string) => page.getByTestId('idea-card').filter({ hasText: title })

test.describe('ideas board and organisation challenges between devices', () => {
  test.setTimeout(300_000)

  test('an anonymous obstacle is voted for and answered, and its writer sees the answer', async ({ browser }) => {
    const run = Math.random().toString(36).slice(2, 7)
    const obstacle = `Ingen tid til å øve ${run}`
    const emma = await phone(browser)
    const kari = await phone(browser)
    const jonas = await phone(browser)
    await signInAs(emma.page, 'Emma Berg')
    await signInAs(kari.page, 'Kari Nilsen')
    await signInAs(jonas.page, 'Jonas Lie')

    // Emma: an anonymous obstacle. Her device shows it at once, waiting for its release.
    await openBoard(emma.page)
    await expectNoAxeViolations(emma.page)
    await emma.page.getByTestId('idea-new').click()
    await emma.page.getByTestId('idea-composer').getByLabel('Hinder').check()
    await emma.page.getByLabel('Kort fortalt').fill(obstacle)
    await emma.page.getByLabel('Mer om det (valgfritt)').fill('Vi har ikke satt av tid i uka til oppgavene.')
    await emma.page.getByTestId('idea-anonymous').check()
    await expect(emma.page.getByText('Serveren lagrer ikke hvem som skrev det')).toBeVisible()
    await expectNoAxeViolations(emma.page)
    await tap(emma.page.getByRole('button', { name: 'Send anonymt', exact: true }))
    await expect(emma.page.getByText('publiseres i morgen')).toBeVisible()
    await expect(card(emma.page, obstacle).getByText('Fra deg, anonymt')).toBeVisible()

    // Kari's board receives it (released, no author) and she votes.
    await openBoard(kari.page)
    const kariCard = card(kari.page, obstacle)
    await expect(kariCard).toBeVisible(LIVE)
    await expect(kariCard.getByText('Anonym', { exact: false })).toBeVisible()
    await tap(kariCard.getByRole('button', { name: new RegExp(`Stem på «${obstacle}»`) }))
    await expect(kariCard.getByRole('button', { pressed: true })).toBeVisible()
    await expect(kariCard.getByText('1 stemme')).toBeVisible()

    // Jonas (ambassador) sets "planned" with an answer.
    await openBoard(jonas.page)
    const jonasCard = card(jonas.page, obstacle)
    await expect(jonasCard.getByText('1 stemme')).toBeVisible(LIVE)
    await tap(jonasCard.getByRole('button', { name: 'Sett status' }))
    await jonasCard.getByLabel('Planlagt').check()
    await jonasCard.getByLabel('Kort svar').fill('Fra januar får alle 30 minutter i uka til læring.')
    await expectNoAxeViolations(jonas.page)
    await tap(jonasCard.getByRole('button', { name: 'Lagre status' }))
    await expect(jonasCard.getByTestId('idea-status-editor')).toHaveCount(0)
    await expect(jonasCard.locator('.idea__status')).toHaveText('Planlagt')

    // Emma's device shows the status and the answer: someone listened.
    const emmaCard = card(emma.page, obstacle)
    await expect(emmaCard.getByText('Fra januar får alle 30 minutter i uka til læring.')).toBeVisible(LIVE)
    await expect(emmaCard.locator('.idea__status')).toHaveText('Planlagt')
    await expect(emmaCard.getByText('Anonym')).toBeVisible()

    for (const device of [emma, kari, jonas]) await device.context.close()
  })

  test('an ambassador turns a post into a challenge; its author agrees; colleagues find it beside the starter ones', async ({ browser }) => {
    const run = Math.random().toString(36).slice(2, 7)
    const emma = await phone(browser)
    const kari = await phone(browser)
    const jonas = await phone(browser)
    await signInAs(emma.page, 'Emma Berg')
    await signInAs(kari.page, 'Kari Nilsen')
    await signInAs(jonas.page, 'Jonas Lie')

    // Jonas opens a colleague's post in his feed and turns it into a challenge for its author.
    await jonas.page.goto('/community')
    const first = jonas.page.locator('.post-card__link').first()
    await expect(first).toBeVisible(LIVE)
    await first.click()
    await expect(jonas.page.getByTestId('turn-into-challenge')).toBeVisible(LIVE)
    const original = await jonas.page.getByRole('heading', { level: 1 }).innerText()
    await tap(jonas.page.getByTestId('turn-open'))
    await expect(jonas.page.getByLabel('Tittel', { exact: true })).toHaveValue(original.slice(0, 140))
    await jonas.page.getByLabel('Tittel', { exact: true }).fill(`Utfordring ${run}`)
    await expectNoAxeViolationsIn(jonas.page, '[data-testid="turn-into-challenge"]')
    await tap(jonas.page.getByRole('button', { name: 'Send til forfatteren' }))
    await expect(jonas.page.getByText('Sendt til forfatteren.')).toBeVisible()
    await expect(jonas.page.getByTestId('oc-status').first()).toHaveText('venter på forfatteren', LIVE)

    // Emma: the demo company holds a challenge made from one of her posts, waiting for her
    // consent. Her device (and only hers, of the members) has it; she opens that post and agrees.
    await emma.page.goto('/community')
    const waiting = await emma.page.waitForFunction(
      () =>
        new Promise<{ post: string; title: string } | null>((resolve) => {
          const open = indexedDB.open('loft')
          open.onsuccess = () => {
            const tx = open.result.transaction('organisation_challenges', 'readonly')
            const all = tx.objectStore('organisation_challenges').getAll()
            all.onsuccess = () => {
              const row = (all.result as { status: string; source_post_id: string; title: string }[]).find(
                (r) => r.status === 'awaiting_author',
              )
              open.result.close()
              resolve(row ? { post: row.source_post_id, title: row.title } : null)
            }
          }
          open.onerror = () => resolve(null)
        }),
      undefined,
      { timeout: 45_000, polling: 1000 },
    )
    const { post, title: postTitle } = (await waiting.jsonValue())!
    await emma.page.goto(`/community/post/${post}`)
    await expect(emma.page.getByTestId('challenge-consent')).toBeVisible(LIVE)
    await expect(emma.page.getByTestId('challenge-consent')).toContainText(postTitle)
    await expectNoAxeViolationsIn(emma.page, '[data-testid="challenge-consent"]')
    await screenshot(emma.page, 'ideas-consent-nb')
    await tap(emma.page.getByTestId('consent-yes'))
    await expect(emma.page.getByText('Innlegget ditt er blitt en utfordring')).toBeVisible(LIVE)

    // Emma's consent has reached the server (her outbox is empty) before Kari's device syncs:
    // the Challenges page pulls when it opens, not every few seconds as the feed does.
    await expect
      .poll(
        () =>
          emma.page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                const open = indexedDB.open('loft')
                open.onsuccess = () => {
                  const count = open.result.transaction('outbox', 'readonly').objectStore('outbox').count()
                  count.onsuccess = () => {
                    open.result.close()
                    resolve(count.result)
                  }
                }
                open.onerror = () => resolve(-1)
              }),
          ),
        LIVE,
      )
      .toBe(0)
    // Kari finds it beside the starter challenges and opens it like one.
    await kari.page.goto('/challenges')
    const list = kari.page.getByTestId('org-challenges')
    await expect(list.getByRole('link', { name: postTitle })).toBeVisible(LIVE)
    await tap(list.getByRole('link', { name: postTitle }))
    await expect(kari.page.getByRole('heading', { level: 1, name: postTitle })).toBeVisible(LIVE)
    await screenshot(kari.page, 'ideas-org-challenge-nb')

    for (const device of [emma, kari, jonas]) await device.context.close()
  })
})
