import type { Component } from 'vue'
import type { Locale } from '@/data/repos/prefs.repo'

/**
 * What index.html's boot module (scripts/routePreload.ts) imported for the page being opened: the
 * page component by route path, and its words by message group, in the language it chose.
 */
export interface PreloadedModules {
  locale: Locale
  pages: Record<string, { default: Component }>
  messages: Record<string, { default: Record<string, unknown> }>
}

declare global {
  interface Window {
    __loftBoot?: { modules: Promise<PreloadedModules | null> }
  }
}

/**
 * The boot module's imports, once it has run; null when there is none (development, or a path the
 * build doesn't know) or it failed to load. Awaiting this settles in the boot module's own task, so
 * everything main.ts does after it up to the mount (microtasks only) happens before the browser
 * renders its first frame.
 */
export function preloadedModules(): Promise<PreloadedModules | null> {
  return globalThis.window?.__loftBoot?.modules ?? Promise.resolve(null)
}
