import { expect, test, type Browser, type Page } from '@playwright/test'
import { idnr } from '@navikt/fnrvalidator'
import { expectNoAxeViolations, screenshot, waitForServiceWorkerControl } from '../helpers'
import { makeFodselsnummer } from '../../helpers/fnr'
import { backendUrl, connectedAppUrl, signInCode } from './env'

// The story against a real backend (the Supabase stand-in in server.mjs: the migrations,
// RLS and RPCs in PGlite, reached by supabase-js in the browser): a learner does a challenge
// offline, is stopped by the privacy guard, fixes it, finishes, submits for review and shares the
// prompt; online, an ambassador approves it into the library (and reviews the attempt); the
// learner finds it by search and records a use, which reaches the server.

const INVITE = 'NORDLYS-2025' // supabase/seed.sql
const AMBASSADOR = 'ola.ambassador@nordlys.example' // an ambassador of that organisation in the seed

const labels = {
  nb: {
    browserLocale: 'nb-NO',
    email: 'E-postadresse',
    sendCode: 'Send meg en kode',
    code: /Koden fra e-posten/,
    signIn: 'Logg inn',
    signedIn: 'Du er logget inn',
    toJoin: 'Bli med i organisasjonen din',
    inviteCode: 'Invitasjonskode',
    join: 'Bli med',
    joined: 'Du er med i Nordlys Rådgivning AS',
    challenge: 'Referat fra et internt møte',
    toPrompt: 'Skriv prompten',
    promptLabel: 'Prompten din',
    prompt: (fnr: string) =>
      `Du er referent i byggeprosjektet Fjordtunet. Skriv et kort referat som punktliste til teamet, med beslutninger, oppgaver og frister. Ansvarlig: Kari, ${fnr}.`,
    searchWord: 'Fjordtunet',
    toCopy: 'Gå til kopiering',
    copy: 'Kopier prompten',
    blocked: 'Prompten ble ikke kopiert',
    fix: 'Bytt ut med [FØDSELSNUMMER]',
    placeholder: '[FØDSELSNUMMER]',
    copied: 'Kopiert.',
    toOutput: 'Jeg har fått et svar',
    outputLabel: 'Svaret fra KI',
    toCheck: 'Vurder svaret',
    yes: 'Ja',
    toScore: 'Gå til score',
    score: '3 – Brukbart med små endringer',
    minutes: 'Omtrent hvor mange minutter sparte du?',
    finish: 'Lagre forsøket',
    done: 'Forsøket er lagret',
    submitReview: 'Send til vurdering',
    share: 'Del denne prompten',
    sendShare: 'Send til KI-ambassadørene',
    shared: 'Delt – venter på en KI-ambassadør.',
    approvedStatus: 'Prompten er godkjent og ligger i biblioteket.',
    offline: 'Uten nett',
    syncDetails: 'Vis detaljer om synkroniseringen',
    syncNow: 'Synkroniser nå',
    syncDone: 'Ferdig synkronisert.',
    nothingWaiting: '0 endringer',
    close: 'Lukk',
    approve: 'Godkjenn',
    approved: 'Godkjent. Kollegaene dine ser den når den er synkronisert.',
    attemptsTab: 'Utfordringer',
    sendReview: 'Send vurderingen',
    reviewHeading: 'Vurdering fra en KI-ambassadør',
    reviewed: 'Status: Vurdert',
    search: 'Søk i biblioteket',
    record: 'Jeg brukte denne – sparte meg 30 min',
    recorded: 'Notert: 30 minutter spart.',
  },
  en: {
    browserLocale: 'en-GB',
    email: 'E-mail address',
    sendCode: 'Send me a code',
    code: /The code from the e-mail/,
    signIn: 'Sign in',
    signedIn: 'You are signed in',
    toJoin: 'Join your organisation',
    inviteCode: 'Invite code',
    join: 'Join',
    joined: 'You have joined Nordlys Rådgivning AS',
    challenge: 'Minutes of an internal meeting',
    toPrompt: 'Write the prompt',
    promptLabel: 'Your prompt',
    prompt: (fnr: string) =>
      `You are the minute-taker for the Harbourview building project. Write short minutes as bullet points for the team, with decisions, tasks and deadlines. Owner: Kari, ${fnr}.`,
    searchWord: 'Harbourview',
    toCopy: 'Go to copying',
    copy: 'Copy the prompt',
    blocked: 'The prompt was not copied',
    fix: 'Replace with [NATIONAL ID]',
    placeholder: '[NATIONAL ID]',
    copied: 'Copied.',
    toOutput: 'I have an answer',
    outputLabel: "The AI's answer",
    toCheck: 'Check the answer',
    yes: 'Yes',
    toScore: 'Go to scoring',
    score: '3 – Usable with small changes',
    minutes: 'About how many minutes did you save?',
    finish: 'Save the attempt',
    done: 'Your attempt is saved',
    submitReview: 'Submit for review',
    share: 'Share this prompt',
    sendShare: 'Send to the AI ambassadors',
    shared: 'Shared – waiting for an AI ambassador.',
    approvedStatus: 'The prompt is approved and in the library.',
    offline: 'Offline',
    syncDetails: 'Show sync details',
    syncNow: 'Sync now',
    syncDone: 'Sync finished.',
    nothingWaiting: '0 changes',
    close: 'Close',
    approve: 'Approve',
    approved: 'Approved. Your colleagues will see it once it has synced.',
    attemptsTab: 'Challenges',
    sendReview: 'Send the review',
    reviewHeading: 'Review from an AI ambassador',
    reviewed: 'Status: Reviewed',
    search: 'Search the library',
    record: 'I used this – it saved me 30 min',
    recorded: 'Noted: 30 minutes saved.',
  },
} as const
type Labels = (typeof labels)[keyof typeof labels]

