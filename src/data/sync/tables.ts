/**
 * The tables the sync engine moves between Dexie and the server. Names and field names are the
 * server's (snake_case), so a pulled row is stored as it came and a local row is pushed as it is.
 */

/** Personal append-only events: never edited, so they never conflict. */
export const personalEventTables = [
  'progress_events',
  'quiz_answers',
  'self_assessments',
  'challenge_attempts',
  'prompt_uses',
] as const

/** One row per person; the server keys it by the signed-in user, whatever id the device used. */
export const singletonTables = ['profiles'] as const

/** Shared, revisioned rows the client may edit (an edit on an old revision becomes a new one). */
export const revisionedTables = ['prompts'] as const

/**
 * Organisation settings that an admin edits on a device (one row per organisation, last write
 * wins); every member reads them. The server's RLS rejects a push from anyone but an admin.
 */
export const adminEditableTables = ['organisation_data_rules'] as const

/**
 * Reviews of challenge attempts (C3): an ambassador's device writes them; the server sets who
 * wrote them and whose attempt it is, refuses any change afterwards, and sends them to the learner.
 */
export const reviewTables = ['attempt_reviews'] as const

/**
 * The community (issue 16): organisation rows their authors write (a post, a comment, a report);
 * the organisation's ambassadors hide and restore posts and comments and resolve reports. The
 * server owns the author, the timestamps, a post's revision and aggregates.
 */
export const communityTables = [
  'community_posts',
  'community_comments',
  'community_reports',
] as const

/**
 * A person's own community rows, read by nobody else: reactions (un-react deletes the row) and
 * "I tried this too". Colleagues see only the counts on the post.
 */
export const personalCommunityTables = ['community_reactions', 'community_replications'] as const

/**
 * The weekly pulse (H5): one row per person and week, read and written only by the person; HR
 * sees aggregates through public.insights(), never a row. Answering again replaces the week's row.
 */
export const pulseTables = ['pulse_responses'] as const

/**
 * HR's programme tracker and ROI model (H1, H6): one row each per organisation (its id is the
 * organisation's id, last write wins), read and written only by the organisation's HR people and
 * admins (the server's RLS decides; members' devices never receive them).
 */
export const hrProgrammeTables = ['hr_programmes', 'roi_models'] as const

/**
 * The mapping survey (H2): rounds HR and admins open and close, which every member reads; a
 * person's answer to a round, read and written only by them (HR sees counts through
 * public.survey_results, never a row).
 */
export const surveyTables = ['surveys'] as const
export const personalSurveyTables = ['survey_responses'] as const

/**
 * HR's skills matrix (H3): target levels per job role (id = the job role's id) and the report's
 * picked success story (id = the organisation's id); last write wins, HR and admins only.
 */
export const matrixTables = ['skill_targets', 'report_story_picks'] as const

/**
 * The ideas board and organisation challenges (F4, F3): a named idea its author writes (an
 * anonymous one never goes through sync_push: push.ts sends it with submit_anonymous_idea), its
 * status and answer set by ambassadors, HR and admins; a challenge an ambassador makes from a post,
 * published by the credited author's consent. Votes are personal: only the person reads their own.
 */
export const ideaTables = ['ideas', 'organisation_challenges'] as const
export const personalIdeaTables = ['idea_votes'] as const

/** Rows the client only reads. */
export const readOnlyTables = [
  'prompt_revisions',
  'organisations',
  'departments',
  'job_roles',
  'memberships',
] as const

export const syncedTables = [
  ...personalEventTables,
  ...singletonTables,
  ...revisionedTables,
  ...adminEditableTables,
  ...reviewTables,
  ...hrProgrammeTables,
  ...matrixTables,
  ...surveyTables,
  ...personalSurveyTables,
  ...pulseTables,
  ...communityTables,
  ...ideaTables,
  ...personalIdeaTables,
  ...personalCommunityTables,
  ...readOnlyTables,
] as const

export type SyncedTable = (typeof syncedTables)[number]

/**
 * Tables in the server's registry (private.synced_tables) that this client does not keep: a pulled
 * row of one is skipped (apply.ts). `invites`: no screen of this version lists invites, so no
 * device keeps them.
 * test/db/databaseTypes.test.ts checks that these and `syncedTables` together are the registry.
 */
export const serverOnlyTables = ['invites'] as const

export function isSyncedTable(name: string): name is SyncedTable {
  return (syncedTables as readonly string[]).includes(name)
}

export function isSingletonTable(name: string): boolean {
  return (singletonTables as readonly string[]).includes(name)
}
