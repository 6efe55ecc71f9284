/** Where the scheduler learns about connectivity and visibility; the browser's by default. */
export interface SyncEnvironment {
  isOnline(): boolean
  /** Calls back on `online` / `offline` and when the page becomes visible; returns an unsubscribe. */
  listen(handlers: { online(): void; offline(): void; visible(): void }): () => void
}

export function browserEnvironment(): SyncEnvironment {
  return {
    isOnline: () => globalThis.navigator?.onLine ?? true,
    listen(handlers) {
      if (typeof window === 'undefined') return () => {}
      const onVisibility = () => {
        if (document.visibilityState === 'visible') handlers.visible()
      }
      window.addEventListener('online', handlers.online)
      window.addEventListener('offline', handlers.offline)
      document.addEventListener('visibilitychange', onVisibility)
      return () => {
        window.removeEventListener('online', handlers.online)
        window.removeEventListener('offline', handlers.offline)
        document.removeEventListener('visibilitychange', onVisibility)
      }
    },
  }
}

export interface SchedulerOptions {
  /** Starts a sync run; the engine coalesces overlapping calls. */
  sync: () => unknown
  env: SyncEnvironment
  /** Periodic sync while the app is open. */
  intervalMs?: number
  /** Quiet time after a local write before syncing, so a burst of writes goes in one push. */
  debounceMs?: number
  /** Told about online / offline changes (the engine refreshes its status). */
  onConnectivity?: () => void
}

/**
 * When to sync: on start, on `online`, when the page becomes visible, shortly after a local write,
 * and every `intervalMs` while open — never while offline.
 */
export class SyncScheduler {
  private readonly intervalMs: number
  private readonly debounceMs: number
  private interval: ReturnType<typeof setInterval> | undefined
  private debounce: ReturnType<typeof setTimeout> | undefined
  private unlisten: (() => void) | undefined

  constructor(private readonly options: SchedulerOptions) {
    this.intervalMs = options.intervalMs ?? 60_000
    this.debounceMs = options.debounceMs ?? 1_500
  }

  get running(): boolean {
    return this.unlisten !== undefined
  }

  start(): void {
    if (this.running) return
    this.unlisten = this.options.env.listen({
      online: () => {
        this.options.onConnectivity?.()
        this.trigger()
      },
      offline: () => this.options.onConnectivity?.(),
      visible: () => this.trigger(),
    })
    this.interval = setInterval(() => this.trigger(), this.intervalMs)
    this.trigger()
  }

  stop(): void {
    this.unlisten?.()
    this.unlisten = undefined
    clearInterval(this.interval)
    clearTimeout(this.debounce)
    this.interval = this.debounce = undefined
  }

  /** A local write happened (an outbox entry was added): sync once writes have paused. */
  localWrite(): void {
    if (!this.running) return
    clearTimeout(this.debounce)
    this.debounce = setTimeout(() => {
      this.debounce = undefined
      this.trigger()
    }, this.debounceMs)
  }

  private trigger(): void {
    if (this.options.env.isOnline()) void this.options.sync()
  }
}
