import { toRaw, type App } from 'vue'
import type { Router } from 'vue-router'
import { createI18n, type Composer } from 'vue-i18n'
import type { Locale } from '@/data/repos/prefs.repo'
import type groups from '@/locales/groups.json'

type Messages = Record<string, unknown>
type MessageLoader = () => Promise<{ default: Messages }>

/**
 * Messages come in groups, one chunk per group and language, so a first visit downloads only the
 * shell's and its page's words in one language. In a build, index.html's boot module has already
 * imported them for the opened page (scripts/routePreload.ts). `src/locales/{nb,en}.json` is the core;
 * the other groups (`src/locales/<group>/`) load with the routes that name them in `meta.messages`.
 */
export type MessageGroup = keyof typeof groups

const loaders: Record<'core' | MessageGroup, Record<Locale, MessageLoader>> = {
  core: { nb: () => import('@/locales/nb.json'), en: () => import('@/locales/en.json') },
  learning: {
    nb: () => import('@/locales/learning/nb.json'),
    en: () => import('@/locales/learning/en.json'),
  },
  practice: {
    nb: () => import('@/locales/practice/nb.json'),
    en: () => import('@/locales/practice/en.json'),
  },
  account: {
    nb: () => import('@/locales/account/nb.json'),
    en: () => import('@/locales/account/en.json'),
  },
  community: {
    nb: () => import('@/locales/community/nb.json'),
    en: () => import('@/locales/community/en.json'),
  },
  hr: {
    nb: () => import('@/locales/hr/nb.json'),
    en: () => import('@/locales/hr/en.json'),
  },
}

export const supportedLocales: readonly Locale[] = ['nb', 'en']

/** Norwegian (nb, no, nn, se) → bokmål; anything else we support → itself; otherwise bokmål.
 * scripts/routePreload.ts repeats this rule in index.html's preload script: change both. */
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

/** Creates the i18n instance; messages not given here are loaded by group as they are needed. */
export function createAppI18n(locale: Locale, messages: Partial<Record<Locale, Messages>> = {}) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'nb',
    // Precompiled by the Vite plugin: message functions, not plain strings.
    messages: messages as never,
    datetimeFormats: { ...datetimeFormats, 'en-GB': datetimeFormats.en },
    numberFormats,
    missingWarn: false,
    fallbackWarn: false,
  })
  britishDates(i18n.global as unknown as DateComposer)
  return i18n
}

/**
 * English dates in British order ("6 Dec 2026"), not Intl's American default for `en`, for a
 * Norwegian audience: `d()` formats the English messages' dates as `en-GB`. (vue-i18n formats with
 * the messages' locale; this is the one place that maps it.)
 */
type DateComposer = { locale: { value: string }; d: (...args: unknown[]) => string }
function britishDates(composer: DateComposer) {
  const format = composer.d
  composer.d = ((value: unknown, ...rest: unknown[]) => {
    if (composer.locale.value !== 'en' || rest.length > 1) return format(value, ...rest)
    const [keyOrOptions] = rest
    if (keyOrOptions && typeof keyOrOptions === 'object')
      return format(value, { ...keyOrOptions, locale: 'en-GB' })
    return format(value, { key: keyOrOptions, locale: 'en-GB' })
  }) as DateComposer['d']
}

export type AppI18n = ReturnType<typeof createAppI18n>

// Message chunks index.html's boot module has already imported, by `group:locale`.
const preloaded = new Map<string, { default: Messages }>()

/** Hands over the boot module's message chunks, so loading those groups needs no dynamic import. */
export function usePreloadedMessages(
  locale: Locale,
  chunks: Record<string, { default: Messages }>,
) {
  for (const [group, chunk] of Object.entries(chunks)) preloaded.set(`${group}:${locale}`, chunk)
}

// Which groups each i18n instance has loaded, per language (a cache, not app state).
const loaded = new WeakMap<Composer, Set<string>>()

function loadedSet(composer: Composer): Set<string> {
  let set = loaded.get(composer)
  if (!set) loaded.set(composer, (set = new Set()))
  return set
}

/** Loads the message groups (and the core) of a language that aren't loaded yet. */
export async function loadMessages(
  composer: Composer,
  locale: Locale,
  groups: readonly MessageGroup[] = [],
): Promise<void> {
  const set = loadedSet(composer)
  const missing = (['core', ...groups] as const).filter((g) => !set.has(`${g}:${locale}`))
  const chunks = await Promise.all(
    missing.map((g) => preloaded.get(`${g}:${locale}`) ?? loaders[g][locale]()),
  )
  if (!chunks.length) return
  // Groups never share a namespace (test/unit/locales.test.ts), so a shallow merge into a new
  // object is enough. mergeLocaleMessage deep-copies every message into the reactive store, one
  // reactive write per key (~40 ms of the start in a traced Chromium on the CI machine).
  const current = toRaw(composer.getLocaleMessage(locale)) as Messages
  const merged = Object.assign({}, current, ...chunks.map((chunk) => chunk.default))
  composer.setLocaleMessage(locale, merged as never)
  missing.forEach((group) => set.add(`${group}:${locale}`))
}

/** Starts downloading a language's core and groups ahead of need (the modules are cached). */
export function preloadMessages(locale: Locale, groups: readonly MessageGroup[]): void {
  for (const group of ['core', ...groups] as const)
    void loaders[group][locale]().catch(() => undefined)
}

/** Switches language, first loading every group the current language already has. */
export async function switchLocale(composer: Composer, locale: Locale): Promise<void> {
  const current = composer.locale.value
  const groups = [...loadedSet(composer)]
    .filter((key) => key.endsWith(`:${current}`))
    .map((key) => key.split(':')[0])
    .filter((g): g is MessageGroup => g !== 'core')
  await loadMessages(composer, locale, groups)
  composer.locale.value = locale
}

export async function install(app: App, locale: Locale): Promise<AppI18n> {
  const i18n = createAppI18n(locale)
  await loadMessages(i18n.global as unknown as Composer, locale)
  app.use(i18n)
  return i18n
}

/**
 * Before a route renders, the message groups it names in `meta.messages` are loaded. The download
 * starts in beforeEach, so it runs alongside the page's own lazy chunk instead of after it.
 */
export function loadMessagesForRoutes(router: Router, i18n: AppI18n) {
  const composer = i18n.global as unknown as Composer
  const pending = new WeakMap<object, Promise<void>>()
  const load = (groups: readonly MessageGroup[] | undefined) =>
    loadMessages(composer, composer.locale.value as Locale, groups ?? [])
  router.beforeEach((to) => {
    const loading = load(to.meta.messages)
    loading.catch(() => {}) // awaited (and reported) in beforeResolve unless the navigation ends first
    pending.set(to, loading)
  })
  router.beforeResolve(async (to) => {
    await (pending.get(to) ?? load(to.meta.messages))
  })
}
