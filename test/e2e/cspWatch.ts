import type { BrowserContext, Page } from '@playwright/test'

/**
 * Records Content-Security-Policy violations (the `securitypolicyviolation` event, from a script
 * Playwright adds before the page's own, which the policy doesn't cover), page errors and console
 * errors, for every page of the context.
 */
export async function watchForViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sample})`),
    )
  })
  const errors: string[] = []
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
  }
  context.pages().forEach(watch)
  context.on('page', watch)
  return {
    errors,
    violations: (page: Page) =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  }
}

/** The directives of a policy, by name. */
export function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  )
}
