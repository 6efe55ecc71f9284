import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import { describeStorageError, type StorageErrorKind } from '@/data/storageErrors'

/**
 * Whether this device can store anything at all: set when IndexedDB cannot be opened or written
 * (private mode, quota) by a write that reports it (`report`); the app still runs, and
 * StorageErrorBanner says so.
 */
export const useStorageHealthStore = defineStore('storageHealth', () => {
  const error = ref<StorageErrorKind | null>(null)
  function report(failure: unknown) {
    error.value = describeStorageError(failure)
  }
  return { error, report }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStorageHealthStore, import.meta.hot))
