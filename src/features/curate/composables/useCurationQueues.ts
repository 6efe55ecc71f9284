import { computed } from 'vue'
import { useLiveQuery } from '@/composables/useLiveQuery'
import { listApproved, listSubmitted } from '@/data/repos/library.repo'
import type { PromptRow } from '@/data/db'
import { promptsNeedingReview, type DataRules } from '@/domain/dataRules'

function asToolLink(row: PromptRow) {
  return { id: row.id, toolIds: row.tools, dataClass: row.data_class, row }
}

/** The ambassador's queues: submissions to review, and approved prompts the data rules now flag. */
export function useCurationQueues(rules: () => DataRules) {
  const submitted = useLiveQuery(() => listSubmitted())
  const approved = useLiveQuery(() => listApproved())
  const flagged = computed(() =>
    promptsNeedingReview((approved.data.value ?? []).map(asToolLink), rules()).map((entry) => ({
      row: entry.prompt.row,
      problems: entry.problems,
    })),
  )
  const loading = computed(() => submitted.loading.value || approved.loading.value)
  return { submitted: submitted.data, flagged, loading }
}