async function newPhone(browser: Browser, l: Labels) {
  const context = await browser.newContext({
    baseURL: connectedAppUrl,
    locale: l.browserLocale,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'allow',
  })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  return { context, page: await context.newPage() }
}

async function signIn(page: Page, l: Labels, email: string, shot: (name: string) => Promise<void>) {
  await page.goto('/sign-in')
  await page.getByLabel(l.email).fill(email)
  await shot('sign-in-email')
  await page.getByRole('button', { name: l.sendCode }).click()
  await page.getByLabel(l.code).fill(signInCode)
  await shot('sign-in-code')
  await page.getByRole('button', { name: l.signIn, exact: true }).click()
  await expect(page.getByRole('heading', { name: l.signedIn })).toBeFocused()
  await shot('sign-in-done')
}

/** Syncs from the sync sheet and waits until nothing is left to send. */
async function syncNow(page: Page, l: Labels, shot?: (name: string) => Promise<void>) {
  await page.getByRole('button', { name: l.syncDetails }).click()
  const sheet = page.getByTestId('sync-sheet')
  await expect(sheet).toBeVisible()
  await expect(sheet.getByRole('button', { name: l.syncNow })).toBeEnabled()
  await sheet.getByRole('button', { name: l.syncNow }).click()
  await expect(sheet.getByText(l.syncDone)).toBeVisible({ timeout: 30_000 })
  await expect(sheet.getByTestId('sync-pending')).toHaveText(l.nothingWaiting)
  if (shot) await shot('sync-sheet')
  await sheet.getByRole('button', { name: l.close }).click()
  await expect(sheet).toBeHidden()
}

/** A full-page screenshot taken while scrolled draws the sticky top bar mid-page: scroll up first. */
const fromTop = (page: Page) => page.evaluate(() => window.scrollTo(0, 0))

/** What this phone holds in IndexedDB (the app's own database, read as the test's witness). */
function countRows(page: Page, store: string) {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('loft')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result)
          }
          request.onerror = () => reject(request.error)
        }
      }),
    store,
  )
}

