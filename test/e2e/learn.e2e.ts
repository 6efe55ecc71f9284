import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import lesson from '../../src/content/lessons/01-data-rules'
import { expectNoAxeViolations, screenshot, waitForServiceWorkerControl } from './helpers'

type Messages = Record<string, Record<string, unknown>>
const readMessages = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Messages
/** Every message group of a language (the app loads them by route). */
const messages = (locale: 'nb' | 'en'): Messages => {
  const groups = Object.keys(readMessages('src/locales/groups.json'))
  return Object.assign(
    readMessages(`src/locales/${locale}.json`),
    ...groups.map((group) => readMessages(`src/locales/${group}/${locale}.json`)),
  )
}

/** A message by dotted key, the first plural form cut off. */
function msg(m: Messages, key: string, params: Record<string, string | number> = {}): string {
  let text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], m) as string
  for (const [name, value] of Object.entries(params))
    text = text.replaceAll(`{${name}}`, String(value))
  return text
}

/**
 * Another build in the shared checkout can make the preview serve a new service worker mid-test;
 * its "new version" toast would then cover the lesson's buttons. Choose "later" when it shows.
 */
async function dismissUpdateToast(page: Page, m: Messages) {
  await page.addLocatorHandler(page.locator('.toast__title'), async () => {
    await page.getByRole('button', { name: msg(m, 'pwa.later') }).click()
  })
}

async function clickButton(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).click()
}

