import { expect, test, type Browser, type Page } from '@playwright/test'
import { screenshot, waitForAppDatabase, waitForHydration } from './helpers'
import { watchForViolations } from './cspWatch'
import { corpus, groups } from './xssCorpus'

/*
 * The XSS corpus (test/e2e/xssCorpus.ts: the Big List of Naughty Strings and OWASP filter-evasion
 * vectors in HTML, Markdown and Vue template syntax) rendered in Chromium through the places where
 * other people's text shows — the library list, prompt pages, curate queue and editor; the community
 * feed, post pages (Markdown body, prompt, comments, the challenge form made from a post); the ideas
 * board; organisation challenges (list and pages) — inserted as rows on this device, twice: with the Content-Security-Policy bypassed (so the sanitising
 * and Vue's text binding alone are tested: a hole would set `window.__xss`) and with it on (where
 * an injected handler would show as a violation). In every place: no script ran (sentinel, no
 * dialog), no javascript:/vbscript:/data: link or source in the DOM, no event-handler attribute,
 * Markdown holds only allowed tags, no element wider than the screen, and the page's one h1 shows.
 */

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d16'
const ME = '0d6b3f7a-2a0e-4f4e-8c3b-6b8e3d2f1a16'
const promptId = (i: number) => `c0ffee00-0000-4000-8000-${String(i).padStart(12, '0')}`

// Titles cover the whole corpus (the list shows them all); bodies, tasks and tags too.
const titles = groups(corpus, 200, ' ')
const bodies = groups(corpus, 19_000)
const markdownTags = new Set(
  'P BR STRONG EM S DEL CODE PRE BLOCKQUOTE UL OL LI A H3 H4 H5 H6 HR TABLE THEAD TBODY TR TH TD'.split(
    ' ',
  ),
)

interface Findings {
  xss: unknown
  badUrls: string[]
  handlers: string[]
  markdownTags: string[]
  wide: string[]
  pageWidth: number
  viewport: number
  h1s: number
}

