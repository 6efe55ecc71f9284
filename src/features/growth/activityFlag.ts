import { onActivityChange } from '@/data/activityEvents'
import { readBootState, writeBootState } from '@/data/bootState'

/**
 * Forgets whether Me has growth to chart (BootState.hasActivity) on every change that may add some
 * (src/data/activityEvents.ts): the next visit to Me asks IndexedDB again. Installed once, before
 * the app mounts (src/main.ts); installing again changes nothing.
 */
let stop: (() => void) | undefined

export function installActivityFlag(): () => void {
  stop ??= onActivityChange(() => {
    if (readBootState().hasActivity !== null) writeBootState({ hasActivity: null })
  })
  return stop
}
