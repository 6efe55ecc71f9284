import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import MatrixPage from '@/pages/MatrixPage.vue'
import StoryConsent from '@/features/community/components/StoryConsent.vue'
import { db, type CommunityPostRow, type MembershipRow } from '@/data/db'
import { RemoteRequestError } from '@/data/remote/errors'
import type { Remote } from '@/data/remote/types'
import { competencyIds } from '@/domain/competence'
import type { MatrixAnswer, MatrixFigures } from '@/domain/matrix'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const KB = '30000000-0000-4000-a000-000000000001'
const IT = '30000000-0000-4000-a000-000000000002'

const figures = (o: Partial<MatrixFigures>): MatrixFigures => ({
  self_people: 6,
  self: [0, 3, 3, 0],
  self_avg: 2.5,
  objective_people: 2,
  objective: null,
  objective_avg: null,
  ...o,
})

const answer: MatrixAnswer = {
  min_group: 5,
  generated_at: '2026-12-07T06:00:00Z',
  people: 24,
  competencies: [...competencyIds],
  roles: [
    {
      key: KB,
      name: 'Kundebehandler',
      suppressed: false,
      people: 9,
      competencies: {
        'ai-basics': figures({ objective_people: 6, objective: [2, 4, 0, 0], objective_avg: 1.7 }),
        'own-tools': figures({}),
      },
    },
    { key: IT, name: 'IT-konsulent', suppressed: true },
  ],
}

class FakeRemote {
  calls: string[] = []
  failWith: Error | null = null
  answer: unknown = answer
  push = async () => []
  pull = async () => ({ changes: [], cursor: null, hasMore: false })
  redeemInvite = async () => ({ organisationId: ORG })
  async rpc(fn: string, args: Record<string, unknown>) {
    this.calls.push(`${fn}:${String(args.p_organisation_id)}`)
    if (this.failWith) throw this.failWith
    return this.answer
  }
}

async function seed(roles: MembershipRow['roles']) {
  await db.organisations.put({
    id: ORG,
    name: 'Nordlys Industri AS',
    min_group_size: 5,
    created_at: '2025-10-01T00:00:00.000Z',
  })
  await db.memberships.put({
    id: crypto.randomUUID(),
    user_id: ME,
    organisation_id: ORG,
    roles,
    created_at: '2025-10-01T00:00:00.000Z',
  } as never)
}

const mounted: { unmount: () => void }[] = []
const settle = () => new Promise((resolve) => setTimeout(resolve, 50))
async function mountMatrix(locale: 'nb' | 'en', remote: FakeRemote | null) {
  const m = await mountWithApp(MatrixPage, { locale, path: '/insights/matrix' })
  mounted.push(m.wrapper)
  useSessionStore(m.pinia).userId = ME
  useSyncStatusStore(m.pinia).setRemote(remote as unknown as Remote | null, ME)
  return m
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})
afterEach(async () => {
  for (const w of mounted.splice(0)) w.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe('the skills matrix', () => {
  it('shows gaps in words, a suppressed role without numbers, and the default targets note (nb)', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    const { wrapper } = await mountMatrix('nb', remote)
    await waitFor(() => wrapper.find('[data-testid="matrix-table"]').exists(), 4000)
    expect(remote.calls).toEqual([`skills_matrix:${ORG}`])
    const rows = wrapper.findAll('[data-testid="matrix-table"] tbody tr')
    const kb = rows.find((r) => r.find('th').text().includes('Kundebehandler'))!
    const it = rows.find((r) => r.find('th').text().includes('IT-konsulent'))!
    // ai-basics: default target 3, measured 1.7 → a large gap, said in words.
    expect(kb.text()).toContain('Stort gap: 1,3 under målet')
    expect(kb.text()).toContain('Mål 3 · nå 1,7 (målt)')
    // own-tools: too few measured, so the self-assessment (2.5) → a gap of 0.5.
    expect(kb.text()).toContain('Mål 3 · nå 2,5 (egenvurdert)')
    expect(it.text()).toContain('For få personer til å vise tall')
    expect(it.text()).not.toMatch(/\d/)
    expect(wrapper.text()).toContain('standardmål fra kompetansemodellen')
    // Row and column headers for screen readers.
    expect(wrapper.findAll('th[scope="col"]')).toHaveLength(competencyIds.length + 1)
    expect(kb.find('th').attributes('scope')).toBe('row')
  })

  it('a cell opens with the keyboard: focus moves to its details, with suggestions and the target', async () => {
    await seed(['member', 'hr'])
    const { wrapper } = await mountMatrix('en', new FakeRemote())
    await waitFor(() => wrapper.find('[data-testid="matrix-table"]').exists(), 4000)
    const cell = wrapper.find('[data-testid="matrix-table"] tbody button')
    expect(cell.element.tagName).toBe('BUTTON') // reachable with Tab, opened with Enter or Space
    expect(cell.attributes('aria-expanded')).toBe('false')
    await cell.trigger('click')
    await waitFor(() => wrapper.find('[data-testid="matrix-suggestions"]').exists(), 4000)
    expect(cell.attributes('aria-expanded')).toBe('true')
    expect(document.activeElement?.id).toBe('matrix-detail-title')
    const links = wrapper.findAll('[data-testid="matrix-suggestions"] a')
    expect(links.length).toBeGreaterThan(0)
    expect(links[0]!.attributes('href')).toMatch(/^\/learn\/lesson\//)
    // HR sets a target: stored for the job role, with its outbox entry.
    await wrapper.find('[data-testid="matrix-detail"] select').setValue('4')
    await waitFor(() => wrapper.text().includes('Target 4 · now 1.7 (measured)'), 4000)
    expect((await db.skill_targets.get(KB))?.targets).toEqual({ 'ai-basics': 4 })
    expect(await db.outbox.where('table').equals('skill_targets').count()).toBe(1)
  })

  it('nothing fetched and a server error: says both, and can be retried', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    remote.failWith = new RemoteRequestError('boom', 'XX000')
    const { wrapper } = await mountMatrix('nb', remote)
    await waitFor(() => wrapper.text().includes('Klarte ikke å hente tallene'), 4000)
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('Ingen matrise er hentet på denne enheten ennå')
    remote.failWith = null
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Prøv igjen')!
      .trigger('click')
    await waitFor(() => wrapper.find('[data-testid="matrix-table"]').exists(), 4000)
  })

  it('an organisation without job roles says so; a member sees no matrix', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    remote.answer = { ...answer, roles: [] }
    const { wrapper } = await mountMatrix('nb', remote)
    await waitFor(() => wrapper.text().includes('ingen stillingsroller'), 4000)
    mounted.pop()!.unmount()
    await Promise.all(db.tables.map((table) => table.clear()))
    await seed(['member'])
    const member = await mountMatrix('nb', new FakeRemote())
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(member.wrapper.find('[data-testid="matrix-table"]').exists()).toBe(false)
  })
})

