import {
  getCurrentScope,
  onScopeDispose,
  ref,
  shallowRef,
  toValue,
  watch,
  type MaybeRefOrGetter,
  type Ref,
  type ShallowRef,
} from 'vue'
import { observeQuery } from '@/data/live'

export interface LiveQueryResult<T> {
  data: ShallowRef<T | undefined>
  error: ShallowRef<unknown>
  /** True until the first result (for the current inputs) has arrived. */
  loading: Ref<boolean>
}

/**
 * Subscribes to a Dexie query and keeps the result fresh: it re-runs when the database changes
 * and when `input` (a ref or getter) changes, and unsubscribes when the calling scope is disposed.
 *
 *   const profile = useLiveQuery(() => getProfile())
 *   const lesson = useLiveQuery((id) => getLessonProgress(id), () => props.lessonId)
 */
export function useLiveQuery<T, I = undefined>(
  querier: (input: I) => T | Promise<T>,
  input?: MaybeRefOrGetter<I>,
): LiveQueryResult<T> {
  const data = shallowRef<T>()
  const error = shallowRef<unknown>()
  const loading = ref(true)
  let unsubscribe: (() => void) | undefined

  const stop = watch(
    () => toValue(input) as I,
    (value) => {
      unsubscribe?.()
      loading.value = true
      unsubscribe = observeQuery(() => querier(value), {
        next: (result) => {
          data.value = result
          error.value = undefined
          loading.value = false
        },
        error: (err: unknown) => {
          error.value = err
          loading.value = false
        },
      })
    },
    { immediate: true },
  )

  if (getCurrentScope()) {
    onScopeDispose(() => {
      stop()
      unsubscribe?.()
    })
  }
  return { data, error, loading }
}
