import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/**
 * What another tab did to this one: opened a newer database version ('superseded'), loaded a new
 * app version ('updated'), or holds an older database open while this tab waits ('blocked').
 */
export type OtherTabEvent = 'superseded' | 'updated' | 'blocked'

/** The state of the installed app version: is a new one waiting, is offline use ready. */
export const useAppUpdateStore = defineStore('appUpdate', () => {
  const updateWaiting = ref(false)
  const otherTab = ref<OtherTabEvent | null>(null)
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
  /** 'superseded' and 'updated' last until a reload; 'blocked' ends when the database opens. */
  function markOtherTab(event: OtherTabEvent | 'opened') {
    if (otherTab.value === 'superseded' || otherTab.value === 'updated') return
    otherTab.value = event === 'opened' ? null : event
    if (event === 'opened') return
    // One message in the toast slot: this one matters more than either of those.
    updateWaiting.value = false
    offlineReady.value = false
  }

  return {
    updateWaiting,
    offlineReady,
    otherTab,
    offerUpdate,
    markOfflineReady,
    dismiss,
    reloadToUpdate,
    markOtherTab,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAppUpdateStore, import.meta.hot))
