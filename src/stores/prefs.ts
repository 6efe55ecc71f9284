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

  async function load() {
    try {
      const prefs = await readPrefs()
      locale.value = prefs.locale
      theme.value = prefs.theme
      writeBootState({ locale: prefs.locale, theme: prefs.theme })
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
      locale.value = value
      writeBootState({ locale: value })
      return persist(() => setPref('locale', value))
    },
    setTheme: (value: ThemeChoice) => {
      theme.value = value
      writeBootState({ theme: value })
      return persist(() => setPref('theme', value))
    },
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePrefsStore, import.meta.hot))
