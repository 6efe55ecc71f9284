import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createAppI18n } from '@/modules/i18n'
import { useLocalized } from '@/composables/useLocalized'
import type { Locale } from '@/data/repos/prefs.repo'

const greeting = { nb: 'Hei', en: 'Hello' }

/** Mounts a tiny component that shows the composable's `lang` and `loc(greeting)`. */
function mountProbe(locale: Locale) {
  const i18n = createAppI18n(locale)
  let api!: ReturnType<typeof useLocalized>
  const Probe = defineComponent({
    setup() {
      api = useLocalized()
      return () => h('p', `${api.lang.value}:${api.loc(greeting)}`)
    },
  })
  const wrapper = mount(Probe, { global: { plugins: [i18n] } })
  return { wrapper, api, i18n }
}

describe('useLocalized', () => {
  it('picks the bokmål text under nb', () => {
    const { wrapper, api } = mountProbe('nb')
    expect(api.lang.value).toBe('nb')
    expect(api.loc(greeting)).toBe('Hei')
    expect(wrapper.text()).toBe('nb:Hei')
  })

  it('picks the English text under en', () => {
    const { wrapper, api } = mountProbe('en')
    expect(api.lang.value).toBe('en')
    expect(api.loc(greeting)).toBe('Hello')
    expect(wrapper.text()).toBe('en:Hello')
  })

  it('follows a locale switch reactively', async () => {
    const { wrapper, api, i18n } = mountProbe('nb')
    i18n.global.locale.value = 'en'
    await nextTick()
    expect(api.lang.value).toBe('en')
    expect(wrapper.text()).toBe('en:Hello')
    i18n.global.locale.value = 'nb'
    await nextTick()
    expect(api.lang.value).toBe('nb')
    expect(wrapper.text()).toBe('nb:Hei')
  })

  it('falls back to bokmål for a locale it does not know', async () => {
    const { wrapper, api, i18n } = mountProbe('en')
    i18n.global.locale.value = 'de' as Locale
    await nextTick()
    expect(api.lang.value).toBe('nb')
    expect(api.loc(greeting)).toBe('Hei')
    expect(wrapper.text()).toBe('nb:Hei')
  })
})
