import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db, type IdeaRow } from '@/data/db'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { makeFodselsnummer } from '../../helpers/fnr'
import { clearDb, COLLEAGUE, ME, ORG, post, signedIn } from '../community/fixtures'

beforeEach(clearDb)

const text = () => document.body.textContent ?? ''

function idea(over: Partial<IdeaRow> = {}): IdeaRow {
  return {
    id: crypto.randomUUID(),
    organisation_id: ORG,
    author_id: null,
    anonymous: true,
    kind: 'obstacle',
    title: 'Uklart hva vi får lime inn',
    body: 'Vi tør ikke.',
    status: 'planned',
    answer: 'Datareglene kommer i januar.',
    answered_by: COLLEAGUE,
    answered_on: '2026-12-02',
    created_on: '2026-12-01',
    vote_count: 2,
    ...over,
  }
}

async function openBoard(roles: ('member' | 'ambassador')[] = ['member']) {
  const pinia = await signedIn(roles)
  const app = await mountWithApp(App, { path: '/community/ideas', pinia })
  await waitFor(() => app.wrapper.find('[data-testid="idea-new"]').exists(), 15000)
  return app
}

describe('the ideas board', () => {
  it('shows status and answer, filters by status, and votes once (again: takes it back)', async () => {
    await db.ideas.bulkPut([idea(), idea({ title: 'Kurs for ledere', kind: 'idea', status: 'new', answer: '', vote_count: 0, anonymous: false, author_id: COLLEAGUE })])
    const { wrapper } = await openBoard()
    await waitFor(() => wrapper.findAll('[data-testid="idea-card"]').length === 2)
    expect(text()).toContain('Planlagt')
    expect(text()).toContain('Datareglene kommer i januar.')
    expect(text()).toContain('1 av 2 innspill har fått svar.')
    await wrapper.find('input[name="idea-status"][value="planned"]').setValue(true)
    await waitFor(() => wrapper.findAll('[data-testid="idea-card"]').length === 1)
    const vote = wrapper.find('.idea__vote')
    expect(vote.attributes('aria-pressed')).toBe('false')
    await vote.trigger('click')
    await waitFor(() => wrapper.find('.idea__vote').attributes('aria-pressed') === 'true')
    await waitFor(() => text().includes('3 stemmer'))
    expect(await db.idea_votes.count()).toBe(1)
    expect((await db.outbox.toArray()).map((e) => [e.table, e.op])).toEqual([['idea_votes', 'upsert']])
    await wrapper.find('.idea__vote').trigger('click')
    await waitFor(() => wrapper.find('.idea__vote').attributes('aria-pressed') === 'false')
    expect(await db.idea_votes.count()).toBe(0)
    expect(wrapper.find('button[aria-controls^="idea-edit"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('composer: explains anonymity, blocks personal data, and sends anonymously with no author', async () => {
    const { wrapper } = await openBoard()
    await wrapper.find('[data-testid="idea-new"]').trigger('click')
    await waitFor(() => wrapper.find('[data-testid="idea-composer"]').exists())
    await wrapper.find('[data-testid="idea-anonymous"]').setValue(true)
    await waitFor(() => text().includes('Serveren lagrer ikke hvem som skrev det'))
    await wrapper.find('#idea-title').setValue('Treg godkjenning')
    await wrapper.find('#idea-body').setValue(`Saken til ${makeFodselsnummer(15, 3, 1985)} ble liggende.`)
    await wrapper.find('[data-testid="idea-composer"]').trigger('submit')
    await waitFor(() => text().includes('personopplysninger'))
    expect(await db.ideas.count()).toBe(0)
    await wrapper.find('#idea-body').setValue('Saker blir liggende i flere uker.')
    await wrapper.find('[data-testid="idea-composer"]').trigger('submit')
    await waitFor(() => text().includes('publiseres i morgen'))
    const [row] = await db.ideas.toArray()
    expect(row).toMatchObject({ anonymous: true, author_id: null, waiting: true, title: 'Treg godkjenning' })
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ table: 'ideas', via: 'anonymous_idea' })
    expect(Object.keys(entry!.row).sort()).toEqual(['body', 'id', 'kind', 'organisation_id', 'title'])
    await waitFor(() => text().includes('Venter på å bli publisert'))
    wrapper.unmount()
  })

  it('an ambassador sets a status with an answer', async () => {
    await db.ideas.put(idea({ status: 'new', answer: '' }))
    const { wrapper } = await openBoard(['member', 'ambassador'])
    await waitFor(() => wrapper.find('button[aria-controls^="idea-edit"]').exists())
    await wrapper.find('button[aria-controls^="idea-edit"]').trigger('click')
    await waitFor(() => wrapper.find('[data-testid="idea-status-editor"]').exists())
    const editor = wrapper.find('[data-testid="idea-status-editor"]')
    const planned = editor.findAll('input[type="radio"]').find((r) => (r.element as HTMLInputElement).value === 'planned')
    await planned!.setValue(true)
    await editor.find('textarea').setValue('Vi tar det i januar.')
    await wrapper.find('[data-testid="idea-status-editor"]').trigger('submit')
    await waitFor(() => text().includes('Vi tar det i januar.') && !wrapper.find('[data-testid="idea-status-editor"]').exists())
    const [row] = await db.ideas.toArray()
    expect(row).toMatchObject({ status: 'planned', answer: 'Vi tar det i januar.', answered_by: ME })
    wrapper.unmount()
  })
})

