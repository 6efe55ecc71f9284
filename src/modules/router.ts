import type { App, Component } from 'vue'
import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteRecordRaw,
  type Router,
} from 'vue-router'
import { loadMessagesForRoutes, type AppI18n, type MessageGroup } from '@/modules/i18n'
import { onboardingSettled } from '@/data/repos/onboarding.repo'
import { isFirstStart, readBootState, writeBootState } from '@/data/bootState'
import { loadDatabaseNow } from '@/data/openDb'
import type { Role } from '@/domain/roles'

/** Re-exported for older imports; import it from `@/domain/roles`. */
export type { Role }

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title and heading). */
    titleKey: string
    /** A role section: shown in the navigation only to people who hold the role. */
    role?: Role
    /** Message groups the page needs beyond the core (loaded before it renders). */
    messages?: MessageGroup[]
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/learn' },
  {
    path: '/learn',
    name: 'learn',
    component: () => import('@/pages/LearnPage.vue'),
    meta: { titleKey: 'learn.title' },
    // Onboarding until it is done or skipped. A very first start goes there without asking
    // IndexedDB (creating the database takes 0.1–0.3 s), so the first page renders before the
    // browser's first frame; onboarding itself returns anyone IndexedDB knows as settled.
    // If storage cannot be read, stay here.
    beforeEnter: () => {
      const { onboarded } = readBootState()
      if (onboarded) return true
      // Known to be unfinished, or a first start: no need to wait for IndexedDB.
      return onboarded === false || isFirstStart() ? '/onboarding' : checkOnboarding()
    },
  },
  {
    path: '/learn/lesson/:id',
    name: 'lesson',
    component: () => import('@/pages/LessonPage.vue'),
    meta: { titleKey: 'learn.title', messages: ['learning'] },
  },
  {
    path: '/learn/review',
    name: 'review',
    component: () => import('@/pages/ReviewPage.vue'),
    meta: { titleKey: 'review.title', messages: ['learning'] },
  },
  {
    path: '/onboarding',
    name: 'onboarding',
    component: () => import('@/pages/OnboardingPage.vue'),
    meta: { titleKey: 'onboarding.title', messages: ['learning'] },
  },
  {
    path: '/challenges',
    name: 'challenges',
    component: () => import('@/pages/ChallengesPage.vue'),
    meta: { titleKey: 'challenges.title', messages: ['practice'] },
  },
  {
    path: '/challenges/flaw/:id',
    name: 'flaw',
    component: () => import('@/pages/FlawPage.vue'),
    meta: { titleKey: 'flaw.title', messages: ['practice'] },
  },
  {
    path: '/challenges/attempt/:attemptId',
    name: 'challenge-attempt',
    component: () => import('@/pages/ChallengeAttemptPage.vue'),
    meta: { titleKey: 'challenge.doneTitle', messages: ['practice'] },
  },
  {
    path: '/challenges/:id',
    name: 'challenge',
    component: () => import('@/pages/ChallengePage.vue'),
    meta: { titleKey: 'challenge.title', messages: ['practice'] },
  },
  {
    path: '/library',
    name: 'library',
    component: () => import('@/pages/LibraryPage.vue'),
    meta: { titleKey: 'library.title', messages: ['practice'] },
  },
  {
    path: '/library/new',
    name: 'library-new',
    component: () => import('@/pages/LibraryNewPage.vue'),
    meta: { titleKey: 'promptForm.title', messages: ['practice'] },
  },
  {
    path: '/library/:id',
    name: 'library-prompt',
    component: () => import('@/pages/LibraryPromptPage.vue'),
    props: true,
    meta: { titleKey: 'library.promptTitle', messages: ['practice'] },
  },
  {
    path: '/community',
    name: 'community',
    component: () => import('@/pages/CommunityPage.vue'),
    meta: { titleKey: 'community.title', messages: ['community'] },
  },
  // The community (issue 16): a post, the composer (new, or prefilled `?from=attempt|library_prompt
  // &id=…`) and the author's edit. The guard's and data classes' words are in 'practice'.
  {
    path: '/community/new',
    name: 'community-new',
    component: () => import('@/pages/CommunityComposePage.vue'),
    meta: { titleKey: 'post.form.pageTitle', messages: ['community', 'practice'] },
  },
  // The ideas and obstacles board (F4, issue 16); the guard's words are in 'practice'.
  {
    path: '/community/ideas',
    name: 'community-ideas',
    component: () => import('@/pages/IdeasPage.vue'),
    meta: { titleKey: 'ideas.title', messages: ['community', 'practice'] },
  },
  {
    path: '/community/post/:id',
    name: 'community-post',
    component: () => import('@/pages/CommunityPostPage.vue'),
    props: true,
    meta: { titleKey: 'post.title', messages: ['community', 'practice'] },
  },
  {
    path: '/community/post/:id/edit',
    name: 'community-edit',
    component: () => import('@/pages/CommunityComposePage.vue'),
    props: true,
    meta: { titleKey: 'post.form.editTitle', messages: ['community', 'practice'] },
  },
  {
    path: '/me',
    name: 'me',
    component: () => import('@/pages/MePage.vue'),
    meta: { titleKey: 'me.title', messages: ['account'] },
  },
  {
    path: '/me/data',
    name: 'me-data',
    component: () => import('@/pages/MyDataPage.vue'),
    meta: { titleKey: 'mydata.title', messages: ['account'] },
  },
  {
    path: '/me/literacy',
    name: 'me-literacy',
    component: () => import('@/pages/LiteracyPage.vue'),
    meta: { titleKey: 'literacy.title', messages: ['account', 'learning'] },
  },
  {
    path: '/me/survey/:id',
    name: 'me-survey',
    component: () => import('@/pages/SurveyAnswerPage.vue'),
    props: true,
    meta: { titleKey: 'survey.invite.title', messages: ['hr', 'learning'] },
  },
  {
    path: '/me/pulse',
    name: 'me-pulse',
    component: () => import('@/pages/PulsePage.vue'),
    meta: { titleKey: 'pulse.title', messages: ['hr', 'practice'] },
  },
  {
    path: '/me/privacy-preview',
    name: 'me-privacy-preview',
    component: () => import('@/pages/PrivacyPreviewPage.vue'),
    meta: { titleKey: 'privacyPreview.title', messages: ['hr'] },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/pages/SettingsPage.vue'),
    meta: { titleKey: 'settings.title', messages: ['account'] },
  },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('@/pages/SignInPage.vue'),
    meta: { titleKey: 'auth.title', messages: ['account'] },
  },
  {
    path: '/join',
    name: 'join',
    component: () => import('@/pages/JoinPage.vue'),
    meta: { titleKey: 'join.title', messages: ['account'] },
  },
  {
    path: '/curate',
    name: 'curate',
    component: () => import('@/pages/CuratePage.vue'),
    meta: { titleKey: 'curate.title', messages: ['practice'], role: 'ambassador' },
  },
  {
    path: '/curate/:id',
    name: 'curate-prompt',
    component: () => import('@/pages/CuratePromptPage.vue'),
    props: true,
    meta: { titleKey: 'curate.editTitle', messages: ['practice'] },
  },
  {
    path: '/curate/attempt/:id',
    name: 'curate-attempt',
    component: () => import('@/pages/CurateAttemptPage.vue'),
    props: true,
    meta: { titleKey: 'attemptReview.title', messages: ['practice'] },
  },
  {
    path: '/insights',
    name: 'insights',
    component: () => import('@/pages/InsightsPage.vue'),
    meta: { titleKey: 'insights.title', role: 'hr', messages: ['hr'] },
  },
  // HR's programme (issue 18): sub-pages of Insights, not role sections of their own (no
  // meta.role, so RoleSectionLinks lists only Insights); each page shows its content to HR only.
  {
    path: '/insights/programme',
    name: 'insights-programme',
    component: () => import('@/pages/ProgrammePage.vue'),
    meta: { titleKey: 'programme.title', messages: ['hr'] },
  },
  {
    path: '/insights/roi',
    name: 'insights-roi',
    component: () => import('@/pages/RoiPage.vue'),
    meta: { titleKey: 'roi.title', messages: ['hr'] },
  },
  {
    path: '/insights/survey',
    name: 'insights-survey',
    component: () => import('@/pages/SurveyPage.vue'),
    meta: { titleKey: 'survey.title', messages: ['hr', 'learning'] },
  },
  {
    path: '/insights/matrix',
    name: 'insights-matrix',
    component: () => import('@/pages/MatrixPage.vue'),
    meta: { titleKey: 'skillsMatrix.title', messages: ['hr'] },
  },
  {
    path: '/insights/report',
    name: 'insights-report',
    component: () => import('@/pages/ReportPage.vue'),
    meta: { titleKey: 'report.title', messages: ['hr'] },
  },
  {
    path: '/admin',
    name: 'admin',
    component: () => import('@/pages/AdminPage.vue'),
    meta: { titleKey: 'admin.title', messages: ['account', 'practice'], role: 'admin' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/NotFoundPage.vue'),
    meta: { titleKey: 'errors.notFound' },
  },
]

