import { onBeforeUnmount, ref, watchEffect } from 'vue'

/** A page's own title (a lesson's name), read by App.vue for the document title. */
export const pageTitleOverride = ref<string | null>(null)

/** Names the document after what the page shows, while it is mounted. */
export function usePageTitle(title: () => string | null | undefined) {
  watchEffect(() => {
    pageTitleOverride.value = title() || null
  })
  onBeforeUnmount(() => {
    pageTitleOverride.value = null
  })
}
