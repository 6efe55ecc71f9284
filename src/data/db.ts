import Dexie, { type EntityTable } from 'dexie'
import { notifyActivityChange } from './activityEvents'
import { notifyDatabaseEvent } from './databaseEvents'
import type { ReviewState } from '@/domain/review'
import type { DataClass } from '@/domain/competence'
import type { ApprovedTool } from '@/domain/dataRules'
import type { SurveyAnswers } from '@/domain/survey'
import type { Database, Tables } from './remote/database.types'
import type { SyncedTable } from './sync/tables'

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
  /** A synced table (an entry an older version wrote is checked again before it is pushed). */
  table: SyncedTable
  op: 'upsert' | 'delete'
  row: Record<string, unknown>
  createdAt: string
  state: 'pending' | 'rejected'
  /** Reason code of a permanent rejection; shown to the user, never dropped silently. */
  reason?: string
  tries: number
  /**
   * Sent apart from sync_push (sync/push.ts): 'anonymous_idea' goes to submit_anonymous_idea,
   * which records no sender (version 11).
   */
  via?: 'anonymous_idea'
}

/** Sync bookkeeping (version 2): the pull cursor (`cursor`) and the leader's last run (`run`). */
export interface SyncStateRow {
  key: string
  value: unknown
}

/*
 * Synced rows (version 2): the server's rows as `npm run gen:types` writes them from the migrations
 * (src/data/remote/database.types.ts), as a device keeps them. `sync_xid` (the server's write
 * transaction, xid8) comes as text on pulled rows and is absent on rows written here; the columns
 * named in `Absent` may be missing on a row written here (the server fills them in, or defaults
 * them, when it is pushed: `user_id` of rows written in local mode, say); `Narrow` gives a column
 * the shape the app's code gives it (a jsonb column's structure, a text column's allowed values).
 */
type DeviceRow<
  T extends SyncedTable & keyof Database['public']['Tables'],
  Absent extends keyof Tables<T> = never,
  Narrow extends object = object,
> = Flat<
  Omit<Tables<T>, 'sync_xid' | Absent | keyof Narrow> &
    Partial<Pick<Tables<T>, Exclude<Absent, keyof Narrow>>> &
    Narrow & { sync_xid?: string }
>
type Flat<T> = { [K in keyof T]: T[K] }

/** The person's profile (synced table `profiles`); one row on a device. */
export type ProfileRow = DeviceRow<'profiles', never, { language: 'nb' | 'en' }>

export type ProgressEventRow = DeviceRow<
  'progress_events',
  'user_id' | 'card_index' | 'minutes',
  { data?: Record<string, unknown> }
>

export type QuizAnswerRow = DeviceRow<'quiz_answers', 'user_id'>

export type SelfAssessmentRow = DeviceRow<'self_assessments', 'user_id'>

/** `organisation_id` is set when the attempt is shared with the organisation's reviewers. */
export type ChallengeAttemptRow = DeviceRow<
  'challenge_attempts',
  'user_id' | 'organisation_id' | 'self_score' | 'minutes_saved',
  { checklist: Record<string, unknown> }
>

/**
 * "I used this" (P1). Exactly one of `prompt_id` (an organisation's prompt, a `prompts` row) and
 * `starter_prompt_id` (a starter prompt shipped with the app, `lp-…`) is set. `organisation_id` is
 * null for a use made outside any organisation (local mode, or before joining one).
 */
export type PromptUseRow = DeviceRow<'prompt_uses', 'user_id' | 'starter_prompt_id'>

type PromptStatus = 'submitted' | 'approved' | 'retired'

/**
 * A shared library prompt; every edit pushed becomes a new revision on the server. `revision` is
 * the revision this row is, or (on a local edit) the one the edit was based on; `base_revision`
 * (device only) is, on a local edit, the revision the editor saw (the server keeps an overtaken
 * edit in history).
 */
export type PromptRow = DeviceRow<
  'prompts',
  'author_id' | 'department' | 'task' | 'level' | 'updated_by',
  { data_class: DataClass; status: PromptStatus; base_revision?: number }
>

/** Read-only history of a prompt. */
export type PromptRevisionRow = DeviceRow<
  'prompt_revisions',
  'author_id' | 'department' | 'task' | 'level' | 'based_on_revision',
  { data_class: DataClass; status: PromptStatus }
>

export type OrganisationRow = DeviceRow<'organisations'>

export type DepartmentRow = DeviceRow<'departments'>

export type JobRoleRow = DeviceRow<'job_roles', 'department_id'>

export type MembershipRow = DeviceRow<
  'memberships',
  'department_id' | 'job_role_id',
  { roles: ('member' | 'ambassador' | 'hr' | 'admin')[] }
