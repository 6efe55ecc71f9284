import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { useNow } from '@/composables/useNow'
import { useSessionStore } from '@/stores/session'
import { getLearningWindow } from '@/data/repos/onboarding.repo'
import {
  getPulseHistory,
  savePulseAnswer,
  skipPulse,
  type PulseAnswer,
} from '@/data/repos/pulse.repo'
import { isPulseDue, pulseWeek } from '@/domain/insights'

/**
 * The weekly pulse of the person on this device: their history, this week's row, whether it is
 * due now (in their learning window, not yet answered or skipped), and the two intents.
 * Answers go with the person's first organisation (the one HR counts them in), if any.
 */
export function usePulse() {
  const session = useSessionStore()
  const now = useNow()
  const history = useLiveQuery((user) => getPulseHistory(user), () => session.userId)
  const window = useLiveQuery(() => getLearningWindow())
  const organisationId = computed(() => session.memberships[0]?.organisationId ?? null)
  const week = computed(() => pulseWeek(now.value))
  const thisWeek = computed(() => history.data.value?.find((row) => row.week === week.value) ?? null)
  const due = computed(() => {
    if (history.loading.value || window.loading.value) return false
    return isPulseDue({
      now: now.value,
      window: window.data.value ?? null,
      doneWeeks: (history.data.value ?? []).map((row) => row.week),
    })
  })
  const options = () => ({ organisationId: organisationId.value, userId: session.userId })
  return {
    history: computed(() => history.data.value ?? []),
    loading: computed(() => history.loading.value),
    thisWeek,
    due,
    organisationId,
    save: (answer: PulseAnswer) => savePulseAnswer(answer, options()),
    skip: () => skipPulse(options()),
  }
}
