import Dexie, { type EntityTable } from 'dexie'

/** A device-local setting. Values are validated where they are read (see prefs.repo.ts). */
export interface PrefRow {
  key: string
  value: unknown
}

/** A change waiting to reach the server, written in the same transaction as the row it describes. */
export interface OutboxEntry {
  /** Local order: entries are pushed in the order they were written. */
  seq?: number
  /** Client mutation id: the server's idempotency key. */
  id: string
  table: string
  op: 'upsert' | 'delete'
  row: Record<string, unknown>
  createdAt: string
  state: 'pending' | 'rejected'
  /** Reason code of a permanent rejection; shown to the user, never dropped silently. */
  reason?: string
  tries: number
}

/** The person's profile (synced table `profiles`); one row on a device. */
export interface ProfileRow {
  id: string
  display_name: string
  language: 'nb' | 'en'
  updated_at: string
}

/** Sync bookkeeping (version 2): the pull cursor (`cursor`) and the leader's last run (`run`). */
export interface SyncStateRow {
  key: string
  value: unknown
}

/*
 * Synced rows (version 2). Field names are the server's; `user_id` is absent on rows written in
 * local mode and filled in by the server when they are pushed after sign-in. `sync_xid` and other
 * server-only columns may appear on pulled rows and are kept as they came.
 */
interface PersonalRow {
  id: string
  user_id?: string
  created_at: string
}

export interface ProgressEventRow extends PersonalRow {
  lesson_id: string
  kind: string
  card_index?: number | null
}

export interface QuizAnswerRow extends PersonalRow {
  lesson_id: string
  question_id: string
  answer: unknown
  correct: boolean
}

export interface SelfAssessmentRow extends PersonalRow {
  competency_id: string
  level: number
}

export interface ChallengeAttemptRow extends PersonalRow {
  challenge_id: string
  [field: string]: unknown
}

export interface PromptUseRow extends PersonalRow {
  prompt_id: string
  minutes_saved?: number | null
}

export interface PromptRow {
  id: string
  organisation_id?: string | null
  [field: string]: unknown
}

export interface PromptRevisionRow {
  id: string
  prompt_id: string
  [field: string]: unknown
}

export interface OrganisationRow {
  id: string
  name: string
  [field: string]: unknown
}

export interface DepartmentRow {
  id: string
  organisation_id: string
  name: string
  [field: string]: unknown
}

export interface JobRoleRow {
  id: string
  organisation_id: string
  name: string
  [field: string]: unknown
}

export interface MembershipRow {
  id: string
  organisation_id: string
  user_id: string
  role: string
  [field: string]: unknown
}

export class LoftDb extends Dexie {
  prefs!: EntityTable<PrefRow, 'key'>
  outbox!: EntityTable<OutboxEntry, 'seq'>
  profiles!: EntityTable<ProfileRow, 'id'>
  syncState!: EntityTable<SyncStateRow, 'key'>
  progress_events!: EntityTable<ProgressEventRow, 'id'>
  quiz_answers!: EntityTable<QuizAnswerRow, 'id'>
  self_assessments!: EntityTable<SelfAssessmentRow, 'id'>
  challenge_attempts!: EntityTable<ChallengeAttemptRow, 'id'>
  prompt_uses!: EntityTable<PromptUseRow, 'id'>
  prompts!: EntityTable<PromptRow, 'id'>
  prompt_revisions!: EntityTable<PromptRevisionRow, 'id'>
  organisations!: EntityTable<OrganisationRow, 'id'>
  departments!: EntityTable<DepartmentRow, 'id'>
  job_roles!: EntityTable<JobRoleRow, 'id'>
  memberships!: EntityTable<MembershipRow, 'id'>

  constructor(name = 'loft') {
    super(name)
    // Never edit a released version: add a new one below it.
    this.version(1).stores({
      prefs: '&key',
      outbox: '++seq, &id, state, table',
      profiles: '&id',
    })
    // Synced tables and sync bookkeeping. Tables of version 1 carry over unchanged.
    this.version(2).stores({
      syncState: '&key',
      progress_events: '&id, lesson_id, created_at',
      quiz_answers: '&id, lesson_id',
      self_assessments: '&id, competency_id, created_at',
      challenge_attempts: '&id, challenge_id, created_at',
      prompt_uses: '&id, prompt_id, created_at',
      prompts: '&id, organisation_id',
      prompt_revisions: '&id, prompt_id',
      organisations: '&id',
      departments: '&id, organisation_id',
      job_roles: '&id, organisation_id',
      memberships: '&id, organisation_id, user_id',
    })
  }
}

export const db = new LoftDb()
