import { toValue, type MaybeRefOrGetter } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { getPrompt } from '@/data/repos/library.repo'

/** One prompt of the organisation's library, live from the device, for the curation editor. */
export function useCuratedPrompt(id: MaybeRefOrGetter<string>) {
  return useLiveQuery((promptId) => getPrompt(promptId), () => toValue(id))
}
