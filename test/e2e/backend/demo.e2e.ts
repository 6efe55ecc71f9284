import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectNoAxeViolations, screenshot } from '../helpers'
import { connectedAppUrl } from './env'

/*
 * The demo company (npm run demo): the connected build is a demo build (VITE_LOFT_DEMO=1) against
 * the demo backend with Nordlys Industri AS. Each persona signs in with one tap and lands on the
 * screens of their role, filled with the company's year.
 */

async function phone(browser: Browser) {
  const context = await browser.newContext({
    baseURL: connectedAppUrl,
    locale: 'nb-NO',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  })
  return { context, page: await context.newPage() }
}

async function signInAs(page: Page, name: string, landsOn: RegExp) {
  await page.goto('/sign-in')
  const personas = page.getByTestId('demo-personas')
  await expect(personas).toBeVisible()
  await personas.getByRole('button', { name: new RegExp(name) }).click()
  await page.waitForURL(landsOn, { timeout: 45_000 })
}

test.describe('the demo company, persona by persona', () => {
  test.setTimeout(120_000)

  test('the sign-in page offers the personas, and the e-mail form too', async ({ browser }) => {
    const { context, page } = await phone(browser)
    await page.goto('/sign-in')
    await expect(page.getByTestId('demo-personas').getByRole('button')).toHaveCount(5)
    await expect(page.getByLabel('E-postadresse')).toBeVisible()
    await expectNoAxeViolations(page)
    await screenshot(page, 'demo-sign-in')
    await context.close()
  })

  test('an employee: the Learn and Me pages hold a year of her own history', async ({ browser }) => {
    const { context, page } = await phone(browser)
    await signInAs(page, 'Emma Berg', /\/learn$/)
    await expect(page.getByText(/[1-9]\d* av 6 fullført/)).toBeVisible({ timeout: 20_000 })
    await expectNoAxeViolations(page)
    await screenshot(page, 'demo-employee-learn')
    await page.getByRole('link', { name: 'Meg' }).click()
    await expect(page.getByRole('heading', { name: 'Kompetanseprofilen din' })).toBeVisible()
    await expect(page.getByText(/^\d+ minutter til sammen$/)).toBeVisible()
    await screenshot(page, 'demo-employee-me')
    await context.close()
  })

  test("an ambassador: colleagues' attempts wait in the review queue", async ({ browser }) => {
    const { context, page } = await phone(browser)
    await signInAs(page, 'Jonas Lie', /\/curate$/)
    await page.getByRole('tab', { name: 'Utfordringer' }).click()
    await expect(page.getByRole('tabpanel').getByRole('link').first()).toBeVisible({ timeout: 20_000 })
    await expectNoAxeViolations(page)
    await screenshot(page, 'demo-ambassador-curate')
    await context.close()
  })

  test("the admin: the organisation's tools and rules", async ({ browser }) => {
    const { context, page } = await phone(browser)
    await signInAs(page, 'Kari Nilsen', /\/admin$/)
    await expect(page.getByRole('button', { name: 'Lagre reglene' })).toBeVisible({ timeout: 20_000 })
    await expectNoAxeViolations(page)
    await screenshot(page, 'demo-admin')
    await context.close()
  })

  test('the HR lead: the Insights page of her role', async ({ browser }) => {
    const { context, page } = await phone(browser)
    await signInAs(page, 'Ingrid Hauge', /\/insights$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Innsikt' })).toBeVisible()
    await expectNoAxeViolations(page)
    await screenshot(page, 'demo-hr')
    await context.close()
  })

  test('a new hire joins the company with the invite code already filled in', async ({ browser }) => {
    const { context, page } = await phone(browser)
    await signInAs(page, 'Ny ansatt', /\/join/)
    await page.getByRole('button', { name: 'Bli med' }).click()
    await expect(page.getByTestId('joined')).toHaveText('Du er med i Nordlys Industri AS', { timeout: 20_000 })
    await screenshot(page, 'demo-new-hire-joined')
    await context.close()
  })
})
