import type { CommunityPostRow, PostSource } from '@/data/repos/community.repo'
import type { PostInput, PostKind } from '@/domain/community'
import { parseTags, POST_LIMITS, clampText } from '@/domain/community'
import type { DataClass } from '@/domain/competence'

/** What the composer edits: the post's fields, tags as one comma-separated line. */
export interface PostDraft {
  kind: PostKind
  title: string
  body: string
  task: string
  departmentId: string
  tool: string
  promptText: string
  minutesBefore: number | null
  minutesAfter: number | null
  dataClass: DataClass
  tagsText: string
  source: PostSource | null
}

export function emptyPostDraft(): PostDraft {
  return {
    kind: 'use_case',
    title: '',
    body: '',
    task: '',
    departmentId: '',
    tool: '',
    promptText: '',
    minutesBefore: null,
    minutesAfter: null,
    dataClass: 'green',
    tagsText: '',
    source: null,
  }
}

export function draftFromPost(row: CommunityPostRow): PostDraft {
  return {
    kind: row.kind,
    title: row.title,
    body: row.body,
    task: row.task,
    departmentId: row.department_id ?? '',
    tool: row.tool ?? '',
    promptText: row.prompt_text ?? '',
    minutesBefore: row.minutes_before,
    minutesAfter: row.minutes_after,
    dataClass: row.data_class,
    tagsText: row.tags.join(', '),
    source: row.source_kind && row.source_id ? { kind: row.source_kind, id: row.source_id } : null,
  }
}

/** An empty number field gives '' (v-model.number): no figure. */
const minutes = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

export function draftToInput(draft: PostDraft): PostInput {
  return {
    kind: draft.kind,
    title: draft.title,
    body: draft.body,
    task: draft.task,
    departmentId: draft.departmentId || null,
    tool: draft.tool || null,
    promptText: draft.promptText,
    minutesBefore: minutes(draft.minutesBefore),
    minutesAfter: minutes(draft.minutesAfter),
    dataClass: draft.dataClass,
    tags: parseTags(draft.tagsText),
  }
}

/**
 * A post prefilled from a finished challenge attempt (its prompt, the challenge's title and task)
 * or from a library prompt (its title, task, prompt, data class and tags). The person edits it before sharing; nothing is sent as prefilled.
 */
export function draftFromSource(input: {
  source: PostSource
  title: string
  task: string
  prompt: string
  dataClass: DataClass
  tags?: readonly string[]
}): PostDraft {
  const draft = emptyPostDraft()
  return {
    ...draft,
    kind: input.source.kind === 'attempt' ? 'success_story' : 'use_case',
    title: clampText(input.title, POST_LIMITS.title),
    task: clampText(input.task, POST_LIMITS.task),
    promptText: clampText(input.prompt, POST_LIMITS.prompt),
    // A red task's prompt is yellow once the personal data is out of it (as the library's share).
    dataClass: input.dataClass === 'red' ? 'yellow' : input.dataClass,
    tagsText: (input.tags ?? []).slice(0, POST_LIMITS.tags).join(', '),
    source: input.source,
  }
}