describe('the success story consent', () => {
  const post: CommunityPostRow = {
    id: '40000000-0000-4000-a000-000000000001',
    organisation_id: ORG,
    author_id: ME,
    kind: 'success_story',
    title: 'Tilbud på 20 minutter',
    body: '',
    task: '',
    department_id: null,
    tool: null,
    prompt_text: null,
    minutes_before: 60,
    minutes_after: 20,
    data_class: 'green',
    tags: [],
    source_kind: null,
    source_id: null,
    status: 'published',
    moderation_reason: null,
    revision: 1,
    created_at: '2026-12-01T10:00:00.000Z',
    updated_at: '2026-12-01T10:00:00.000Z',
    reaction_counts: { useful: 0, tried: 0, thanks: 0 },
    comment_count: 0,
    replication_count: 0,
    replication_median_saved: null,
  }

  it('is off by default; the author turns it on (and the name), and off again', async () => {
    await db.community_posts.put(post)
    const { wrapper } = await mountWithApp(StoryConsent, { props: { post, userId: ME } })
    mounted.push(wrapper)
    const toggle = wrapper.find('[data-testid="story-consent-toggle"]')
    expect((toggle.element as HTMLInputElement).checked).toBe(false)
    expect(wrapper.find('[data-testid="story-named-toggle"]').exists()).toBe(false)
    expect(wrapper.find('legend').text()).toBe('Suksesshistorie')
    await toggle.setValue(true)
    await settle()
    let stored = await db.community_posts.get(post.id)
    expect(stored).toMatchObject({ story_consent: true, story_named: false })
    await wrapper.setProps({ post: stored })
    await wrapper.find('[data-testid="story-named-toggle"]').setValue(true)
    await settle()
    stored = await db.community_posts.get(post.id)
    expect(stored).toMatchObject({ story_consent: true, story_named: true })
    await wrapper.setProps({ post: stored })
    await wrapper.find('[data-testid="story-consent-toggle"]').setValue(false)
    await settle()
    stored = await db.community_posts.get(post.id)
    expect(stored).toMatchObject({ story_consent: false, story_named: false })
    expect(await db.outbox.where('table').equals('community_posts').count()).toBe(3)
  })

  it("refuses someone else's post", async () => {
    const theirs = { ...post, author_id: '00000000-0000-4000-a000-000000000009' }
    await db.community_posts.put(theirs)
    const { wrapper } = await mountWithApp(StoryConsent, { props: { post: theirs, userId: ME } })
    mounted.push(wrapper)
    await wrapper.find('[data-testid="story-consent-toggle"]').setValue(true)
    await settle()
    await waitFor(() => wrapper.find('[role="alert"]').exists(), 2000)
    expect((await db.community_posts.get(post.id))?.story_consent).toBeUndefined()
  })
})
