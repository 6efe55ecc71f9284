/*
 * The demo company's skills matrix and report story (issue 18 H3, H7; tables public.skill_targets
 * and public.report_story_picks, columns community_posts.story_consent / story_named): HR's
 * target levels for a few job roles (the others keep the competence model's defaults), so the
 * matrix shows some gaps; two authors' consent to use a success story (one with their name), and
 * the named one picked for the monthly report. Deterministic: no randomness.
 */

type Row = Record<string, unknown>

export interface MatrixOptions {
  jobRoles: Row[]
  /** The community posts as generated; the chosen ones get the author's consent (changed in place). */
  posts: Row[]
  organisationId: string
  hrUserId: string
  /** Authors who consent, first one by name (the demo's employee persona first). */
  consentFrom: string[]
  until: number
}

/** Targets by job role name: what an HR lead would raise above the defaults. */
const targets: Record<string, Record<string, number>> = {
  Controller: { 'ai-basics': 4, 'data-compliance': 4, 'roi-measurement': 3 },
  Kundebehandler: { 'critical-output': 4, 'data-compliance': 4, 'simple-prompts': 3 },
  'Teamleder kundeservice': { 'ai-workflows': 3, 'quality-assurance': 3, 'roi-measurement': 2 },
  'Key account manager': { 'advanced-prompting': 3, 'ai-workflows': 3 },
  Salgskonsulent: { 'advanced-prompting': 3 },
  Skiftleder: { 'critical-output': 4, 'data-compliance': 4 },
}

export function generateMatrix(o: MatrixOptions): [string, Row[]][] {
  const saved = new Date(o.until - 3 * 86_400_000).toISOString()
  const skillTargets = o.jobRoles
    .filter((r) => targets[r.name as string])
    .map((r) => ({
      id: r.id,
      organisation_id: o.organisationId,
      job_role_id: r.id,
      targets: targets[r.name as string],
      updated_at: saved,
      updated_by: o.hrUserId,
    }))
  // Every post says so (a bulk insert writes null for a column a row lacks): off by default.
  for (const p of o.posts) {
    p.story_consent = false
    p.story_named = false
  }
  const stories: Row[] = []
  for (const [i, author] of o.consentFrom.entries()) {
    const post =
      o.posts.find(
        (p) =>
          p.author_id === author &&
          p.kind === 'success_story' &&
          p.status === 'published' &&
          !p.story_consent,
      ) ??
      o.posts.find(
        (p) => p.author_id === author && p.status === 'published' && !stories.includes(p),
      )
    if (!post) continue
    post.story_consent = true
    post.story_named = i === 0
    stories.push(post)
  }
  const pick = stories[0]
  return [
    ['public.skill_targets', skillTargets],
    [
      'public.report_story_picks',
      pick
        ? [
            {
              id: o.organisationId,
              organisation_id: o.organisationId,
              post_id: pick.id,
              updated_at: saved,
              updated_by: o.hrUserId,
            },
          ]
        : [],
    ],
  ]
}
