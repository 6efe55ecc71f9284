import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/** The state of the installed app version: is a new one waiting, is offline use ready. */
export const useAppUpdateStore = defineStore('appUpdate', () => {
  const updateWaiting = ref(false)
  const offlineReady = ref(false)
  const applyUpdate = shallowRef<(() => Promise<void>) | null>(null)

  function offerUpdate(apply: () => Promise<void>) {
    applyUpdate.value = apply
    updateWaiting.value = true
  }
  function markOfflineReady() {
    offlineReady.value = true
  }
  function dismiss() {
    updateWaiting.value = false
    offlineReady.value = false
  }
  async function reloadToUpdate() {
    await applyUpdate.value?.()
  }

  return { updateWaiting, offlineReady, offerUpdate, markOfflineReady, dismiss, reloadToUpdate }
})
