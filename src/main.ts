import { createApp, createSSRApp } from 'vue'
import App from './App.vue'
import { install as installPinia } from './modules/pinia'
import {
  install as installI18n,
  detectLocale,
  preloadMessages,
  usePreloadedMessages,
} from './modules/i18n'
import {
  install as installRouter,
  createAppRouter,
  preloadRoute,
  usePreloadedPages,
} from './modules/router'
import { preloadedModules } from './modules/boot'
import { hydration } from './modules/hydration'
import { afterFirstPaint, yieldToMain } from './modules/afterFirstPaint'
import { holdDatabaseUntil } from './data/openDb'
import { install as installPwa } from './modules/pwa'
import { install as installSync } from './modules/sync'
import { installActivityFlag } from './features/growth/activityFlag'
import { usePrefsStore } from './stores/prefs'
import './styles/tokens.css'
import './styles/base.css'
import './styles/buttons.css'

// No top-level await here: see the `shell` chunk in vite.config.ts.
async function start() {
  // A pre-rendered page (scripts/prerender.ts) is already in #app: hydrate it instead of rendering.
  const prerendered = Boolean(document.getElementById('app')?.firstChild)
  // A pre-rendered page is already on screen (and inert until the mount), so the start may take
  // several short tasks instead of one long one: the browser stays responsive in between (a task
  // over 50 ms is what Total Blocking Time counts). Without one, the first frame waits for the
  // mount, and the start runs in one go so that frame is the finished page, never an empty one.
  const pause = prerendered ? yieldToMain : () => undefined
  await pause()
  const app = prerendered ? createSSRApp(App) : createApp(App)
  const pinia = installPinia(app)
  // Before any write: a change that may add activity forgets Me's "nothing to chart" boot flag.
  installActivityFlag()

  // The first render waits for nothing it can avoid: language and theme come from the synchronous
  // boot copy (or the browser on first start), and the page's code and words are already here
  // (index.html's boot module). The database (Dexie, a lazy chunk) downloads once the page has
  // painted, so it doesn't share the network with the page; reading the stored preferences then
  // opens it. That is awaited only after mount (a failed open is recorded by the store and shown).
  // On a pre-rendered page the first paint comes before the mount: the data also waits for the
  // mount, so hydration renders what the build did (loading states), never rows that came early.
  let mounted = () => {}
  const mount = new Promise<void>((resolve) => (mounted = resolve))
  holdDatabaseUntil(Promise.all([afterFirstPaint(), mount]))
  const prefs = usePrefsStore(pinia)
  const locale = prefs.locale ?? detectLocale(navigator.languages ?? [navigator.language])
  const prefsLoaded = prefs.load()
  const router = createAppRouter()
  await pause()
  // In a build, index.html's boot module has imported the page and its words (scripts/routePreload.ts).
  const preloaded = await preloadedModules()
  if (preloaded) {
    usePreloadedPages(router, preloaded.pages)
    usePreloadedMessages(preloaded.locale, preloaded.messages)
  } else {
    preloadRoute(router, location.pathname, (groups) => preloadMessages(locale, groups))
  }
  const i18n = await installI18n(app, locale)
  installRouter(app, router, i18n)
  installPwa(router, pinia, prefsLoaded)
  installSync(router, pinia, prefsLoaded, mount)

  await router.isReady()
  await pause()
  hydration.active = prerendered
  app.mount('#app')
  hydration.active = false
  mounted()
  performance.mark('loft:mounted')
  await prefsLoaded

  // Ask the browser to keep our data under storage pressure; its answer is shown in Settings.
  void navigator.storage?.persist?.()
}

void start()