async function onboard(page: Page, m: Messages, locale: 'nb' | 'en') {
  await expect(page).toHaveURL(/\/onboarding$/)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    msg(m, 'onboarding.language.heading'),
  )
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-onboarding-language`)
  await page.getByLabel(locale === 'nb' ? 'Norsk (bokmål)' : 'English').check()
  await clickButton(page, msg(m, 'onboarding.next'))

  await page.getByLabel(msg(m, 'onboarding.role.department')).selectOption('sales')
  await clickButton(page, msg(m, 'onboarding.next'))

  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    msg(m, 'onboarding.assessment.heading'),
  )
  await page.locator('input[name="assess-data-compliance"][value="2"]').check()
  await page.locator('input[name="assess-simple-prompts"][value="3"]').check()
  // No navigation during onboarding; the step's action at the bottom of the screen.
  await expect(page.getByRole('navigation', { name: msg(m, 'nav.main') })).toHaveCount(0)
  await expect(page.getByRole('button', { name: msg(m, 'onboarding.next'), exact: true })).toBeInViewport()
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-onboarding-assessment`)
  // One level per screen: basic, intermediate, expert.
  await clickButton(page, msg(m, 'onboarding.next'))
  await page.locator('input[name="assess-ai-workflows"][value="2"]').check()
  await screenshot(page, `${locale}-learn-onboarding-assessment-2`)
  await clickButton(page, msg(m, 'onboarding.next'))
  await expect(page.locator('input[name="assess-law-ethics"]').first()).toBeAttached()
  await clickButton(page, msg(m, 'onboarding.assessment.save'))

  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    msg(m, 'onboarding.window.heading'),
  )
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-onboarding-window`)
  await clickButton(page, msg(m, 'onboarding.skip'))

  await expect(page.getByRole('heading', { level: 2 })).toHaveText(
    msg(m, 'onboarding.start.heading'),
  )
  await screenshot(page, `${locale}-learn-onboarding-start`)
  await clickButton(page, msg(m, 'onboarding.start.button'))
}

async function takeLesson(page: Page, m: Messages, locale: 'nb' | 'en') {
  await expect(page).toHaveURL(/\/learn\/lesson\/data-rules$/)
  const cards = lesson.cards.length
  await expect(page.getByText(msg(m, 'lesson.cardOf', { n: 1, total: cards }))).toBeVisible()
  await page.getByText(msg(m, 'lesson.term', { word: lesson.cards[0]!.term!.word[locale] })).click()
  await expect(page.getByText(lesson.cards[0]!.term!.definition[locale])).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-lesson-card`)
  for (let i = 1; i < cards; i++) {
    await clickButton(page, msg(m, 'lesson.next'))
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(lesson.cards[i]!.title[locale])
  }
  await clickButton(page, msg(m, 'lesson.next'))
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(msg(m, 'lesson.exampleHeading'))
  await screenshot(page, `${locale}-learn-lesson-example`)
  await clickButton(page, msg(m, 'lesson.toQuiz'))

  for (const [i, question] of lesson.quiz.entries()) {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(question.question[locale])
    // The first answer is wrong on purpose, to see the feedback.
    const choice =
      i === 0
        ? question.choices.find((c) => c.id !== question.correct)!
        : question.choices.find((c) => c.id === question.correct)!
    await page.getByLabel(choice.text[locale], { exact: true }).check()
    await clickButton(page, msg(m, 'lesson.answer'))
    const status = page.locator('.feedback-region')
    await expect(status).toContainText(i === 0 ? msg(m, 'lesson.wrong') : msg(m, 'lesson.correct'))
    await expect(status).toContainText(question.explanation[locale])
    if (i === 0) {
      // The feedback is in sight, not under the sticky action bar (issue 20 item 1).
      await expect
        .poll(() =>
          page.evaluate(() => {
            const feedback = document.querySelector('.feedback')!.getBoundingClientRect()
            const bar = document.querySelector('.lesson-player__actions')!.getBoundingClientRect()
            return feedback.top >= 0 && feedback.bottom <= bar.top + 1
          }),
        )
        .toBe(true)
      await expectNoAxeViolations(page)
      await screenshot(page, `${locale}-learn-quiz-feedback`)
    }
    const last = i === lesson.quiz.length - 1
    await clickButton(page, last ? msg(m, 'lesson.next') : msg(m, 'lesson.nextQuestion'))
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(msg(m, 'lesson.tryItHeading'))
  await screenshot(page, `${locale}-learn-try-it`)
  await clickButton(page, msg(m, 'lesson.finish'))
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(msg(m, 'lesson.finishHeading'))
  const total = lesson.quiz.length
  await expect(page.getByText(msg(m, 'lesson.score', { correct: total - 1, total }))).toBeVisible()
  await expect(page.getByText(lesson.review[0]!.front[locale])).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-finish`)
}

async function review(page: Page, m: Messages, locale: 'nb' | 'en') {
  const count = lesson.review.length
  await page
    .getByRole('link', { name: new RegExp(`${count} `) })
    .first()
    .click()
  await expect(page).toHaveURL(/\/learn\/review$/)
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(lesson.review[0]!.front[locale])
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-review-front`)
  await clickButton(page, msg(m, 'review.show'))
  await expect(page.getByText(lesson.review[0]!.back[locale])).toBeVisible()
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-review-back`)
  for (let i = 0; i < count; i++) {
    if (i > 0) await clickButton(page, msg(m, 'review.show'))
    await page.getByRole('button', { name: new RegExp(`^${msg(m, 'review.grades.easy')}`) }).click()
  }
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(msg(m, 'review.doneTitle'))
  await expectNoAxeViolations(page)
  await screenshot(page, `${locale}-learn-review-done`)
}

// The whole daily flow, with axe on each kind of screen, takes longer than one route.
test.describe.configure({ timeout: 240_000 })

test.describe('learning in nb, offline', () => {
  test.use({ locale: 'nb-NO' })

  test('a new user onboards, takes the compliance lesson offline, and it stays done after a reload', async ({
    page,
    context,
  }) => {
    const m = messages('nb')
    await dismissUpdateToast(page, m)
    await page.goto('/')
    await expect(page).toHaveURL(/\/onboarding$/)
    await waitForServiceWorkerControl(page)
    await context.setOffline(true)

    await onboard(page, m, 'nb')
    await takeLesson(page, m, 'nb')

    await page.goto('/learn')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lær')
    const item = page.getByRole('link', { name: new RegExp(lesson.title.nb) })
    await expect(item).toContainText(msg(m, 'path.status.done'))
    await expect(
      page.getByText(msg(m, 'streak.days').split(' | ')[1]!.replace('{n}', '1')),
    ).toBeVisible()
    // The review count, also as a badge on the Learn tab.
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toContainText(
      `${lesson.review.length} kort å repetere`,
    )
    await expectNoAxeViolations(page)
    await screenshot(page, 'nb-learn-after-lesson')

    await review(page, m, 'nb')
    await context.setOffline(false)

    // Back online, the growth page shows the finished lesson, and still does after a reload.
    await page.goto('/me')
    const weekly = page.getByText(/De siste \d+ ukene har du fullført 1 leksjon og/)
    await expect(weekly).toBeVisible()
    await page.reload()
    await expect(weekly).toBeVisible()
    await screenshot(page, 'nb-learn-growth-after-lesson')
  })
})

test.describe('learning in en', () => {
  test.use({ locale: 'en-GB' })

  test('the same flow in English, with no axe violations', async ({ page }) => {
    const m = messages('en')
    await dismissUpdateToast(page, m)
    await page.goto('/learn')
    await onboard(page, m, 'en')
    await takeLesson(page, m, 'en')
    await page.goto('/learn')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn')
    await expectNoAxeViolations(page)
    await screenshot(page, 'en-learn-after-lesson')
    await review(page, m, 'en')
  })
})
