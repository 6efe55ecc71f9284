/** Survey rounds: which one invites a person, and whether it still takes answers. */
import { localDate, DEFAULT_TIME_ZONE } from '../streaks/localDate'

export interface SurveyRound {
  id: string
  organisation_id: string
  title: string
  status: 'open' | 'closed'
  closes_on: string
  opened_at?: string | null
}

/** Open, and its last day (Oslo) not passed: the server takes answers (and edits) to it. */
export function isAnswerable(round: SurveyRound, now: Date, timeZone = DEFAULT_TIME_ZONE): boolean {
  return round.status === 'open' && round.closes_on >= localDate(now, timeZone)
}

/** The round a member is invited to: the answerable one of their organisations, newest first. */
export function invitingRound<T extends SurveyRound>(
  rounds: readonly T[],
  organisationIds: readonly string[],
  now: Date,
): T | null {
  return (
    [...rounds]
      .filter((r) => organisationIds.includes(r.organisation_id) && isAnswerable(r, now))
      .sort((a, b) => (b.opened_at ?? '').localeCompare(a.opened_at ?? ''))[0] ?? null
  )
}

export type SurveyRoundProblem =
  'title_empty' | 'title_too_long' | 'closes_on_invalid' | 'closes_on_past'

/** A new round's title and last day, as HR typed them. */
export function checkNewRound(title: string, closesOn: string, now: Date): SurveyRoundProblem[] {
  const problems: SurveyRoundProblem[] = []
  const t = title.trim()
  if (t === '') problems.push('title_empty')
  if ([...t].length > 120) problems.push('title_too_long')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn) || closesOn > '2099-12-31')
    problems.push('closes_on_invalid')
  else if (closesOn < localDate(now)) problems.push('closes_on_past')
  return problems
}
