import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint, whenStartupSettled, yieldToMain } from '@/modules/afterFirstPaint'

type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void

/** A PerformanceObserver that reports paint entries when the test says so. */
class FakeObserver {
  static supportedEntryTypes = ['paint']
  static last: FakeObserver | undefined
  disconnected = false
  constructor(readonly callback: Callback) {
    FakeObserver.last = this
  }
  observe() {}
  disconnect() {
    this.disconnected = true
  }
  report(...names: string[]) {
    this.callback({ getEntriesByName: (name) => names.filter((n) => n === name) })
  }
}

let painted: string[] = []
let resolved = false
const track = (promise: Promise<void>) => void promise.then(() => (resolved = true))
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  painted = []
  resolved = false
  FakeObserver.last = undefined
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name: string) => painted.filter((n) => n === name) as unknown as PerformanceEntryList,
  )
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('afterFirstPaint', () => {
  it('on a first load, waits for the first contentful paint, not just any paint', async () => {
    track(afterFirstPaint())
    await flush()
    expect(resolved).toBe(false)

    FakeObserver.last!.report('first-paint')
    await flush()
    expect(resolved).toBe(false)

    FakeObserver.last!.report('first-contentful-paint')
    await flush()
    expect(resolved).toBe(true)
    expect(FakeObserver.last!.disconnected).toBe(true)
  })

  it('resolves at once once the page has painted (a later navigation)', async () => {
    painted = ['first-paint', 'first-contentful-paint']
    track(afterFirstPaint())
    await flush()
    expect(resolved).toBe(true)
    expect(FakeObserver.last).toBeUndefined()
  })

  it('goes on after a second when no paint is reported in a hidden tab', async () => {
    vi.useFakeTimers()
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    try {
      track(afterFirstPaint())
      await vi.advanceTimersByTimeAsync(900)
      expect(resolved).toBe(false)
      await vi.advanceTimersByTimeAsync(200)
      expect(resolved).toBe(true)
      expect(FakeObserver.last!.disconnected).toBe(true)
    } finally {
      visibility.mockRestore()
    }
  })

  it('in a visible tab, waits up to four seconds for a slow first paint', async () => {
    vi.useFakeTimers()
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible')
    try {
      track(afterFirstPaint())
      await vi.advanceTimersByTimeAsync(3900)
      expect(resolved).toBe(false)
      await vi.advanceTimersByTimeAsync(200)
      expect(resolved).toBe(true)
    } finally {
      visibility.mockRestore()
    }
  })

  it('in a browser without PerformanceObserver at all, goes on after the next frame', async () => {
    vi.unstubAllGlobals()
    const original = Object.getOwnPropertyDescriptor(globalThis, 'PerformanceObserver')
    // Not merely undefined: the name does not exist, as in an old browser.
    delete (globalThis as { PerformanceObserver?: unknown }).PerformanceObserver
    try {
      vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
      track(afterFirstPaint())
      await vi.advanceTimersByTimeAsync(0)
      expect(resolved).toBe(false)
      vi.advanceTimersToNextFrame()
      await vi.advanceTimersByTimeAsync(1)
      expect(resolved).toBe(true)
    } finally {
      if (original) Object.defineProperty(globalThis, 'PerformanceObserver', original)
    }
  })
})

describe('whenStartupSettled', () => {
  it('waits for the route, then the database, then the first contentful paint', async () => {
    painted = ['first-contentful-paint']
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0))
    let routeReady!: () => void
    let dataReady!: () => void
    const router = { isReady: () => new Promise<void>((resolve) => (routeReady = resolve)) }
    const data = new Promise<void>((resolve) => (dataReady = resolve))
    track(whenStartupSettled(router, data))

    dataReady()
    await flush()
    expect(resolved).toBe(false) // the route is not ready yet
    routeReady()
    await flush()
    await flush()
    expect(resolved).toBe(true)
  })

  it('does not start before the database has opened', async () => {
    painted = ['first-contentful-paint']
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0))
    const router = { isReady: () => Promise.resolve() }
    track(whenStartupSettled(router, new Promise(() => {})))
    await flush()
    await flush()
    expect(resolved).toBe(false)
  })
})

describe('yieldToMain', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: yielded })
    await yieldToMain()
    expect(yielded).toHaveBeenCalledOnce()
  })

  it('otherwise resolves in a later task, after work already queued, not in a microtask', async () => {
    vi.stubGlobal('scheduler', undefined)
    const order: string[] = []
    const yielded = yieldToMain().then(() => order.push('after yield'))
    void Promise.resolve().then(() => order.push('microtask'))
    await yielded
    expect(order).toEqual(['microtask', 'after yield'])
  })
})
