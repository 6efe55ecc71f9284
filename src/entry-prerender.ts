/**
 * Build-time only (scripts/prerender.ts loads this through Vite's SSR module loader, in Node with a
 * happy-dom window): renders one route, for one boot copy and browser language, to HTML with Vue's
 * server renderer. The app is put together as main.ts does, minus the service worker and sync, so
 * the browser's first render of the same state hydrates this markup without a mismatch.
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import App from './App.vue'
import { install as installPinia } from './modules/pinia'
import { install as installI18n, detectLocale } from './modules/i18n'
import { install as installRouter, createAppRouter } from './modules/router'
import { usePrefsStore } from './stores/prefs'
import { useSessionStore } from './stores/session'
import { BOOT_STATE_KEY } from './data/bootState'

export interface PrerenderVisit {
  path: string
  /** The stored boot copy (null: a very first start). */
  stored: string | null
  /** navigator.languages of the visit. */
  languages: string[]
}

export interface Prerendered {
  html: string
  /** The path the router ended on (a first visit to /learn ends on /onboarding). */
  path: string
  locale: string
  title: string
}

export async function render(visit: PrerenderVisit): Promise<Prerendered> {
  history.replaceState(null, '', visit.path)
  if (visit.stored === null) localStorage.removeItem(BOOT_STATE_KEY)
  else localStorage.setItem(BOOT_STATE_KEY, visit.stored)
  Object.defineProperty(navigator, 'languages', { value: visit.languages, configurable: true })

  const app = createSSRApp(App)
  const pinia = installPinia(app)
  const prefs = usePrefsStore(pinia)
  // A connected build offers sign-in from its first render (modules/sync.ts provides the auth
  // client before the mount): the build renders the same. The client is only loaded after the
  // mount (sign-in, join and the session's restore), never here.
  const session = useSessionStore(pinia)
  if (session.remoteConfigured)
    session.provideAuth(() => Promise.reject(new Error('no sign-in at build time')))
  const locale = prefs.locale ?? detectLocale(visit.languages)
  const router = createAppRouter()
  const i18n = await installI18n(app, locale)
  installRouter(app, router, i18n)
  await router.push(visit.path)
  await router.isReady()
  const html = await renderToString(app)
  const route = router.currentRoute.value
  const t = (key: string): string => (i18n.global as unknown as { t: (k: string) => string }).t(key)
  const heading = route.meta.titleKey ? t(route.meta.titleKey) : ''
  const name = t('app.name')
  return {
    html,
    path: route.path,
    locale,
    title: heading ? `${heading} · ${name}` : name,
  }
}
