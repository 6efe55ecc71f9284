/**
 * Bytes as megabytes with at most one decimal, written the way Intl.NumberFormat writes them for
 * the language (`1 234,5` in bokmål, `1,234.5` in English), but without Intl: creating the first
 * Intl.NumberFormat loads ICU's number data, a ~60 ms task on a first visit to Settings here.
 * test/unit/megabytes.test.ts compares it with Intl.NumberFormat.
 */
const separators = {
  nb: { decimal: ',', group: '\u00a0' },
  en: { decimal: '.', group: ',' },
} as const

export function formatMegabytes(bytes: number, locale: keyof typeof separators): string {
  const { decimal, group } = separators[locale]
  // Whole tenths of a megabyte, halves rounded up (as Intl's default "halfExpand" does).
  const tenths = Math.round(Math.max(0, bytes) / 100_000)
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, group)
  const fraction = tenths % 10
  return fraction ? `${whole}${decimal}${fraction}` : whole
}