for (const locale of ['nb', 'en'] as const) {
  test(`a prompt from an offline challenge reaches the library through an ambassador (${locale})`, async ({
    browser,
  }) => {
    // Two phones, about twenty axe runs and a real sync on a slow shared machine.
    test.setTimeout(600_000)
    const l = labels[locale]
    const fnr = makeFodselsnummer(24, 12, 1988)
    expect(idnr(fnr).status).toBe('valid')
    const learnerEmail = `learner-${locale}-${Date.now()}@loft.test`

    // --- the learner signs in and joins, online ---------------------------------------------
    const learner = await newPhone(browser, l)
    const page = learner.page
    const shot = async (name: string) => {
      await expectNoAxeViolations(page)
      await fromTop(page)
      await screenshot(page, `backend-${locale}-learner-${name}`)
    }
    await page.goto('/sign-in')
    await waitForServiceWorkerControl(page)
    await signIn(page, l, learnerEmail, shot)
    await page.getByRole('link', { name: l.toJoin }).click()
    await page.getByLabel(l.inviteCode).fill(INVITE)
    await page.getByRole('button', { name: l.join, exact: true }).click()
    await expect(page.getByRole('heading', { name: l.joined })).toBeVisible({ timeout: 30_000 })
    await shot('joined')
    await expect.poll(() => countRows(page, 'memberships'), { timeout: 30_000 }).toBeGreaterThan(0)

    // --- offline: the challenge, stopped by the guard, fixed, finished, submitted, shared -----
    await learner.context.setOffline(true)
    await page.goto('/challenges')
    await page.getByRole('link', { name: new RegExp(l.challenge) }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.challenge)
    await page.getByRole('button', { name: l.toPrompt }).click()
    const prompt = l.prompt(fnr)
    await page.getByLabel(l.promptLabel).fill(prompt)
    await expect(page.locator('mark[data-kind="national-id"]')).toContainText(fnr)
    await shot('prompt-with-fnr')
    await page.getByRole('button', { name: l.toCopy }).click()
    await page.getByRole('button', { name: l.copy }).click()
    await expect(page.getByRole('alert').filter({ hasText: l.blocked })).toBeVisible()
    await shot('copy-blocked')
    await page.getByRole('button', { name: l.fix }).click()
    await page.getByRole('button', { name: l.copy }).click()
    await expect(page.getByText(l.copied)).toBeVisible()
    const fixed = prompt.replace(fnr, l.placeholder)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixed)
    await page.getByRole('button', { name: l.toOutput }).click()
    await page
      .getByLabel(l.outputLabel)
      .fill('Referat\n- Vi flytter leveransen til 12. desember.\n- Kari oppdaterer planen.')
    await page.getByRole('button', { name: l.toCheck }).click()
    for (const radio of await page.getByRole('radio', { name: l.yes, exact: true }).all())
      await radio.check()
    await page.getByRole('button', { name: l.toScore }).click()
    await page.getByRole('radio', { name: l.score }).check()
    await page.getByLabel(l.minutes).fill('20')
    await page.getByRole('button', { name: l.finish }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.done)
    const attemptId = new URL(page.url()).pathname.split('/').pop()!

    await page.getByRole('button', { name: l.submitReview }).click()
    await expect(page.getByTestId('review-submitted')).toBeVisible()
    await page.getByRole('button', { name: l.share }).click()
    await expect(page.locator('#pf-title')).toHaveValue(l.challenge)
    await expect(page.locator('#pf-body')).toHaveValue(fixed)
    await shot('share-form')
    await page.getByRole('button', { name: l.sendShare }).click()
    await expect(page.getByTestId('share-status')).toHaveText(l.shared)
    await expect(page.getByTestId('share-status')).toBeFocused()
    await expect(page.getByRole('button', { name: l.share })).toHaveCount(0)
    await expect(page.getByTestId('sync-status')).toContainText(l.offline)
    expect(await countRows(page, 'outbox')).toBeGreaterThanOrEqual(2)
    await shot('shared-offline')

    // --- online: the learner's phone sends it all -------------------------------------------
    await learner.context.setOffline(false)
    await syncNow(page, l, shot)

    // --- the ambassador approves the prompt and reviews the attempt --------------------------
    const ambassador = await newPhone(browser, l)
    const amb = ambassador.page
    const ambShot = async (name: string) => {
      await expectNoAxeViolations(amb)
      await fromTop(amb)
      await screenshot(amb, `backend-${locale}-ambassador-${name}`)
    }
    await signIn(amb, l, AMBASSADOR, async () => undefined)
    await amb.goto('/curate')
    const row = amb.locator(`a[href="/curate/${attemptId}"]`)
    await expect(row).toBeVisible({ timeout: 30_000 })
    await expect(row).toContainText(l.challenge)
    await ambShot('queue')
    await row.click()
    await expect(amb.locator('#pf-body')).toHaveValue(fixed)
    await ambShot('prompt')
    await amb.getByRole('button', { name: l.approve, exact: true }).click()
    await expect(amb.getByText(l.approved)).toBeVisible()
    await ambShot('approved')

    await amb.goto('/curate')
    await amb.getByRole('tab', { name: l.attemptsTab }).click()
    await amb.locator(`a[href="/curate/attempt/${attemptId}"]`).click()
    const groups = amb.locator('fieldset')
    for (const [i, level] of ['3', '3', '4', '3', '3'].entries()) {
      await groups.nth(i).locator(`input[value="${level}"]`).check()
    }
    await amb.getByRole('textbox').fill('Godt avgrenset, og fint at fødselsnummeret ble byttet ut.')
    await amb.getByRole('button', { name: l.sendReview }).click()
    await expect(amb.getByRole('heading', { name: l.reviewHeading })).toBeFocused()
    await ambShot('review-sent')
    await syncNow(amb, l)
    await ambassador.context.close()

    // --- the learner finds the approved prompt by search and records a use --------------------
    await syncNow(page, l)
    await expect(page.getByTestId('share-status')).toHaveText(l.approvedStatus)
    await expect(page.getByText(l.reviewed)).toBeVisible()
    await shot('approved-and-reviewed')

    await page.goto('/library')
    await page
      .getByLabel(l.search)
      .fill(`${l.searchWord} ${locale === 'nb' ? 'referat' : 'minutes'}`)
    const result = page.getByRole('link', { name: l.challenge })
    await expect(result).toHaveCount(1)
    await shot('search')
    await result.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.challenge)
    await expect(page.getByTestId('prompt-text')).toContainText(l.placeholder)
    await expect(page.getByText(fnr)).toHaveCount(0)
    await page.getByRole('button', { name: '30 min', exact: true }).click()
    await page.getByRole('button', { name: l.record }).click()
    await expect(page.getByText(l.recorded)).toBeVisible()
    await shot('use-recorded')
    await syncNow(page, l)

    // The use is on the server, the learner's, in the organisation of the prompt.
    const learnerId = await page.evaluate(
      () => JSON.parse(localStorage.getItem('loft.account')!).id as string,
    )
    const uses = await (await fetch(`${backendUrl}/e2e/prompt-uses?prompt_id=${attemptId}`)).json()
    expect(uses).toEqual([
      expect.objectContaining({
        user_id: learnerId,
        prompt_id: attemptId,
        minutes_saved: 30,
        organisation_id: '10000000-0000-4000-a000-000000000001',
      }),
    ])
    await learner.context.close()
  })
}
