/**
 * While a text field has focus on a touch screen, the on-screen keyboard takes half the screen:
 * `<html data-keyboard="open">` then hides the bottom navigation (TheBottomNav) and lets the
 * sticky action bars sit at the bottom (base.css, `--bottom-bar`), so the field, its warnings and
 * the step's action stay in sight (issue 20 item 2). Returns the uninstaller.
 */
const CLOSE_DELAY_MS = 400
const TEXT_INPUT = /^(text|search|email|url|tel|number|password)$/

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLTextAreaElement) return !target.readOnly
  if (target instanceof HTMLInputElement) return TEXT_INPUT.test(target.type) && !target.readOnly
  return target.isContentEditable
}

export function installKeyboardOpen(root: HTMLElement = document.documentElement): () => void {
  const coarse = window.matchMedia('(pointer: coarse)')
  // A touch screen: its keyboard is on screen (a laptop's touch screen too, which costs it only
  // the navigation while typing).
  const touch = () => coarse.matches || navigator.maxTouchPoints > 0
  let closing: ReturnType<typeof setTimeout> | undefined
  const update = (target: EventTarget | null) => {
    clearTimeout(closing)
    if (touch() && isTextField(target)) root.dataset.keyboard = 'open'
    // The navigation comes back a moment later: a tap on a button below the field blurs the
    // field first, and moving the bars under the finger then would make the tap miss.
    else closing = setTimeout(() => delete root.dataset.keyboard, CLOSE_DELAY_MS)
  }
  const onFocusIn = (event: FocusEvent) => update(event.target)
  // Focus moving between two fields fires focusout then focusin: decide once focus has settled.
  const onFocusOut = () => queueMicrotask(() => update(document.activeElement))
  document.addEventListener('focusin', onFocusIn)
  document.addEventListener('focusout', onFocusOut)
  return () => {
    document.removeEventListener('focusin', onFocusIn)
    document.removeEventListener('focusout', onFocusOut)
    clearTimeout(closing)
    delete root.dataset.keyboard
  }
}
