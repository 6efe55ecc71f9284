import { usePrefsStore } from '@/stores/prefs'
import { describeStorageError } from '@/data/storageErrors'

/**
 * Runs a repo write; a storage failure (quota, private mode) is shown by the app's storage banner
 * instead of being thrown into the UI. Returns whether the write went through.
 */
export function useSafeWrite() {
  const prefs = usePrefsStore()
  return async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write()
      return true
    } catch (error) {
      prefs.storageError = describeStorageError(error)
      return false
    }
  }
}
