import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/data/db'
import {
  finishAttempt,
  InvalidAttemptError,
  latestFlawResults,
  learnerDepartment,
  listAttempts,
  recordFlawResult,
  submitForReview,
} from '@/data/repos/challenge.repo'
import { NoOrganisationError } from '@/data/repos/membership.repo'
import { emptyDraft, listDrafts, type ChallengeDraft } from '@/data/repos/draft.repo'
import { challengeDrafts } from '@/data/repos/formDraft.repo'

// As one tab's useDraft stores and reads them.
const saveDraft = (draft: ChallengeDraft) => challengeDrafts.save(draft.challenge_id, draft, 0, 'tab')
const getDraft = async (id: string) => (await challengeDrafts.read(id))?.value

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

const finished = {
  challengeId: 'ch-meeting-minutes',
  prompt: 'Du er referent. Skriv et referat.',
  output: 'Referat …',
  checklist: { facts_checked: 'yes', bias: 'not_relevant' } as const,
  selfScore: 3,
  minutesSaved: 20,
}

describe('drafts', () => {
  it('stores every field and the step, and reads them back', async () => {
    const draft = {
      ...emptyDraft('ch-a'),
      step: 'output',
      prompt: 'Skriv et svar',
      checklist: { facts_checked: 'no' },
    }
    await saveDraft(draft)
    const stored = await getDraft('ch-a')
    expect(stored).toMatchObject({ step: 'output', prompt: 'Skriv et svar', checklist: { facts_checked: 'no' } })
    // Only the device keeps drafts: nothing is queued for the server.
    expect(await db.outbox.count()).toBe(0)
  })

  it('keeps one draft per challenge and lists the newest first', async () => {
    await saveDraft({ ...emptyDraft('ch-a'), prompt: 'første' })
    await new Promise((r) => setTimeout(r, 5))
    await saveDraft({ ...emptyDraft('ch-b'), prompt: 'andre' })
    await new Promise((r) => setTimeout(r, 5))
    await saveDraft({ ...emptyDraft('ch-a'), prompt: 'første, endret' })
    const drafts = await listDrafts()
    expect(drafts.map((d) => [d.challenge_id, d.prompt])).toEqual([
      ['ch-a', 'første, endret'],
      ['ch-b', 'andre'],
    ])
    await challengeDrafts.remove('ch-a')
    expect(await getDraft('ch-a')).toBeUndefined()
  })
})

describe('challenge attempts', () => {
  it('saves a finished attempt with its outbox entry and removes the draft in one go', async () => {
    await saveDraft({ ...emptyDraft(finished.challengeId), prompt: finished.prompt })
    const attempt = await finishAttempt(finished)
    expect(await db.challenge_attempts.get(attempt.id)).toMatchObject({
      challenge_id: 'ch-meeting-minutes',
      self_score: 3,
      minutes_saved: 20,
      submitted_for_review: false,
      checklist: { facts_checked: 'yes', bias: 'not_relevant' },
    })
    const outbox = await db.outbox.toArray()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ table: 'challenge_attempts', op: 'upsert', row: { id: attempt.id } })
    expect(await getDraft(finished.challengeId)).toBeUndefined()
  })

  it('rejects an empty prompt, a score outside 1–4 and impossible minutes, writing nothing', async () => {
    await expect(finishAttempt({ ...finished, prompt: '  ' })).rejects.toThrow(InvalidAttemptError)
    await expect(finishAttempt({ ...finished, selfScore: 5 })).rejects.toThrow(InvalidAttemptError)
    await expect(finishAttempt({ ...finished, minutesSaved: -1 })).rejects.toThrow(InvalidAttemptError)
    await expect(finishAttempt({ ...finished, minutesSaved: 2.5 })).rejects.toThrow(InvalidAttemptError)
    // More than the server takes (a 64 KB row): saved, it could never sync.
    await expect(finishAttempt({ ...finished, output: 'x'.repeat(100_000) })).rejects.toThrow(
      expect.objectContaining({ code: 'too_long' }),
    )
    await expect(
      finishAttempt({ ...finished, prompt: '漢'.repeat(19_000), output: '字'.repeat(19_000) }),
    ).rejects.toThrow(expect.objectContaining({ code: 'too_long' }))
    expect(await db.challenge_attempts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('lists attempts newest first', async () => {
    const first = await finishAttempt(finished)
    await new Promise((r) => setTimeout(r, 5))
    const second = await finishAttempt({ ...finished, challengeId: 'ch-other' })
    expect((await listAttempts()).map((a) => a.id)).toEqual([second.id, first.id])
  })

  it('submits for review to the organisation, with a second outbox entry', async () => {
    const attempt = await finishAttempt(finished)
    await db.memberships.put({
      id: crypto.randomUUID(),
      user_id: crypto.randomUUID(),
      organisation_id: 'org-1',
      roles: ['member'],
      created_at: new Date().toISOString(),
    })
    await submitForReview(attempt.id)
    expect(await db.challenge_attempts.get(attempt.id)).toMatchObject({
      submitted_for_review: true,
      organisation_id: 'org-1',
    })
    const outbox = await db.outbox.orderBy('seq').toArray()
    expect(outbox.map((e) => e.row.submitted_for_review)).toEqual([false, true])
  })

  it('refuses to submit without an organisation (the server would reject it)', async () => {
    const attempt = await finishAttempt(finished)
    await expect(submitForReview(attempt.id)).rejects.toThrow(NoOrganisationError)
    expect((await db.challenge_attempts.get(attempt.id))?.submitted_for_review).toBe(false)
    expect(await db.outbox.count()).toBe(1)
  })
})

describe('spot-the-flaw results', () => {
  it('records a progress event with the score and keeps the latest per exercise', async () => {
    await recordFlawResult({ flawId: 'fl-a', hits: 1, misses: 2, falseAlarms: 0 })
    await new Promise((r) => setTimeout(r, 5))
    await recordFlawResult({ flawId: 'fl-a', hits: 3, misses: 0, falseAlarms: 1 })
    const latest = await latestFlawResults()
    expect(latest.get('fl-a')).toMatchObject({
      kind: 'flaw_done',
      lesson_id: 'fl-a',
      data: { flaw_id: 'fl-a', hits: 3, misses: 0, false_alarms: 1 },
    })
    expect(await db.outbox.where('table').equals('progress_events').count()).toBe(2)
  })
})

describe('learner department', () => {
  it('reads a known department from onboarding, and nothing else', async () => {
    expect(await learnerDepartment()).toBeNull()
    const onboarding = { status: 'done', step: 'start', jobRole: '' }
    await db.prefs.put({ key: 'onboarding', value: { ...onboarding, department: 'sales' } })
    expect(await learnerDepartment()).toBe('sales')
    await db.prefs.put({ key: 'onboarding', value: { ...onboarding, department: 'astronauts' } })
    expect(await learnerDepartment()).toBeNull()
    await db.prefs.put({ key: 'onboarding', value: 'corrupt' })
    expect(await learnerDepartment()).toBeNull()
  })
})