>

/**
 * The organisation's approved AI tools, data rules and custom sensitive terms (version 6, synced
 * table `organisation_data_rules`): one row per organisation, its id is the organisation's id.
 * Members read it; only admins write it (the server's RLS decides).
 */
export type OrganisationDataRulesRow = DeviceRow<
  'organisation_data_rules',
  'updated_by',
  { tools: ApprovedTool[]; allowed: Record<string, DataClass[]> }
>

/** The rubric of an attempt review (C3): each criterion scored 1–4. */
export interface AttemptReviewRubric {
  prompt_quality: number
  critical_evaluation: number
  data_safety: number
  usefulness: number
}

/**
 * An ambassador's review of a challenge attempt (version 7, synced table `attempt_reviews`).
 * Append-only: a later review of the same attempt supersedes an earlier one. The server sets
 * `reviewer_id`, `learner_id`, `organisation_id` (from the attempt) and `created_at`; a row written
 * on this device holds the device's guesses until the server's version is pulled. `score`, overall
 * 1–4, is what counts in the objective competence estimate (C4).
 */
export type AttemptReviewRow = DeviceRow<
  'attempt_reviews',
  'reviewer_id',
  { rubric: AttemptReviewRubric; learner_id?: string | null }
>

/**
 * Spaced-review state of one lesson key point (version 3, device-local, not synced): the
 * domain's plain-JSON `ReviewState` plus the lesson it belongs to.
 */
export interface ReviewStateRow extends ReviewState {
  lessonId: string
}

/**
 * A prompt challenge in progress (version 4, device-local, not synced): everything typed and the
 * step the learner is on, saved as they type, so nothing is lost on reload, crash or offline.
 */
export interface ChallengeDraftRow {
  challenge_id: string
  step: string
  prompt: string
  output: string
  checklist: Record<string, string>
  self_score: number | null
  minutes_saved: number | null
  /** The department flavour of the task the learner chose. */
  flavour?: string | null
  started_at: string
  updated_at: string
}

/**
 * What a stored draft carries besides its value (version 9): a revision counter, the tab that
 * wrote it last, and the version it overwrote when two tabs edited the same draft (kept until the
 * person chooses). See src/composables/useDraft.ts.
 */
export interface DraftMeta {
  rev?: number
  tab?: string
  other?: { value: unknown; tab: string; updated_at: string } | null
}

/** A form's unsent text (version 9, device-local, not synced): one row per form and record. */
export interface FormDraftRow extends DraftMeta {
  key: string
  value: unknown
  updated_at: string
}

/*
 * The community (issue 16, version 10; the contract: supabase/migrations/20261208100000_*).
 * Written by hand from the contract so this version does not wait for the generated types; the
 * server owns `author_id`/`user_id`/`reporter_id`, `revision`, the timestamps, the moderation
 * stamps and a post's aggregates (a device's values for them are ignored on push).
 */
export type CommunityPostKind = 'use_case' | 'success_story' | 'show_and_tell' | 'question'
export type CommunityStatus = 'published' | 'hidden'
export interface ReactionCounts {
  useful: number
  tried: number
  thanks: number
}

export interface CommunityPostRow {
  id: string
  organisation_id: string
  author_id?: string | null
  kind: CommunityPostKind
  title: string
  body: string
  task: string
  department_id: string | null
  tool: string | null
  prompt_text: string | null
  minutes_before: number | null
  minutes_after: number | null
  data_class: DataClass
  tags: string[]
  source_kind: 'attempt' | 'library_prompt' | null
  source_id: string | null
  status: CommunityStatus
  moderation_reason: string | null
  moderated_by?: string | null
  moderated_at?: string | null
  revision: number
  created_at: string
  updated_at: string
  reaction_counts: ReactionCounts
  comment_count: number
  replication_count: number
  replication_median_saved: number | null
  /** The author's consent to use the post as a success story in HR's report (only they set it). */
  story_consent?: boolean
  /** … and to be named there (false whenever story_consent is). */
  story_named?: boolean
  sync_xid?: string
}

export interface CommunityCommentRow {
  id: string
  organisation_id: string
  post_id: string
  author_id?: string | null
  body: string
  status: CommunityStatus
  moderation_reason: string | null
  moderated_by?: string | null
  moderated_at?: string | null
  created_at: string
  updated_at: string
  sync_xid?: string
}

/** One person's reaction (personal: only they read it); un-react deletes the row. */
export interface CommunityReactionRow {
  id: string
  organisation_id: string
  post_id: string
  user_id?: string | null
  kind: 'useful' | 'tried' | 'thanks'
  created_at: string
  sync_xid?: string
}

