/**
 * The community's field limits (issue 16), the same numbers as the server's CHECK constraints
 * (supabase/migrations/20261208100000_*; /work/briefs/community-schema.md). A form shows a counter
 * near each limit; the repo refuses a value beyond it before anything is stored.
 */
export const POST_LIMITS = {
  title: 140,
  body: 8000,
  task: 200,
  tool: 80,
  prompt: 4000,
  minutes: 10000,
  tags: 8,
  tag: 32,
  moderationReason: 300,
} as const

export const COMMENT_LIMIT = 2000
export const REPLICATION_NOTE_LIMIT = 500
export const REPORT_NOTE_LIMIT = 500

/** Where a post started: a finished challenge attempt or a library prompt (prefilled from it). */
export interface PostSource {
  kind: 'attempt' | 'library_prompt'
  id: string
}

export const postKinds = ['use_case', 'success_story', 'show_and_tell', 'question'] as const
export type PostKind = (typeof postKinds)[number]

export const reactionKinds = ['useful', 'tried', 'thanks'] as const
export type ReactionKind = (typeof reactionKinds)[number]

export const reportReasons = ['personal_data', 'wrong', 'offensive', 'spam', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]

/** A counter shows once this share of a limit is used (and always beyond it). */
export const COUNTER_FROM = 0.8

/** Whether a field's counter should show: close to its limit or over it. */
export function showCounter(length: number, limit: number): boolean {
  return length >= Math.floor(limit * COUNTER_FROM)
}
