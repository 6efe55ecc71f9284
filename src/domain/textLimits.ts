/**
 * Text limits the server enforces, checked in the form first so that nothing typed is saved that
 * could never sync. The server refuses a pushed row over 64 KB of JSON (sync_push), and checks each
 * column's characters (its CHECK constraints).
 */

/** UTF-8 bytes of a text, as the server counts a row (a lone surrogate counts as the 3 of U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** A challenge attempt's texts: each column's limit, and what the two may weigh together. */
export const ATTEMPT_LIMITS = {
  prompt: 20_000,
  output: 20_000,
  /** Below the server's 64 KB per row, leaving room for the other columns and JSON escaping. */
  textBytes: 56_000,
} as const

/** Whether the prompt and output together fit in one syncable row. */
export function attemptTextsFit(prompt: string, output: string): boolean {
  return utf8Length(prompt) + utf8Length(output) <= ATTEMPT_LIMITS.textBytes
}

/** A count is shown once a field is this close to its limit. */
export const NEAR_LIMIT_SHARE = 0.8
