import { createApp } from 'vue'
import App from './App.vue'
import { install as installPinia } from './modules/pinia'
import { install as installI18n, detectLocale } from './modules/i18n'
import { install as installRouter } from './modules/router'
import { install as installPwa } from './modules/pwa'
import { install as installSync } from './modules/sync'
import { usePrefsStore } from './stores/prefs'
import './styles/tokens.css'
import './styles/base.css'
import './styles/buttons.css'

const app = createApp(App)
const pinia = installPinia(app)

// Stored preferences decide the language; on first start it follows the browser. A failed
// IndexedDB open is recorded by the store (and shown), never fatal.
const prefs = usePrefsStore(pinia)
await prefs.load()
const i18n = await installI18n(app, prefs.locale ?? detectLocale(navigator.languages ?? [navigator.language]))
const router = installRouter(app, i18n)
installPwa(router, pinia)
installSync(router, pinia)

await router.isReady()
app.mount('#app')

// Ask the browser to keep our data under storage pressure; its answer is shown in Settings.
void navigator.storage?.persist?.()
