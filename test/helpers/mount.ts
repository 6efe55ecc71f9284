import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { createAppI18n } from '@/modules/i18n'
import { allMessages } from './messages'
import { routes } from '@/modules/router'
import type { Locale } from '@/data/repos/prefs.repo'

/** Mounts a component with the app's real i18n messages, a fresh Pinia and the real routes. */
export async function mountWithApp(
  component: Component,
  options: { locale?: Locale; path?: string; pinia?: Pinia; props?: Record<string, unknown> } = {},
) {
  const pinia = options.pinia ?? createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n(options.locale ?? 'nb', allMessages)
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(options.path ?? '/learn')
  await router.isReady()
  const wrapper = mount(component, {
    props: options.props,
    global: { plugins: [pinia, i18n, router] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router, pinia, i18n }
}

export async function waitFor(check: () => boolean, timeout = 2000) {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('waitFor timed out')
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
