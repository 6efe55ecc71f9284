import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises } from '@vue/test-utils'
import App from '@/App.vue'
import { db, type AttemptReviewRow, type ChallengeAttemptRow } from '@/data/db'
import { useGrowth } from '@/features/growth/composables/useGrowth'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const AMBASSADOR = 'a0000000-0000-4000-8000-000000000001'
const LEARNER = 'b0000000-0000-4000-8000-000000000002'
const rubric = { prompt_quality: 3, critical_evaluation: 2, data_safety: 4, usefulness: 3 }

function attempt(overrides: Partial<ChallengeAttemptRow> = {}): ChallengeAttemptRow {
  return {
    id: crypto.randomUUID(),
    user_id: LEARNER,
    organisation_id: ORG,
    challenge_id: 'ch-meeting-minutes',
    prompt: 'Du er referent. Lag et referat med beslutninger og oppgaver.',
    output: '<img src=x onerror="alert(1)"> Referat fra møtet …',
    checklist: { facts_checked: 'yes', invented_sources: 'no' },
    self_score: 1,
    minutes_saved: 20,
    submitted_for_review: true,
    created_at: '2025-11-20T10:00:00.000Z',
    ...overrides,
  }
}

function review(attemptId: string, overrides: Partial<AttemptReviewRow> = {}): AttemptReviewRow {
  return {
    id: crypto.randomUUID(),
    attempt_id: attemptId,
    organisation_id: ORG,
    reviewer_id: AMBASSADOR,
    learner_id: LEARNER,
    rubric,
    score: 4,
    comment: 'Tydelig rolle og format. <b>Sjekk</b> navnene før du sender.',
    created_at: '2025-11-22T10:00:00.000Z',
    ...overrides,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

/** Signs in `userId` (device-side) with a synced membership holding `roles`. */
async function mountAs(path: string, userId: string, roles: ('member' | 'ambassador')[]) {
  await db.memberships.put({
    id: crypto.randomUUID(),
    user_id: userId,
    organisation_id: ORG,
    roles,
    created_at: '2025-11-01T10:00:00.000Z',
  })
  const mounted = await mountWithApp(App, { path })
  useSessionStore(mounted.pinia).userId = userId
  await flushPromises()
  return mounted
}

const radios = (wrapper: Awaited<ReturnType<typeof mountAs>>['wrapper'], name: string) =>
  wrapper.findAll(`input[type="radio"][name="${name}"]`)

describe('review screen (ambassador)', () => {
  it('keeps the review screen behind the ambassador role', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    const { wrapper } = await mountAs(`/curate/attempt/${shared.id}`, AMBASSADOR, ['member'])
    await waitFor(() => wrapper.text().includes('Denne delen er for'))
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })

  it('lists waiting attempts in the queue and opens one', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    const { wrapper, router } = await mountAs('/curate', AMBASSADOR, ['ambassador'])
    const tab = () => wrapper.findAll('[role="tab"]').find((t) => t.text() === 'Utfordringer')
    await waitFor(() => tab() !== undefined)
    await tab()!.trigger('mousedown')
    await tab()!.trigger('focus')
    await waitFor(() => wrapper.text().includes('Venter på vurdering'))
    const link = wrapper.get(`a[href="/curate/attempt/${shared.id}"]`)
    await waitFor(() => link.text() === 'Referat fra et internt møte') // content loads lazily
    await router.push(`/curate/attempt/${shared.id}`)
    await waitFor(() => wrapper.find('form').exists(), 4000)
    wrapper.unmount()
  })

  it('lists every waiting attempt but only the latest reviewed ones, with a button for more', async () => {
    const waiting = attempt({ created_at: '2025-11-25T10:00:00.000Z' })
    const reviewed = Array.from({ length: 12 }, (_, i) =>
      attempt({ created_at: `2025-10-${String(i + 1).padStart(2, '0')}T10:00:00.000Z` }),
    )
    await db.challenge_attempts.bulkPut([waiting, ...reviewed])
    await db.attempt_reviews.bulkPut(
      reviewed.map((a, i) => review(a.id, { created_at: `2025-10-${String(i + 2).padStart(2, '0')}T10:00:00.000Z` })),
    )
    const { wrapper } = await mountAs('/curate', AMBASSADOR, ['ambassador'])
    const tab = () => wrapper.findAll('[role="tab"]').find((t) => t.text() === 'Utfordringer')
    await waitFor(() => tab() !== undefined)
    await tab()!.trigger('mousedown')
    await tab()!.trigger('focus')
    await waitFor(() => wrapper.findAll('.attempts > li').length === 11)
    expect(wrapper.find(`a[href="/curate/attempt/${waiting.id}"]`).exists()).toBe(true)
    // The newest reviews are shown; the two oldest are behind the button.
    expect(wrapper.find(`a[href="/curate/attempt/${reviewed[0]!.id}"]`).exists()).toBe(false)
    const more = wrapper.findAll('button').find((b) => b.text() === 'Vis flere vurderte forsøk (2 til)')
    expect(more).toBeDefined()
    await more!.trigger('click')
    await waitFor(() => wrapper.findAll('.attempts > li').length === 13)
    expect(wrapper.findAll('button').some((b) => b.text().startsWith('Vis flere vurderte'))).toBe(false)
    wrapper.unmount()
  })

  it('shows the attempt as text, refuses an incomplete rubric, then sends the review as one row + outbox entry', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    const { wrapper } = await mountAs(`/curate/attempt/${shared.id}`, AMBASSADOR, ['ambassador'])
    await waitFor(() => wrapper.find('form').exists(), 4000)

    // The learner's work, never as HTML.
    expect(wrapper.get('[data-testid="attempt-output"]').text()).toContain('<img src=x onerror="alert(1)">')
    expect(wrapper.find('[data-testid="attempt-output"] img').exists()).toBe(false)
    expect(wrapper.text()).toContain('Egen score')
    expect(wrapper.text()).toContain('1 / 4')
    expect(wrapper.text()).toContain('Nei')

    // Nothing chosen: nothing saved, every group says what is missing, focus on the first.
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Vurderingen er ikke sendt ennå'))
    expect(wrapper.findAll('.field__error').filter((e) => e.text() === 'Velg et nivå.')).toHaveLength(5)
    expect(document.activeElement).toBe(radios(wrapper, 'prompt_quality')[0]!.element)
    expect(await db.attempt_reviews.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)

    // Four criteria and the overall score; one error left until the last is chosen.
    await radios(wrapper, 'prompt_quality')[2]!.setValue(true)
    await radios(wrapper, 'critical_evaluation')[1]!.setValue(true)
    await radios(wrapper, 'data_safety')[3]!.setValue(true)
    await radios(wrapper, 'usefulness')[2]!.setValue(true)
    expect(wrapper.findAll('.field__error').filter((e) => e.text() === 'Velg et nivå.')).toHaveLength(1)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(await db.attempt_reviews.count()).toBe(0)
    await radios(wrapper, 'score')[2]!.setValue(true)
    await wrapper.get('#review-comment').setValue('  Godt referat. Be KI markere usikre punkter.  ')
    await wrapper.get('form').trigger('submit')

    await waitFor(() => wrapper.text().includes('Vurdering fra en KI-ambassadør'))
    expect(wrapper.text()).toContain('Vurderingen er lagret på telefonen din')
    const [row] = await db.attempt_reviews.toArray()
    expect(row).toMatchObject({
      attempt_id: shared.id,
      organisation_id: ORG,
      reviewer_id: AMBASSADOR,
      learner_id: LEARNER,
      rubric,
      score: 3,
      comment: 'Godt referat. Be KI markere usikre punkter.',
    })
    const entries = await db.outbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ table: 'attempt_reviews', op: 'upsert', row: { id: row!.id } })
    expect(wrapper.find('form').exists()).toBe(false)
    wrapper.unmount()
  })

  it('refuses a comment over 2000 characters', async () => {
    const shared = attempt()
    await db.challenge_attempts.put(shared)
    const { wrapper } = await mountAs(`/curate/attempt/${shared.id}`, AMBASSADOR, ['ambassador'])
    await waitFor(() => wrapper.find('form').exists(), 4000)
    for (const name of ['prompt_quality', 'critical_evaluation', 'data_safety', 'usefulness', 'score']) {
      await radios(wrapper, name)[0]!.setValue(true)
    }
    await wrapper.get('#review-comment').setValue('x'.repeat(2001))
    await wrapper.get('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Kommentaren er for lang'))
    expect(document.activeElement?.id).toBe('review-comment')
    expect(await db.attempt_reviews.count()).toBe(0)
    wrapper.unmount()
  })
})

