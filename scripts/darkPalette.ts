import type { AtRule, Plugin } from 'postcss'

/**
 * The dark palette is written once in `src/styles/tokens.css`, as `:root[data-theme='dark']` (the
 * user chose dark). This PostCSS plugin adds its copy for "follow the system" at build time:
 * `@media (prefers-color-scheme: dark) { :root:not([data-theme='light']) { …the same… } }`, placed
 * before it. The CSS that ships is the one we wrote by hand before (same bytes); only the source
 * lost its second copy.
 */
export const DARK_SELECTOR = ":root[data-theme='dark']"
export const SYSTEM_DARK_SELECTOR = ":root:not([data-theme='light'])"

export function darkPalette(): Plugin {
  return {
    postcssPlugin: 'loft-dark-palette',
    Once(root, { AtRule: MediaRule }) {
      root.walkRules(DARK_SELECTOR, (rule) => {
        if (rule.parent?.type === 'atrule' && (rule.parent as AtRule).name === 'media') return
        const media = new MediaRule({ name: 'media', params: '(prefers-color-scheme: dark)' })
        media.append(rule.clone({ selector: SYSTEM_DARK_SELECTOR }))
        rule.before(media)
      })
    },
  }
}