describe('a challenge from a post', () => {
  it('the ambassador prefills it from the post and sends it to the author', async () => {
    const p = post({ task: 'Kravspesifikasjon på to timer', prompt_text: 'Du er innkjøper …' })
    await db.community_posts.put(p)
    const pinia = await signedIn(['member', 'ambassador'])
    const { default: TurnIntoChallenge } = await import('@/features/orgChallenges/TurnIntoChallenge.vue')
    const { wrapper } = await mountWithApp(TurnIntoChallenge, { props: { postId: p.id }, pinia })
    await waitFor(() => wrapper.find('[data-testid="turn-open"]').exists(), 15000)
    await wrapper.find('[data-testid="turn-open"]').trigger('click')
    await waitFor(() => wrapper.find('#oc-title').exists())
    expect((wrapper.find('#oc-example_prompt').element as HTMLTextAreaElement).value).toBe('Du er innkjøper …')
    await wrapper.find('[data-testid="turn-form"]').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="oc-status"]').exists())
    const [row] = await db.organisation_challenges.toArray()
    expect(row).toMatchObject({ status: 'awaiting_author', source_post_id: p.id, credited_user_id: COLLEAGUE, task: 'Kravspesifikasjon på to timer' })
    expect(row!.checklist).toHaveLength(3)
    wrapper.unmount()
  })

  it('the author sees what they agree to in the notice on their post, and agrees', async () => {
    const p = post({ author_id: ME })
    await db.community_posts.put(p)
    await db.organisation_challenges.put({
      id: crypto.randomUUID(), organisation_id: ORG, source_post_id: p.id, credited_user_id: ME, created_by: COLLEAGUE,
      title: 'Kravspek', task: 'Skriv en kravspek', example_prompt: '', checklist: ['Ingen navn'], department_id: null,
      status: 'awaiting_author', created_at: '2026-12-02T10:00:00Z', updated_at: '2026-12-02T10:00:00Z',
    })
    const pinia = await signedIn()
    const { default: Notice } = await import('@/features/orgChallenges/ChallengeConsentNotice.vue')
    const { wrapper } = await mountWithApp(Notice, { props: { postId: p.id }, pinia })
    await waitFor(() => wrapper.find('[data-testid="challenge-consent"]').exists(), 15000)
    expect(wrapper.text()).toContain('Ingen navn')
    await wrapper.find('[data-testid="consent-yes"]').trigger('click')
    await waitFor(() => wrapper.text().includes('Innlegget ditt er blitt en utfordring'))
    const [row] = await db.organisation_challenges.toArray()
    expect(row!.status).toBe('published')
    wrapper.unmount()
  })
})
