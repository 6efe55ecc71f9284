import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { readPrefs, setPref, type Locale, type ThemeChoice } from '@/data/repos/prefs.repo'
import { describeStorageError, type StorageErrorKind } from '@/data/storageErrors'
import { readBootState, writeBootState } from '@/data/bootState'

/**
 * Device preferences (language, theme) and whether this device can store anything at all.
 * They start from the synchronous boot copy (src/data/bootState.ts) so the first render needs no
 * IndexedDB; `load()` then reads IndexedDB, the source of truth, and refreshes that copy.
 */
export const usePrefsStore = defineStore('prefs', () => {
  const boot = readBootState()
  const locale = ref<Locale | null>(boot.locale)
  const theme = ref<ThemeChoice>(boot.theme)
  /** Set when IndexedDB cannot be opened or written (private mode, quota): the app still runs. */
  const storageError = ref<StorageErrorKind | null>(null)

  async function load() {
    try {
      const prefs = await readPrefs()
      locale.value = prefs.locale
      theme.value = prefs.theme
      writeBootState({ locale: prefs.locale, theme: prefs.theme })
    } catch (error) {
      storageError.value = describeStorageError(error)
    }
  }

  async function persist(write: () => Promise<void>) {
    try {
      await write()
    } catch (error) {
      storageError.value = describeStorageError(error)
    }
  }

  return {
    locale,
    theme,
    storageError,
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
