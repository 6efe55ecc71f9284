import { useStorageHealthStore } from '@/stores/storageHealth'

/**
 * Runs a repo write; a storage failure (quota, private mode) is shown by the app's storage banner
 * instead of being thrown into the UI. Returns whether the write went through.
 */
export function useSafeWrite() {
  const storage = useStorageHealthStore()
  return async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write()
      return true
    } catch (error) {
      storage.report(error)
      return false
    }
  }
}
