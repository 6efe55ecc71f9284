/**
 * The one renderer for user-written Markdown (posts, comments, ideas, shared prompts…), used only
 * through <MarkdownText> — the single place in the app that may use v-html.
 *
 * Two layers, each enough on its own for links:
 * 1. markdown-it with raw HTML off (`<script>` stays text), typographer off, linkify on, and a
 *    link check that accepts only `https:` and `mailto:` (anything else stays plain text). Images
 *    become their alt text; headings are demoted (h1 → h3 … ≥ h4 → h6) so user text never adds an
 *    h1 or h2 to a page.
 * 2. DOMPurify over the result with an allow-list of tags and attributes (no class, style, id,
 *    data-* or aria-*), an href kept only when it parses as an absolute `https:` or `mailto:` URL
 *    (relative, protocol-relative, `javascript:`, `data:`, `vbscript:` and entity- or
 *    whitespace-obfuscated variants are removed), and every link opened in a new tab with
 *    `rel="noopener noreferrer"`.
 *
 * Both libraries load on first use (`loadMarkdown()`), so they are in neither the first load nor
 * any page that shows no Markdown.
 */
import type MarkdownIt from 'markdown-it'
import type { DOMPurify as Purifier } from 'dompurify'

/**
 * Longer sources show as plain text: no field holds this much (the schemas' limits are far lower),
 * and parsing a pasted megabyte takes seconds on a phone (linkify alone, with many URLs).
 */
export const maxMarkdownLength = 100_000

export type RenderMarkdown = (source: string, options?: { inline?: boolean }) => string

const allowedTags = [
  'p',
  'br',
  'strong',
  'em',
  's',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]
const allowedAttributes = ['href', 'title', 'start']
const allowedProtocols = new Set(['https:', 'mailto:'])

/** True for an absolute https: or mailto: URL, the only links user text may carry. */
export function isAllowedHref(href: string): boolean {
  // No base URL: relative and protocol-relative references throw, and are not allowed.
  if (!/^(https:\/\/|mailto:)/i.test(href)) return false
  try {
    return allowedProtocols.has(new URL(href).protocol)
  } catch {
    return false
  }
}

function demote(tag: string) {
  const level = Number(tag.slice(1))
  return `h${Math.min(level + 2, 6)}`
}

export function createRenderer(markdownIt: typeof MarkdownIt, purifier: Purifier): RenderMarkdown {
  const md = new markdownIt({ html: false, linkify: true, typographer: false, breaks: true })
  md.validateLink = isAllowedHref
  md.core.ruler.push('loft_demote_headings', (state) => {
    for (const token of state.tokens)
      if (token.type === 'heading_open' || token.type === 'heading_close')
        token.tag = demote(token.tag)
  })
  md.renderer.rules.image = (tokens, index, options, env, self) =>
    md.utils.escapeHtml(self.renderInlineAsText(tokens[index]!.children ?? [], options, env))

  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return
    const href = node.getAttribute('href')
    if (href !== null && !isAllowedHref(href)) node.removeAttribute('href')
    node.setAttribute('rel', 'noopener noreferrer')
    node.setAttribute('target', '_blank')
  })
  const config = {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/i,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
  }
  return (source, options = {}) => {
    const html = options.inline ? md.renderInline(source) : md.render(source)
    return purifier.sanitize(html, config)
  }
}

let loaded: RenderMarkdown | undefined
let loading: Promise<RenderMarkdown> | undefined

/** The renderer if it has loaded already (a synchronous first render then shows Markdown at once). */
export function loadedMarkdown(): RenderMarkdown | undefined {
  return loaded
}

/** Loads markdown-it and DOMPurify once; a failed download is tried again on the next call. */
export function loadMarkdown(): Promise<RenderMarkdown> {
  loading ??= Promise.all([import('markdown-it'), import('dompurify')]).then(
    ([markdownIt, dompurify]) => {
      // A DOMPurify instance of our own, so its hooks touch no other user of the library.
      loaded = createRenderer(markdownIt.default, dompurify.default(window))
      return loaded
    },
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}
