import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import type { Composer } from 'vue-i18n'
import { createAppRouter, usePreloadedPages } from '@/modules/router'
import { createAppI18n, loadMessages, usePreloadedMessages } from '@/modules/i18n'
import { preloadedModules, type PreloadedModules } from '@/modules/boot'
import en from '@/locales/en.json'

/** True if `promise` settles before a task queued now runs (microtasks only, no dynamic import). */
async function settlesWithinTask(promise: Promise<unknown>): Promise<boolean> {
  let taskRan = false
  setTimeout(() => (taskRan = true))
  await promise
  return !taskRan
}

const Community: Component = defineComponent({ render: () => h('p', 'community') })

describe('boot: pages the boot module imported', () => {
  it('go into their route records, so the first navigation needs no dynamic import', async () => {
    const router = createAppRouter()
    usePreloadedPages(router, { '/community': { default: Community } })
    const record = (path: string) => router.getRoutes().find((r) => r.path === path)!
    expect(record('/community').components!.default).toBe(Community)
    expect(typeof record('/library').components!.default).toBe('function') // still lazy
    expect(await settlesWithinTask(router.push('/community'))).toBe(true)
    expect(router.currentRoute.value.name).toBe('community')
  })

  it('leave an unknown path alone', () => {
    const router = createAppRouter()
    usePreloadedPages(router, { '/nowhere': { default: Community } })
    expect(router.getRoutes().some((r) => r.components?.default === Community)).toBe(false)
  })
})

describe('boot: words the boot module imported', () => {
  it('are used instead of importing the group again, within the same task', async () => {
    usePreloadedMessages('en', { core: { default: en } })
    const i18n = createAppI18n('en')
    const composer = i18n.global as unknown as Composer
    expect(await settlesWithinTask(loadMessages(composer, 'en'))).toBe(true)
    expect(composer.t('nav.learn')).toBe('Learn')
  })
})

describe('boot: preloadedModules', () => {
  afterEach(() => delete window.__loftBoot)

  it('is null without a boot module (development, or a path the build does not know)', async () => {
    await expect(preloadedModules()).resolves.toBeNull()
  })

  it("settles with the boot module's imports", async () => {
    const modules: PreloadedModules = { locale: 'nb', pages: {}, messages: {} }
    window.__loftBoot = { modules: Promise.resolve(modules) }
    await expect(preloadedModules()).resolves.toBe(modules)
  })
})
