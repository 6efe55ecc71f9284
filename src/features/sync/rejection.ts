import type { OutboxEntry } from '@/data/db'

/** Reason codes the server gives for a refused change (supabase/migrations/*_sync_rpc.sql). */
export const knownReasons = [
  'unknown_table',
  'invalid_row',
  'invalid_mutation',
  'too_large',
  'forbidden',
  'forbidden_author',
  'not_member',
  'not_authenticated',
  'conflict',
  'deleted',
] as const

export type KnownReason = (typeof knownReasons)[number]

/** The i18n key of a reason in plain words; an unknown code gets a general explanation. */
export function reasonKey(reason: string | undefined): string {
  return (knownReasons as readonly string[]).includes(reason ?? '')
    ? `sync.reasons.${reason}`
    : 'sync.reasons.other'
}

const knownTables = [
  'progress_events',
  'quiz_answers',
  'self_assessments',
  'challenge_attempts',
  'prompt_uses',
  'profiles',
  'prompts',
] as const

/** The i18n key of what the change was about ("a quiz answer", "a prompt"). */
export function tableKey(entry: Pick<OutboxEntry, 'table'>): string {
  return (knownTables as readonly string[]).includes(entry.table)
    ? `sync.tables.${entry.table}`
    : 'sync.tables.other'
}
