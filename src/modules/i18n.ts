import type { App } from 'vue'
import { createI18n } from 'vue-i18n'
import nb from '@/locales/nb.json'
import en from '@/locales/en.json'
import type { Locale } from '@/data/repos/prefs.repo'

export const supportedLocales: readonly Locale[] = ['nb', 'en']

/** Norwegian (nb, no, nn, se) → bokmål; anything else we support → itself; otherwise bokmål. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'nb' || base === 'no' || base === 'nn' || base === 'se') return 'nb'
    if (base === 'en') return 'en'
  }
  return 'nb'
}

const datetimeFormats = {
  nb: {
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
  en: {
    short: { day: 'numeric', month: 'short', year: 'numeric' },
    long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  },
} as const

const numberFormats = {
  nb: {
    integer: { maximumFractionDigits: 0 },
    percent: { style: 'percent', maximumFractionDigits: 0 },
  },
  en: {
    integer: { maximumFractionDigits: 0 },
    percent: { style: 'percent', maximumFractionDigits: 0 },
  },
} as const

export function createAppI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'nb',
    messages: { nb, en },
    datetimeFormats,
    numberFormats,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

export function install(app: App, locale: Locale): AppI18n {
  const i18n = createAppI18n(locale)
  app.use(i18n)
  return i18n
}