/** "I tried this too" (personal: only they read it; the post shows count and median). */
export interface CommunityReplicationRow {
  id: string
  organisation_id: string
  post_id: string
  user_id?: string | null
  minutes_before: number
  minutes_after: number
  note: string
  created_at: string
  sync_xid?: string
}

export interface CommunityReportRow {
  id: string
  organisation_id: string
  target_table: 'community_posts' | 'community_comments'
  target_id: string
  reporter_id?: string | null
  reason: 'personal_data' | 'wrong' | 'offensive' | 'spam' | 'other'
  note: string
  created_at: string
  resolved_at: string | null
  resolution: 'hidden' | 'kept' | null
  sync_xid?: string
}

/** An idea or an obstacle on the board (F4, version 11, synced table `ideas`). */
export type IdeaKind = 'idea' | 'obstacle'
export type IdeaStatus = 'new' | 'under_consideration' | 'planned' | 'done' | 'not_now'

/**
 * An idea (version 11). The server owns author_id (null when anonymous), created_on (a day),
 * vote_count, answered_by and answered_on; a row written here holds the device's guesses until the
 * server's version is pulled. `waiting` (device-only): an anonymous idea this device sent that the
 * server has not published yet; the pulled row, which replaces it, has no such field.
 */
export type IdeaRow = DeviceRow<
  'ideas',
  'author_id' | 'answered_by' | 'answered_on' | 'vote_count',
  { kind: IdeaKind; status: IdeaStatus; waiting?: boolean }
>

/** My vote for an idea (version 11, `idea_votes`): only I read it; un-vote deletes it. */
export type IdeaVoteRow = DeviceRow<'idea_votes', 'user_id'>

export type OrganisationChallengeStatus = 'awaiting_author' | 'declined' | 'published' | 'retired'

/**
 * A challenge an ambassador made from a community post (F3, version 11, `organisation_challenges`),
 * credited to the post's author, who publishes it by agreeing. The server owns created_by,
 * credited_user_id, created_at and updated_at.
 */
export type OrganisationChallengeRow = DeviceRow<
  'organisation_challenges',
  'created_by' | 'credited_user_id',
  { status: OrganisationChallengeStatus }
>

/*
 * The weekly pulse (H5, issue 17, version 12; synced table `pulse_responses`, personal: only the
 * person reads and writes their rows; HR sees only aggregates through public.insights()). The
 * server owns `user_id` and `created_at`. One row per person and ISO week (`week`, its Monday):
 * answering again, or answering after a skip, replaces the week's row under the same id.
 */
export type PulseResponseRow = DeviceRow<
  'pulse_responses',
  'user_id' | 'created_at',
  {
    minutes_band: '0' | '1-15' | '15-60' | '60-180' | '180+' | null
    obstacle_theme:
      | 'time'
      | 'tools'
      | 'data_rules'
      | 'quality'
      | 'skills'
      | 'leadership'
      | 'other'
      | null
  }
>

/**
 * The last answer of a server insight function (version 12, device-local, not synced), so HR's
 * figures and the privacy preview show offline with the time they were fetched.
 * `key` is `<kind>:<organisation or 'me'>:<period>`.
 */
export interface InsightsCacheRow {
  key: string
  kind: 'insights' | 'trend' | 'preview'
  organisation_id: string | null
  period: string
  answer: unknown
  fetched_at: string
}

/** One step of HR's programme (H1): its status, who owns it, free notes. */
export interface ProgrammeStep {
  status: 'not_started' | 'in_progress' | 'done'
  owner?: string
  notes?: string
}

/**
 * HR's programme tracker (H1, version 13, synced table `hr_programmes`): one row per
 * organisation (its id), the seed's five steps in order, the pilot group and the pitfalls
 * checklist. Only the organisation's HR people and admins read and write it.
 */
export type HrProgrammeRow = DeviceRow<
  'hr_programmes',
  'updated_by',
  { steps: ProgrammeStep[]; pitfalls: Record<string, boolean> }
>

/**
 * HR's ROI model (H6, version 13, synced table `roi_models`): the calculator's fields as typed
 * (strings, see src/domain/roi), one row per organisation, HR and admins only.
 */
export type RoiModelRow = DeviceRow<
  'roi_models',
  'updated_by',
  { currency: 'NOK' | 'EUR'; inputs: Record<string, string> }
>

/**
 * A mapping survey round (H2, version 14, synced table `surveys`): every member of the
 * organisation reads it (the invitation), HR and admins open and close it. The server owns
 * opened_at, closed_at, created_by and updated_at.
 */
