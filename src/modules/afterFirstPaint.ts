/** Resolves once the browser has painted the first route (or soon after, when hidden). */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return void setTimeout(resolve, 0)
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
}

/** Resolves when the main thread is next idle (at the latest after `timeout` ms). */
export function whenIdle(timeout = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback !== 'function') return void setTimeout(resolve, 200)
    requestIdleCallback(() => resolve(), { timeout })
  })
}
