/**
 * Strings the server can store: PostgreSQL's text and jsonb refuse U+0000, and a lone surrogate
 * cannot be encoded as UTF-8. A pasted text sometimes holds either; rather than have the server
 * refuse the whole change, NUL is removed and a lone surrogate becomes U+FFFD (what a browser
 * shows for it anyway).
 */
const unsafe = /\u0000|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g

export function wellFormed(text: string): string {
  return text.replace(unsafe, (match) =>
    match === '\u0000' ? '' : match.length === 2 ? match : '\uFFFD',
  )
}

/**
 * A plain JSON copy of `value` (Vue proxies cannot be cloned into IndexedDB) with every string
 * value made well-formed.
 */
export function wellFormedCopy<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? wellFormed(v) : v)),
  ) as T
}