export type SurveyRow = DeviceRow<
  'surveys',
  'opened_at' | 'closed_at' | 'created_by' | 'updated_at' | 'questions_version',
  { status: 'open' | 'closed' }
>

/**
 * A person's answer to a survey round (H2, version 14, synced table `survey_responses`, personal:
 * only the person reads it; HR sees counts through public.survey_results). One per person and
 * round; the server owns organisation_id, created_at and updated_at.
 */
export type SurveyResponseRow = DeviceRow<
  'survey_responses',
  'user_id' | 'organisation_id' | 'created_at' | 'updated_at',
  { answers: SurveyAnswers }
>

/**
 * HR's target levels of one job role (H3, version 15, synced table `skill_targets`; id = the job
 * role's id): {competency id: 1..4}. HR and admins only; a missing competency has the default
 * target of `src/domain/matrix`.
 */
export type SkillTargetsRow = DeviceRow<
  'skill_targets',
  'updated_by',
  { targets: Partial<Record<string, 1 | 2 | 3 | 4>> }
>

/** The post HR picked as the monthly report's success story (version 15; id = organisation id). */
export type ReportStoryPickRow = DeviceRow<'report_story_picks', 'updated_by'>

/** The last answer of `skills_matrix` / `success_stories` per `<kind>:<organisation>` (version 15). */
export interface MatrixCacheRow {
  key: string
  kind: 'matrix' | 'stories'
  organisation_id: string
  answer: unknown
  fetched_at: string
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
  reviewStates!: EntityTable<ReviewStateRow, 'cardId'>
  challengeDrafts!: EntityTable<ChallengeDraftRow & DraftMeta, 'challenge_id'>
  drafts!: EntityTable<FormDraftRow, 'key'>
  organisation_data_rules!: EntityTable<OrganisationDataRulesRow, 'id'>
  attempt_reviews!: EntityTable<AttemptReviewRow, 'id'>
  pulse_responses!: EntityTable<PulseResponseRow, 'id'>
  insightsCache!: EntityTable<InsightsCacheRow, 'key'>
  hr_programmes!: EntityTable<HrProgrammeRow, 'id'>
  roi_models!: EntityTable<RoiModelRow, 'id'>
  surveys!: EntityTable<SurveyRow, 'id'>
  survey_responses!: EntityTable<SurveyResponseRow, 'id'>
  skill_targets!: EntityTable<SkillTargetsRow, 'id'>
  report_story_picks!: EntityTable<ReportStoryPickRow, 'id'>
  matrixCache!: EntityTable<MatrixCacheRow, 'key'>
  community_posts!: EntityTable<CommunityPostRow, 'id'>
  community_comments!: EntityTable<CommunityCommentRow, 'id'>
  community_reactions!: EntityTable<CommunityReactionRow, 'id'>
  community_replications!: EntityTable<CommunityReplicationRow, 'id'>
  community_reports!: EntityTable<CommunityReportRow, 'id'>
  ideas!: EntityTable<IdeaRow, 'id'>
  idea_votes!: EntityTable<IdeaVoteRow, 'id'>
  organisation_challenges!: EntityTable<OrganisationChallengeRow, 'id'>

