import type { Router } from 'vue-router'

/**
 * How long to wait for the browser's first-contentful-paint entry: a hidden tab paints nothing, so
 * it goes on after a second; a visible one on a slow, busy phone can take longer than that to paint,
 * and what waits for the paint (Dexie's download, the lists) must not compete with it.
 */
const FIRST_PAINT_WAIT_MS = { hidden: 1000, visible: 4000 }

/**
 * Resolves once the browser has shown the first contentful paint: at once when it already has
 * (any later navigation), and when its `first-contentful-paint` entry arrives on a first load.
 * An animation frame is not enough there: work queued from one ran before that paint reached the
 * screen, so downloads meant for after it competed with it. Browsers without paint timing, and
 * tabs that report no paint, continue after the next frame or FIRST_PAINT_WAIT_MS.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0)
    const paintTiming =
      typeof PerformanceObserver === 'function' &&
      PerformanceObserver.supportedEntryTypes?.includes('paint')
    if (!paintTiming) {
      return void requestAnimationFrame(() => setTimeout(resolve, 0))
    }
    if (performance.getEntriesByName('first-contentful-paint').length) return resolve()
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done()
    })
    observer.observe({ type: 'paint', buffered: true })
    const wait = document.visibilityState === 'hidden' ? 'hidden' : 'visible'
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS[wait])
  })
}

/**
 * Ends the current task and resolves in a new one, so the browser may paint, handle input or run
 * other work in between: `scheduler.yield()` where the browser has it (the continuation keeps its
 * place at the front of the queue), otherwise a message-channel task (a timer may wait 4 ms or more).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0))
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Resolves when the main thread is next idle (at the latest after `timeout` ms). */
export function whenIdle(timeout = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(resolve, 200)
    requestIdleCallback(() => resolve(), { timeout })
  })
}

/**
 * When background work (the service worker, sync) may start without competing with the first
 * page: its route is ready, the database has opened (`dataReady`), it has painted, and the main
 * thread is idle.
 */
export async function whenStartupSettled(
  router: Pick<Router, 'isReady'>,
  dataReady: Promise<unknown>,
): Promise<void> {
  await router.isReady()
  await dataReady
  await afterFirstPaint()
  await whenIdle()
}