/** What the page holds that it should not. */
function inspect(page: Page): Promise<Findings> {
  return page.evaluate(
    (allowed) => {
      const bad = /^[\s\u0000-\u0020]*(javascript|vbscript|data|livescript):/i
      const badUrls: string[] = []
      const handlers: string[] = []
      for (const el of document.querySelectorAll('*'))
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? ''
          if (/^on/i.test(name)) handlers.push(`${el.tagName} ${name}`)
          if (
            /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(name) &&
            bad.test(value)
          )
            badUrls.push(`${el.tagName} ${name}=${value.slice(0, 40)}`)
        }
      const viewport = document.documentElement.clientWidth
      const clipped = (el: Element) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== 'visible') return true
        return false
      }
      const wide = [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().width > viewport + 1 && !clipped(el))
        .map(
          (el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().width)}`,
        )
      return {
        xss: (window as { __xss?: unknown }).__xss,
        badUrls,
        handlers,
        markdownTags: [...document.querySelectorAll('.markdown *')]
          .map((el) => el.tagName)
          .filter((tag) => !allowed.includes(tag)),
        wide: wide.slice(0, 5),
        pageWidth: document.documentElement.scrollWidth,
        viewport,
        h1s: document.querySelectorAll('h1').length,
      }
    },
    [...markdownTags],
  )
}

async function expectClean(page: Page, place: string) {
  await expect(page.locator('main h1').first(), place).toBeVisible()
  // Links in user Markdown that aren't https: or mailto: are clicked (a javascript: one would run;
  // none should exist, and an <a> without href does nothing).
  await page.evaluate(() => {
    for (const a of document.querySelectorAll<HTMLElement>(
      '.markdown a:not([href^="https:"]):not([href^="mailto:"])',
    ))
      a.click()
  })
  const found = await inspect(page)
  expect(found.xss, place).toBeUndefined()
  expect(found.badUrls, place).toEqual([])
  expect(found.handlers, place).toEqual([])
  expect(found.markdownTags, place).toEqual([])
  expect(found.wide, place).toEqual([])
  expect(found.pageWidth, place).toBeLessThanOrEqual(found.viewport)
  expect(found.h1s, place).toBe(1)
}

async function goInApp(page: Page, to: string) {
  // In-app navigation: a reload would forget the signed-in person set by seed().
  await page.evaluate(async (path) => {
    type Router = { push: (to: string) => Promise<unknown> }
    const el = document.querySelector('#app') as unknown as {
      __vue_app__: { config: { globalProperties: { $router: Router } } }
    }
    await el.__vue_app__.config.globalProperties.$router.push(path)
  }, to)
}

const postId = (i: number) => `c0ffee00-0000-4000-8001-${String(i).padStart(12, '0')}`
const created_at = '2025-10-01T00:00:00.000Z'

// The community's limits (src/domain/community/limits.ts): titles 140, bodies 8000, comments 2000.
const postTitles = groups(corpus, 140, ' ')
const postBodies = groups(corpus, 7_900)
const commentBodies = groups(corpus, 1_900)
const ideaAnswers = groups(corpus, 490)
const challengePrompts = groups(corpus, 3_900)
const challengeId = (i: number) => `c0ffee00-0000-4000-8004-${String(i).padStart(12, '0')}`

/** The corpus in every field of other people's rows that a place shows. */
function rows() {
  const prompts = titles.map((title, i) => ({
    id: promptId(i),
    organisation_id: ORG,
    // The first few are a colleague's submissions, for the curate queue.
    author_id: i < bodies.length ? `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}` : ME,
    title,
    body: bodies[i % bodies.length]!,
    department: 'sales',
    task: title,
    tools: [],
    level: 'basic',
    data_class: 'green',
    tags: title
      .split(' ')
      .slice(0, 12)
      .map((t) => t.slice(0, 60)),
    status: i < bodies.length ? 'submitted' : 'approved',
    featured: i % 7 === 0,
    revision: 1,
    updated_at: created_at,
  }))
  const community_posts = postTitles.map((title, i) => ({
    id: postId(i),
    organisation_id: ORG,
    author_id: `a0000000-0000-4000-8001-${String(i).padStart(12, '0')}`,
    kind: (['use_case', 'success_story', 'show_and_tell', 'question'] as const)[i % 4],
    title,
    body: postBodies[i % postBodies.length]!,
    task: title,
    department_id: null,
    tool: title.slice(0, 80),
    prompt_text: postBodies[(i + 1) % postBodies.length]!.slice(0, 4000),
    minutes_before: 60,
    minutes_after: 15,
    data_class: 'green',
    tags: title
      .split(' ')
      .slice(0, 8)
      .map((t) => t.slice(0, 32)),
    source_kind: null,
    source_id: null,
    status: 'published',
    moderation_reason: null,
    revision: 1,
    created_at: new Date(Date.parse(created_at) + i * 60_000).toISOString(),
    updated_at: created_at,
    reaction_counts: { useful: 1, tried: 0, thanks: 0 },
    comment_count: 0,
    replication_count: 0,
    replication_median_saved: null,
  }))
  // Every comment on the posts whose pages are visited.
  const community_comments = commentBodies.map((body, i) => ({
    id: `c0ffee00-0000-4000-8002-${String(i).padStart(12, '0')}`,
    organisation_id: ORG,
    post_id: postId(i % postBodies.length),
    author_id: `a0000000-0000-4000-8002-${String(i).padStart(12, '0')}`,
    body,
    status: 'published',
    moderation_reason: null,
    created_at,
    updated_at: created_at,
  }))
  // Ideas (title 140, text 2000, answer 500) and organisation challenges (title 140, task 2000,
  // example prompt 4000, checklist 10 × 200): the corpus in every field.
  const ideas = ideaAnswers.map((answer, i) => ({
    id: `c0ffee00-0000-4000-8003-${String(i).padStart(12, '0')}`,
    organisation_id: ORG,
    kind: i % 2 ? 'idea' : 'obstacle',
    title: postTitles[i % postTitles.length]!,
    body: commentBodies[i % commentBodies.length]!,
    anonymous: i % 3 === 0,
    author_id: i % 3 === 0 ? null : `a0000000-0000-4000-8003-${String(i).padStart(12, '0')}`,
    status: (['new', 'under_consideration', 'planned', 'done', 'not_now'] as const)[i % 5],
    answer: i % 5 ? answer : '',
    answered_by: null,
    answered_on: i % 5 ? '2025-10-02' : null,
    created_on: '2025-10-01',
    vote_count: i,
  }))
  const organisation_challenges = challengePrompts.map((example_prompt, i) => ({
    id: challengeId(i),
    organisation_id: ORG,
    // Made from posts 1, 2, …: their pages list it; post 0 can still be turned into one.
    source_post_id: postId(i + 1),
    title: postTitles[i % postTitles.length]!,
    task: commentBodies[i % commentBodies.length]!,
    example_prompt,
    checklist: titles.slice(i * 10, i * 10 + 10),
    department_id: null,
    status: 'published',
    created_by: ME,
    credited_user_id: `a0000000-0000-4000-8001-${String(i).padStart(12, '0')}`,
    created_at: new Date(Date.parse(created_at) + i * 60_000).toISOString(),
    updated_at: created_at,
  }))
  return { prompts, community_posts, community_comments, ideas, organisation_challenges }
}

/** Writes the rows into this device's database and signs the page in as an ambassador of ORG. */
async function seed(page: Page, tables: Record<string, object[]> = rows()) {
  await waitForAppDatabase(page)
  await page.evaluate(
    async ({ org, me, created_at, tables }) => {
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('loft')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const names = ['organisations', 'memberships', ...Object.keys(tables)]
      const tx = idb.transaction(names, 'readwrite')
      tx.objectStore('organisations').put({ id: org, name: 'Org', min_group_size: 5, created_at })
      tx.objectStore('memberships').put({
        id: crypto.randomUUID(),
        user_id: me,
        organisation_id: org,
        roles: ['member', 'ambassador'],
        created_at,
      })
      for (const [table, list] of Object.entries(tables))
        for (const row of list) tx.objectStore(table).put(row)
      await new Promise((resolve) => (tx.oncomplete = resolve))
      idb.close()
      type Pinia = { _s: Map<string, { userId: string | null }> }
      const app = (
        document.querySelector('#app') as unknown as {
          __vue_app__: { config: { globalProperties: { $pinia: Pinia } } }
        }
      ).__vue_app__
      app.config.globalProperties.$pinia._s.get('session')!.userId = me
    },
    { org: ORG, me: ME, created_at, tables },
  )
}

/** Scrolls a (virtual) list from top to bottom, checking each screenful. */
async function scrollThrough(page: Page, place: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  for (let step = 0; step < 200; step++) {
    await expectClean(page, `${place} at ${step}`)
    const done = await page.evaluate(() => {
      const before = window.scrollY
      window.scrollBy(0, window.innerHeight * 0.9)
      return window.scrollY === before
    })
    if (done) return step
    await page.waitForTimeout(50)
  }
  throw new Error(`${place}: the list never ended`)
}

async function tour(browser: Browser, bypassCSP: boolean) {
  const context = await browser.newContext({ bypassCSP, locale: 'nb-NO' })
  // Links in user text open other sites in new tabs: nothing leaves the machine.
  await context.route(/^(?!http:\/\/localhost)/, (route) => route.abort())
  const watch = await watchForViolations(context)
  const dialogs: string[] = []
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    }),
  )
  const page = await context.newPage()
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto('/library')
  await seed(page)

  // The library list: every title, task and tag of the corpus.
  await goInApp(page, '/learn')
  await goInApp(page, '/library')
  await expect(page.locator('.library-list h2').first()).toBeVisible()
  const steps = await scrollThrough(page, '/library')
  expect(steps).toBeGreaterThan(5)
  console.log(
    `xss: ${corpus.length} strings in ${titles.length} prompts' titles, tasks and tags, ` +
      `${bodies.length} bodies; the list checked at ${steps + 1} scroll positions (CSP ${bypassCSP ? 'bypassed' : 'on'})`,
  )

  // A prompt page per body (the corpus in full), the curate queue and its editor.
  for (let i = 0; i < bodies.length; i++) {
    await goInApp(page, `/library/${promptId(i)}`)
    await expect(page.locator('main h1')).toHaveText(titles[i]!.trim().replace(/\s+/g, ' '), {
      useInnerText: true,
    })
    await expectClean(page, `/library/${i}`)
  }
  await goInApp(page, '/curate')
  await expectClean(page, '/curate')
  await goInApp(page, `/curate/${promptId(0)}`)
  await expectClean(page, '/curate/0')

  // The community feed (every title, task and tag), each post page with the corpus in its body,
  // prompt and comments (Markdown through MarkdownText).
  await goInApp(page, '/community')
  await expect(page.locator('.post-card').first()).toBeVisible()
  if (bypassCSP) await screenshot(page, 'xss-community-feed')
  const feedSteps = await scrollThrough(page, '/community')
  for (let i = 0; i < postBodies.length; i++) {
    await goInApp(page, `/community/post/${postId(i)}`)
    await expect(page.getByTestId('post-view')).toBeVisible()
    await expect(page.getByTestId('comments').locator('.markdown').first()).toBeVisible()
    // The Markdown renderer has loaded: the body is HTML, not the plain-text stand-in.
    await expect(page.locator('.post-view__body')).not.toHaveClass(/markdown--plain/)
    if (i === 0 && bypassCSP) await screenshot(page, 'xss-community-post')
    await expectClean(page, `/community/post/${i}`)
    if (i === 0) {
      // An ambassador turns the post into a challenge: the form, prefilled from the hostile post.
      await page.getByTestId('turn-open').click({ timeout: 10_000 })
      await expect(
        page.getByTestId('turn-into-challenge').locator('textarea').first(),
      ).toBeVisible()
      await expectClean(page, '/community/post/0, turned into a challenge')
    }
  }
  // The ideas board: every idea's title, text and answer (one page, no virtual list).
  await goInApp(page, '/community/ideas')
  await expect(page.locator('.idea__body').first()).toBeVisible()
  expect(await page.locator('.idea__body').count()).toBe(ideaAnswers.length)
  if (bypassCSP) await screenshot(page, 'xss-ideas')
  await expectClean(page, '/community/ideas')

  // Organisation challenges: the list beside the starter ones, and each challenge's page.
  await goInApp(page, '/challenges')
  await expect(page.getByTestId('org-challenges').getByRole('link')).toHaveCount(
    challengePrompts.length,
  )
  await expectClean(page, '/challenges')
  for (let i = 0; i < challengePrompts.length; i++) {
    await goInApp(page, `/challenges/org-${challengeId(i)}`)
    if (i === 0 && bypassCSP) await screenshot(page, 'xss-org-challenge')
    await expectClean(page, `/challenges/org-${i}`)
  }

  console.log(
    `xss: ideas: ${ideaAnswers.length}; organisation challenges: ${challengePrompts.length}; ` +
      `community: ${postTitles.length} posts in the feed (${feedSteps + 1} scroll positions), ` +
      `${postBodies.length} post pages, ${commentBodies.length} comments`,
  )

  expect(dialogs).toEqual([])
  if (!bypassCSP) expect(await watch.violations(page)).toEqual([])
  await context.close()
}