  constructor(name = 'loft') {
    super(name)
    // Versions. Dexie (3+) needs only the versions that carry an upgrade, plus the newest; the
    // newest declares the whole schema. Versions 1–7 (no upgrades) are therefore folded into
    // version 8: fewer declarations to build on every start (~35 ms on a cheap phone's first
    // paint), and a database at any older version still upgrades straight to 8. To change the
    // schema: add a version declaring the tables it adds or changes (Dexie keeps the others from
    // the versions before), with an upgrade if rows must change; drop an older declaration only
    // if its upgrade can no longer matter.
    //   prefs, outbox, profiles: device preferences, the sync outbox, my profile (v1).
    //   Synced tables and sync bookkeeping (v2). reviewStates: review states of lesson key
    //   points (v3). challengeDrafts: one draft per challenge (v4). organisation_data_rules:
    //   approved tools and data rules, one row per organisation (v6). attempt_reviews: an
    //   ambassador's rubric scores and comment (v7).
    // Version 8: prompt uses name a starter prompt in starter_prompt_id (the server's prompt_id is
    // a `prompts` row), and a use outside any organisation has organisation_id null, not ''. Uses
    // and outbox entries an older version wrote are moved over, so that they sync.
    this.version(8)
      .stores({
        prefs: '&key',
        outbox: '++seq, &id, state, table',
        profiles: '&id',
        syncState: '&key',
        progress_events: '&id, lesson_id, occurred_at',
        quiz_answers: '&id, lesson_id, question_id',
        self_assessments: '&id, competency_id, assessed_at',
        challenge_attempts: '&id, challenge_id, created_at',
        prompt_uses: '&id, prompt_id, starter_prompt_id, used_at',
        prompts: '&id, organisation_id, status',
        prompt_revisions: '&id, prompt_id',
        organisations: '&id',
        departments: '&id, organisation_id',
        job_roles: '&id, organisation_id',
        memberships: '&id, organisation_id, user_id',
        reviewStates: '&cardId, due, lessonId',
        challengeDrafts: '&challenge_id, updated_at',
        organisation_data_rules: '&id, organisation_id',
        attempt_reviews: '&id, attempt_id, organisation_id, created_at',
      })
      .upgrade(async (tx) => {
        await tx
          .table('prompt_uses')
          .toCollection()
          .modify((row: Record<string, unknown>) => void Object.assign(row, promptUseV8(row)))
        await tx
          .table('outbox')
          .where('table')
          .equals('prompt_uses')
          .modify((entry: OutboxEntry) => {
            if (entry.op !== 'upsert') return
            entry.row = { ...entry.row, ...promptUseV8(entry.row) }
            // Refused for the old shape: sent again, under a new mutation id (the server
            // remembers the old id's refusal).
            if (entry.state === 'rejected' && entry.reason === 'invalid_row') {
              entry.id = crypto.randomUUID()
              entry.state = 'pending'
              delete entry.reason
              entry.tries = 0
            }
          })
      })
    // Version 9: drafts, the unsent text of every other form (library share, review, profile,
    // admin words), one row per form and record. No rows change.
    this.version(9).stores({ drafts: '&key, updated_at' })
    // Version 10: the community (issue 16): posts, one level of comments, the person's own
    // reactions and "I tried this too", reports. No rows change.
    this.version(10).stores({
      community_posts: '&id, organisation_id, created_at, status, kind',
      community_comments: '&id, post_id',
      community_reactions: '&id, post_id',
      community_replications: '&id, post_id',
      community_reports: '&id, organisation_id, target_id',
    })
    // Version 11: the ideas board (F4: ideas, my votes) and organisation challenges made from
    // community posts (F3). No rows change.
    this.version(11).stores({
      ideas: '&id, organisation_id, status',
      idea_votes: '&id, idea_id',
      organisation_challenges: '&id, organisation_id, status, source_post_id',
    })
    // Version 12: the weekly pulse (issue 17), the person's own answers, one per ISO week; and the
    // last answer of each insight function (HR's figures, the privacy preview) for offline use.
    this.version(12).stores({
      pulse_responses: '&id, week',
      insightsCache: '&key',
    })
    // Version 13: HR's programme tracker and ROI model (issue 18), one row per organisation each,
    // synced to HR and admins only. No rows change.
    this.version(13).stores({
      hr_programmes: '&id, organisation_id',
      roi_models: '&id, organisation_id',
    })
    // Version 14: the mapping survey (issue 18 H2): rounds (every member reads them) and the
    // person's own answers, one per round. No rows change.
    this.version(14).stores({
      surveys: '&id, organisation_id',
      survey_responses: '&id, survey_id',
    })
    // Version 15: HR's skills matrix (issue 18 H3): target levels per job role and the report's
    // picked success story, synced to HR and admins only; the last matrix and story answers of
    // the server for offline use (cleared on sign-out). No rows change.
    this.version(15).stores({
      skill_targets: '&id, organisation_id',
      report_story_picks: '&id, organisation_id',
      matrixCache: '&key',
    })
    // Another tab opened a newer version of the database (or deletes it): Dexie closes this
    // connection (its default handler runs first); the page is told, so it can ask for a reload.
    this.on('versionchange', () => notifyDatabaseEvent('superseded'))
    this.on('blocked', () => notifyDatabaseEvent('blocked'))
    this.on('ready', () => notifyDatabaseEvent('opened'))
  }
}

/** The fields of a prompt use as version 8 stores them (see the version 8 upgrade). */
function promptUseV8(row: Record<string, unknown>) {
  const promptId = typeof row.prompt_id === 'string' ? row.prompt_id : null
  const starter = promptId?.startsWith('lp-') ?? false
  return {
    prompt_id: starter ? null : promptId,
    starter_prompt_id: starter ? promptId : ((row.starter_prompt_id as string | undefined) ?? null),
    organisation_id: row.organisation_id || null,
  }
}

export const db = new LoftDb()

// Any local write (each has an outbox entry) may add to the person's activity (activityEvents.ts).
db.outbox.hook('creating', () => notifyActivityChange())
