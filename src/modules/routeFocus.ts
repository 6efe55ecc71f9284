import { nextTick, ref } from 'vue'
import { START_LOCATION, type Router } from 'vue-router'

/** The new page's title, for the shell's polite live region (App.vue). */
export const routeAnnouncement = ref('')

const headingWait = 5000

function focusLost() {
  const active = document.activeElement
  return !active || active === document.body || !active.isConnected
}

/** Resolves with the page's h1 once it is in the DOM (a lazy page may render it after loading). */
function pageHeading(): Promise<HTMLElement | null> {
  const main = document.getElementById('main')
  const found = main?.querySelector<HTMLElement>('h1')
  if (!main || found) return Promise.resolve(found ?? null)
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const heading = main.querySelector<HTMLElement>('h1')
      if (heading) done(heading)
    })
    const timer = setTimeout(() => done(null), headingWait)
    function done(heading: HTMLElement | null) {
      observer.disconnect()
      clearTimeout(timer)
      resolve(heading)
    }
    observer.observe(main, { childList: true, subtree: true })
  })
}

/**
 * After a page change (not the first load: nothing to announce, and no work before the first
 * paint), focus the new page's h1 when focus would otherwise fall to <body> (the link or button
 * that started it was inside the old page), and announce the new page politely by its h1 (or its
 * title). A page that moved
 * focus itself (a prefilled form's field) keeps it; so does a click in the bottom navigation.
 */
export function installRouteFocus(router: Router, pageTitle: () => string): () => void {
  let latest = 0
  routeAnnouncement.value = ''
  return router.afterEach(async (to, from, failure) => {
    if (failure || from === START_LOCATION || to.path === from.path) return
    const navigation = ++latest
    const main = document.getElementById('main')
    const startedInPage = focusLost() || !!main?.contains(document.activeElement)
    await nextTick()
    const heading = await pageHeading()
    if (navigation !== latest) return
    if (heading && startedInPage && focusLost()) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus()
    }
    routeAnnouncement.value = ''
    await nextTick()
    // The page's own heading says most (a prompt's name rather than "Prompt").
    routeAnnouncement.value = heading?.textContent?.trim() || pageTitle()
  })
}