test('the corpus everywhere, with the CSP bypassed: the sanitising alone holds', async ({
  browser,
}) => {
  test.setTimeout(300_000)
  await tour(browser, true)
})

test('the corpus everywhere under the CSP: no violation either', async ({ browser }) => {
  test.setTimeout(300_000)
  await tour(browser, false)
})

test('the checks catch an injection (control)', async ({ browser }) => {
  const context = await browser.newContext({ bypassCSP: true })
  const page = await context.newPage()
  await page.goto('/library')
  await expect(page.locator('main h1')).toBeVisible()
  // Inject into the hydrated page: hydration would drop a node the build did not render.
  await waitForHydration(page)
  await page.evaluate(() => {
    const div = document.createElement('div')
    div.innerHTML =
      '<img src=x onerror="window.__xss=1"><a href=" javascript:void 0">x</a><p style="width:2000px">wide</p>'
    document.querySelector('main')!.appendChild(div)
  })
  await expect.poll(() => page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBe(1)
  const found = await inspect(page)
  expect(found.handlers).toEqual(['IMG onerror'])
  expect(found.badUrls).toEqual(['A href= javascript:void 0'])
  expect(found.wide).toHaveLength(1)
  await context.close()
})

test('a megabyte of Markdown in a post shows as plain text; 100 000 characters render', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const context = await browser.newContext({ locale: 'nb-NO' })
  const page = await context.newPage()
  await page.goto('/community')
  const base = rows().community_posts[0]!
  const chunk = '**Bold** [link](https://example.com/x) `code` <script>window.__xss=1</script> '
  const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length))
  const large = chunk.repeat(Math.floor(99_000 / chunk.length))
  await seed(page, {
    community_posts: [
      { ...base, id: postId(9001), title: 'Megabyte', body: big },
      { ...base, id: postId(9002), title: 'Large', body: large },
    ],
  })
  for (const [id, plain] of [
    [postId(9001), true],
    [postId(9002), false],
  ] as const) {
    const started = Date.now()
    await goInApp(page, `/community/post/${id}`)
    const body = page.locator('.post-view__body')
    if (plain) await expect(body).toHaveClass(/markdown--plain/)
    else await expect(body.locator('strong').first()).toBeVisible({ timeout: 30_000 })
    console.log(
      `${plain ? '1 MB as plain text' : '99 000 characters of Markdown'}: shown after ${Date.now() - started} ms`,
    )
    const found = await inspect(page)
    expect(found.xss).toBeUndefined()
    expect(found.pageWidth).toBeLessThanOrEqual(found.viewport)
    await expect(page.locator('main h1')).toBeVisible()
  }
  await context.close()
})
