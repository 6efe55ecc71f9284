// The floor for `npm run bench`: the same libraries as the app's first load (Vue, router, Pinia,
// Dexie, vue-i18n, workbox-window) rendering one heading and one paragraph.
import { createApp, h } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { createPinia } from 'pinia'
import { createI18n, useI18n } from 'vue-i18n'
import Dexie from 'dexie'
import { Workbox } from 'workbox-window'

const Page = {
  setup() {
    const { t } = useI18n()
    return () => h('main', [h('h1', t('title')), h('p', t('body'))])
  },
}
const db = new Dexie('floor')
db.version(1).stores({ prefs: '&key' })
await db.open()

createApp({ render: () => h('div', [h(createRouterView())]) })
  .use(createRouter({ history: createWebHistory(), routes: [{ path: '/:p(.*)*', component: Page }] }))
  .use(createPinia())
  .use(createI18n({ legacy: false, locale: 'nb', messages: { nb: { title: () => 'Golv', body: () => 'En minimal Vue-side.' } } }))
  .mount('#app')

function createRouterView() {
  return { setup: () => () => h('div', [h(Page)]) }
}
void Workbox
