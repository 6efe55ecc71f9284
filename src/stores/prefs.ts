import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { readPrefs, setPref, type Locale, type ThemeChoice } from '@/data/repos/prefs.repo'
import { readBootState, writeBootState } from '@/data/bootState'
import { useStorageHealthStore } from './storageHealth'

/**
 * Device preferences (language, theme); a failure to read or write them is reported to the
 * storage health store (whether this device can store anything at all).
 * They start from the synchronous boot copy (src/data/bootState.ts) so the first render needs no
 * IndexedDB; `load()` then reads IndexedDB, the source of truth, and refreshes that copy.
 */
export const usePrefsStore = defineStore('prefs', () => {
  const boot = readBootState()
  const locale = ref<Locale | null>(boot.locale)
  const theme = ref<ThemeChoice>(boot.theme)
  const storage = useStorageHealthStore()

  // A choice made while load() reads IndexedDB wins over what it read (the first tap after a
  // pre-rendered page hydrates can come before the database has opened).
  const changed = { locale: false, theme: false }

  async function load() {
    try {
      const prefs = await readPrefs()
      if (!changed.locale) locale.value = prefs.locale
      if (!changed.theme) theme.value = prefs.theme
      writeBootState({ locale: locale.value, theme: theme.value })
    } catch (error) {
      storage.report(error)
    }
  }

  async function persist(write: () => Promise<void>) {
    try {
      await write()
    } catch (error) {
      storage.report(error)
    }
  }

  return {
    locale,
    theme,
    load,
    setLocale: (value: Locale) => {
      changed.locale = true
      locale.value = value
      writeBootState({ locale: value })
      return persist(() => setPref('locale', value))
    },
    setTheme: (value: ThemeChoice) => {
      changed.theme = true
      theme.value = value
      writeBootState({ theme: value })
      return persist(() => setPref('theme', value))
    },
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePrefsStore, import.meta.hot))
