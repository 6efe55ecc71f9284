/**
 * While a text field has focus on a touch screen, the on-screen keyboard takes half the screen:
 * `<html data-keyboard="open">` then hides the bottom navigation (TheBottomNav) and lets the
 * sticky action bars sit at the bottom (base.css, `--bottom-bar`), so the field, its warnings and
 * the step's action stay in sight (issue 20 item 2). Returns the uninstaller.
 */
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
  const update = (target: EventTarget | null) => {
    if (touch() && isTextField(target)) root.dataset.keyboard = 'open'
    else delete root.dataset.keyboard
  }
  const onFocusIn = (event: FocusEvent) => update(event.target)
  // Focus moving between two fields fires focusout then focusin: decide once focus has settled.
  const onFocusOut = () => queueMicrotask(() => update(document.activeElement))
  document.addEventListener('focusin', onFocusIn)
  document.addEventListener('focusout', onFocusOut)
  return () => {
    document.removeEventListener('focusin', onFocusIn)
    document.removeEventListener('focusout', onFocusOut)
    delete root.dataset.keyboard
  }
}
