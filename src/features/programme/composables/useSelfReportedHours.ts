import { computed, ref } from 'vue'
import { useInsights } from '@/features/insights/composables/useInsights'
import { organisationCell } from '@/domain/insights'
import { yearlyHoursFromMinutes } from '@/domain/roi'

/**
 * The organisation's self-reported minutes saved over the last finished 30 days (from HR's
 * insights, which obey the suppression rules), as hours a year: the ROI's time-saved prefill.
 */
export function useSelfReportedHours() {
  const insights = useInsights(ref('30d'))
  return computed(() => {
    const answer = insights.answer.value
    const cell = organisationCell(answer)
    if (!answer || !cell) return null
    const hours = yearlyHoursFromMinutes(
      cell.minutes_saved_low,
      cell.minutes_saved_high,
      answer.period.from,
      answer.period.to,
    )
    if (!hours) return null
    return {
      ...hours,
      minutesLow: cell.minutes_saved_low ?? 0,
      minutesHigh: cell.minutes_saved_high ?? 0,
      from: answer.period.from,
      to: answer.period.to,
    }
  })
}

export type SelfReportedHours = NonNullable<ReturnType<typeof useSelfReportedHours>['value']>
