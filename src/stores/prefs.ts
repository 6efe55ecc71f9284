import { defineStore } from 'pinia'
import { ref } from 'vue'
import {
  defaultPrefs,
  readPrefs,
  setPref,
  type Locale,
  type ThemeChoice,
} from '@/data/repos/prefs.repo'
import { describeStorageError, type StorageErrorKind } from '@/data/storageErrors'

/** Device preferences (language, theme) and whether this device can store anything at all. */
export const usePrefsStore = defineStore('prefs', () => {
  const locale = ref<Locale | null>(defaultPrefs.locale)
  const theme = ref<ThemeChoice>(defaultPrefs.theme)
  /** Set when IndexedDB cannot be opened or written (private mode, quota): the app still runs. */
  const storageError = ref<StorageErrorKind | null>(null)

  async function load() {
    try {
      const prefs = await readPrefs()
      locale.value = prefs.locale
      theme.value = prefs.theme
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
      return persist(() => setPref('locale', value))
    },
    setTheme: (value: ThemeChoice) => {
      theme.value = value
      return persist(() => setPref('theme', value))
    },
  }
})