describe('the learner', () => {
  it('sees the review on the attempt page, with the status reviewed, the comment as text and no reviewer name', async () => {
    const mine = attempt()
    await db.challenge_attempts.put(mine)
    await db.attempt_reviews.put(review(mine.id))
    const { wrapper, router } = await mountAs(`/challenges/attempt/${mine.id}`, LEARNER, ['member'])
    await waitFor(() => wrapper.text().includes('Vurdering fra en KI-ambassadør'), 4000)
    expect(wrapper.get('[data-testid="attempt-status"]').text()).toBe('Status: Vurdert')
    expect(wrapper.get('[data-testid="review-overall"]').text()).toBe('Samlet: 4 av 4 – Svært godt')
    expect(wrapper.get('[data-testid="review-comment"]').text()).toBe(
      'Tydelig rolle og format. <b>Sjekk</b> navnene før du sender.',
    )
    expect(wrapper.find('[data-testid="review-comment"] b').exists()).toBe(false)
    expect(wrapper.text()).toContain('Personvern og datasikkerhet')
    expect(wrapper.text()).not.toContain(AMBASSADOR)
    // Reviewed: no longer "sent for review".
    expect(wrapper.find('[data-testid="review-submitted"]').exists()).toBe(false)

    await router.push('/challenges')
    await waitFor(() => wrapper.text().includes('Mine forsøk'), 4000)
    await waitFor(() => wrapper.text().includes('Vurdert'))
    wrapper.unmount()
  })

  it('sees "sent for review" until a review arrives', async () => {
    const mine = attempt()
    await db.challenge_attempts.put(mine)
    const { wrapper } = await mountAs(`/challenges/attempt/${mine.id}`, LEARNER, ['member'])
    await waitFor(() => wrapper.find('[data-testid="review-submitted"]').exists(), 4000)
    // A pulled review (no outbox entry) shows up without a reload.
    await db.attempt_reviews.put(review(mine.id, { score: 2 }))
    await waitFor(() => wrapper.text().includes('Samlet: 2 av 4 – På vei'))
    expect(wrapper.find('[data-testid="review-submitted"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it("the ambassador's score replaces the self-score in the objective estimate", async () => {
    const mine = attempt({ self_score: 1 })
    await db.challenge_attempts.put(mine)
    const Host = defineComponent({
      setup() {
        const { comparisons } = useGrowth()
        return () =>
          h('p', { id: 'objective' }, String(comparisons.value?.find((c) => c.competency === 'own-tools')?.objective))
      },
    })
    const { wrapper, pinia } = await mountWithApp(Host)
    useSessionStore(pinia).userId = LEARNER
    await waitFor(() => wrapper.get('#objective').text() === '1', 4000)
    await db.attempt_reviews.put(review(mine.id, { score: 4 }))
    await waitFor(() => wrapper.get('#objective').text() === '4', 4000)
    wrapper.unmount()
  })
})
