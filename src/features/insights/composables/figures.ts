import type { ComposerTranslation } from 'vue-i18n'
import {
  formatMetric,
  metricInfo,
  minutesSavedRange,
  trendSeries,
  type InsightsAnswer,
  type InsightsCell,
  type NumberMetric,
} from '@/domain/insights'

/** A number metric of a cell as text in the locale, or null when there is none. */
export function metricText(cell: InsightsCell | null, metric: NumberMetric, locale: string) {
  const value = cell?.[metric]
  return formatMetric(typeof value === 'number' ? value : null, metricInfo[metric].format, locale)
}

/** Minutes saved of a cell as a range ("40–90 min", "100–230 timer"), or null. */
export function minutesText(cell: InsightsCell | null, t: ComposerTranslation, locale: string) {
  const range = minutesSavedRange(cell?.minutes_saved_low, cell?.minutes_saved_high)
  if (!range) return null
  const nf = new Intl.NumberFormat(locale)
  return t(`hrInsights.minutesRange.${range.unit}`, {
    low: nf.format(range.low),
    high: nf.format(range.high),
  })
}

/** One sentence that says what a trend shows (a chart's or sparkline's accessible text). */
export function trendSentence(
  trend: readonly InsightsAnswer[],
  metric: NumberMetric,
  label: string,
  t: ComposerTranslation,
  locale: string,
): string {
  const values = trendSeries(trend, metric).map((p) => p.value)
  const known = values.filter((v): v is number => v !== null)
  if (known.length < 2) return t('hrInsights.trendSummaryNone', { metric: label })
  const format = metricInfo[metric].format
  return t('hrInsights.trendSummary', {
    metric: label,
    first: formatMetric(known[0], format, locale),
    last: formatMetric(known[known.length - 1], format, locale),
    n: values.length,
  })
}
