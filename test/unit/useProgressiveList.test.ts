import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import { useProgressiveList } from '@/composables/useProgressiveList'

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
})
afterEach(() => {
  vi.useRealTimers()
})

/** One frame: the animation frame, then the task it queues (fake timers run a 0 ms timeout set during a tick 1 ms later). */
async function nextFrame() {
  vi.advanceTimersToNextFrame()
  vi.advanceTimersByTime(1)
  await nextTick()
}

describe('useProgressiveList', () => {
  it('shows the first rows at once and the rest a step per frame, then all of them', async () => {
    const items = shallowRef(numbers(11))
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList(items, { first: 4, step: 3 }))!

    expect(shown.value).toEqual([0, 1, 2, 3])
    await nextFrame()
    expect(shown.value).toEqual(numbers(7))
    await nextFrame()
    expect(shown.value).toEqual(numbers(10))
    await nextFrame()
    expect(shown.value).toEqual(numbers(11))
    scope.stop()
  })

  it('starts filling when the items arrive after the first render (content loads lazily)', async () => {
    const items = shallowRef<number[] | undefined>(undefined)
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList(items, { first: 2, step: 2 }))!
    expect(shown.value).toEqual([])

    items.value = numbers(5)
    await nextTick()
    expect(shown.value).toEqual([0, 1])
    await nextFrame()
    await nextFrame()
    expect(shown.value).toEqual(numbers(5))
    scope.stop()
  })

  it('follows its items at once after the first fill (a filter shows every match)', async () => {
    const items = shallowRef(numbers(6))
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList(items, { first: 3, step: 3 }))!
    await nextFrame()
    expect(shown.value).toEqual(numbers(6))

    items.value = numbers(20)
    expect(shown.value).toEqual(numbers(20))
    scope.stop()
  })

  it('a short list is shown whole, with nothing scheduled', () => {
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList([1, 2], { first: 4 }))!
    expect(shown.value).toEqual([1, 2])
    expect(vi.getTimerCount()).toBe(0)
    scope.stop()
  })

  it('stops growing when its component goes away', async () => {
    const items = shallowRef(numbers(12))
    const scope = effectScope()
    const shown = scope.run(() => useProgressiveList(items, { first: 4, step: 4 }))!
    scope.stop()
    await nextFrame()
    expect(shown.value).toEqual([0, 1, 2, 3])
  })
})