/** Asks IndexedDB whether onboarding is behind the person; remembers a yes in the boot copy. */
async function checkOnboarding(): Promise<true | string> {
  let settled: boolean
  // A first navigation waits for this answer, so nothing paints until the database has loaded.
  loadDatabaseNow()
  try {
    settled = await onboardingSettled()
  } catch {
    return true
  }
  writeBootState({ onboarded: settled })
  return settled ? true : '/onboarding'
}

/**
 * Starts downloading what the page at `path` needs (its lazy component and message groups) while
 * the rest of the app is still starting, instead of after the first navigation has begun. A first
 * visit to the Learn page will be sent to onboarding, so that page is fetched too.
 */
export function preloadRoute(
  router: Router,
  path: string,
  preloadMessages: (groups: MessageGroup[]) => void,
) {
  const requested = router.resolve(path)
  const redirect = requested.matched[0]?.redirect
  const targets = [typeof redirect === 'string' ? router.resolve(redirect) : requested]
  if (targets[0]!.name === 'learn' && !readBootState().onboarded)
    targets.push(router.resolve('/onboarding'))
  for (const target of targets) {
    preloadMessages(target.meta.messages ?? [])
    for (const record of target.matched) {
      const component = record.components?.default
      if (typeof component === 'function') {
        void (component as () => Promise<unknown>)().catch(() => undefined)
      }
    }
  }
}

/**
 * Puts pages that index.html's boot module has already imported into their route records, as
 * vue-router itself does once a lazy page has loaded. The first navigation then resolves without a
 * dynamic import, which settles only a task later, after the browser may have painted an empty frame.
 */
export function usePreloadedPages(router: Router, pages: Record<string, { default: Component }>) {
  const records = router.getRoutes()
  for (const [path, module] of Object.entries(pages)) {
    const record = records.find((r) => r.path === path)
    if (typeof record?.components?.default === 'function')
      record.components.default = module.default
  }
}

export function createAppRouter(): Router {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    // The first page is already at the top: scrolling there would force a layout before the
    // first paint. A reload still returns to its saved position.
    scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
  })
}

export function install(app: App, router: Router, i18n: AppI18n) {
  // Registered before app.use(router), which starts the first navigation.
  loadMessagesForRoutes(router, i18n)
  app.use(router)
}
