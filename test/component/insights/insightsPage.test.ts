import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import InsightsPage from '@/pages/InsightsPage.vue'
import PrivacyPreviewPage from '@/pages/PrivacyPreviewPage.vue'
import { db, type MembershipRow } from '@/data/db'
import { RemoteRequestError } from '@/data/remote/errors'
import { RemoteUnavailableError, type Remote } from '@/data/remote/types'
import type { InsightsAnswer, InsightsCell } from '@/domain/insights'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const SALES = '20000000-0000-4000-a000-000000000001'
const HR = '20000000-0000-4000-a000-000000000002'
const IT = '20000000-0000-4000-a000-000000000003'
const SELLER = '30000000-0000-4000-a000-000000000001'

const org: InsightsCell = {
  dimension: 'organisation',
  key: 'all',
  name: null,
  people: 24,
  active: 18,
  active_weekly_avg: 11.5,
  adoption: 0.75,
  lessons_completed: 41,
  challenges_completed: 12,
  flaw_accuracy: 0.82,
  reviews_given: 7,
  library_uses: 63,
  library_prompts_reused: 9,
  minutes_saved_low: 3000,
  minutes_saved_high: 7400,
  posts: 6,
  comments: 14,
  reactions: 30,
  replications: 4,
  ideas: 5,
  ideas_by_status: { new: 3, planned: 2 },
  pulse_responses: 19,
  pulse_used_ai_share: 0.68,
  pulse_satisfaction_avg: 3.9,
  pulse_minutes_bands: { '0': 2, '15-60': 9, '60-180': 8 },
  pulse_obstacle_themes: { time: 6, data_rules: 3 },
  pulse_quotes: ['Referatet tok to minutter i stedet for tjue.'],
}

function answer(from: string, active: number, cells: InsightsCell[] = []): InsightsAnswer {
  return {
    min_group: 5,
    period: { kind: '30d', from, to: '2026-12-06' },
    generated_at: '2026-12-07T03:00:00Z',
    cells: [{ ...org, active_weekly_avg: active }, ...cells],
  }
}

// Sales is shown; HR (4 people) and IT are absent: suppressed by the server.
const current = answer('2026-11-07', 11.5, [
  {
    dimension: 'department',
    key: SALES,
    name: 'Salg',
    people: 15,
    active: 12,
    adoption: 0.8,
    lessons_completed: 30,
    challenges_completed: 9,
  },
  {
    dimension: 'job_role',
    key: SELLER,
    name: 'Selger',
    people: 9,
    active: 7,
    adoption: 0.78,
    lessons_completed: 20,
    challenges_completed: 5,
  },
])

class FakeRemote implements Remote {
  calls: string[] = []
  failWith: Error | null = null
  push = async () => []
  pull = async () => ({ changes: [], cursor: null, hasMore: false })
  redeemInvite = async () => ({ organisationId: ORG })
  async insights(organisationId: string, period: string) {
    this.calls.push(`insights:${organisationId}:${period}`)
    if (this.failWith) throw this.failWith
    return current
  }
  async insightsTrend(_org: string, period: string, count: number) {
    this.calls.push(`trend:${period}:${count}`)
    if (this.failWith) throw this.failWith
    return Array.from({ length: count }, (_, i) => answer(`2026-0${(i % 9) + 1}-01`, 5 + i))
  }
  async insightsPreview(period: string) {
    this.calls.push(`preview:${period}`)
    if (this.failWith) throw this.failWith
    return {
      ...current,
      cells: [org, { dimension: 'department', key: HR, name: 'HR', suppressed: true }],
    }
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
    department_id: HR,
  })
  await db.departments.bulkPut([
    { id: SALES, organisation_id: ORG, name: 'Salg', created_at: '2025-10-01T00:00:00.000Z' },
    { id: HR, organisation_id: ORG, name: 'HR', created_at: '2025-10-01T00:00:00.000Z' },
    { id: IT, organisation_id: ORG, name: 'IT', created_at: '2025-10-01T00:00:00.000Z' },
  ] as never)
  await db.job_roles.put({
    id: SELLER,
    organisation_id: ORG,
    department_id: SALES,
    name: 'Selger',
    created_at: '2025-10-01T00:00:00.000Z',
  } as never)
}

const mountedWrappers: { unmount: () => void }[] = []

async function mountPage(
  component: typeof InsightsPage,
  path: string,
  locale: 'nb' | 'en',
  remote: Remote | null,
) {
  const mounted = await mountWithApp(component, { locale, path })
  mountedWrappers.push(mounted.wrapper)
  useSessionStore(mounted.pinia).userId = ME
  useSyncStatusStore(mounted.pinia).setRemote(remote, ME)
  return mounted
}

function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { value, configurable: true })
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

afterEach(async () => {
  setOnline(true)
  for (const wrapper of mountedWrappers.splice(0)) wrapper.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe('HR insights page', () => {
  it('shows the figures with their labels, and suppressed departments as "for få" (nb)', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'nb', remote)
    await waitFor(() => wrapper.text().includes('Andel aktive'), 4000)
    // The trend is a second call; its sparklines may arrive a tick later on a busy machine.
    await waitFor(() => wrapper.find('svg[role="img"]').exists(), 4000)
    expect(remote.calls).toContain(`insights:${ORG}:30d`)
    expect(remote.calls).toContain('trend:30d:6')
    const text = wrapper.text()
    expect(text).toMatch(/75\s?%/)
    expect(text).toContain('50–130 timer') // 3000–7400 minutes, rounded outwards, as a range
    expect(text).toContain('målt')
    expect(text).toContain('selvrapportert')
    expect(text).toMatch(/Hentet /)
    // Every department the organisation has is listed; the absent ones say "for få".
    const rows = wrapper.findAll('tbody tr')
    const row = (name: string) => rows.find((r) => r.find('th').text() === name)!
    expect(row('Salg').text()).toContain('15')
    expect(row('HR').text()).toContain('for få')
    expect(row('IT').text()).toContain('for få')
    expect(row('HR').text()).not.toMatch(/\d/)
    expect(text).toContain('Referatet tok to minutter i stedet for tjue.')
    expect(text).toContain('Tid')
    // Sparklines carry a sentence, not only a picture.
    expect(wrapper.find('svg[role="img"]').attributes('aria-label')).toMatch(/perioder/)
  })

  it('shows the programme links only once the figures are in, below them (nothing is pushed down)', async () => {
    await seed(['member', 'hr'])
    let release = () => {}
    const answered = new Promise<void>((resolve) => (release = resolve))
    class SlowRemote extends FakeRemote {
      override async insights(organisationId: string, period: string) {
        await answered
        return super.insights(organisationId, period)
      }
    }
    const remote = new SlowRemote()
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'nb', remote)
    await waitFor(
      () => remote.calls.length > 0 || wrapper.find('[aria-busy="true"]').exists(),
      4000,
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(wrapper.find('.programme-links').exists()).toBe(false)
    release()
    await waitFor(() => wrapper.find('.programme-links').exists(), 4000)
    const figures = wrapper.find('.kpi').element
    const links = wrapper.find('.programme-links').element
    expect(figures.compareDocumentPosition(links) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('switches period and asks the server for that period (en)', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'en', remote)
    await waitFor(() => wrapper.text().includes('Share active'), 4000)
    expect(wrapper.text()).toContain('too few')
    expect(wrapper.text()).toContain('measured')
    await wrapper.findAll('input[name="insights-period"]')[2]!.setValue(true)
    await waitFor(() => remote.calls.includes(`insights:${ORG}:quarter`), 4000)
    expect(remote.calls).toContain('trend:quarter:4')
  })

  it('offline: shows the last figures fetched and when', async () => {
    await seed(['member', 'hr'])
    await db.insightsCache.put({
      key: `insights:${ORG}:30d`,
      kind: 'insights',
      organisation_id: ORG,
      period: '30d',
      answer: current,
      fetched_at: '2026-12-06T09:30:00.000Z',
    })
    setOnline(false)
    const remote = new FakeRemote()
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'nb', remote)
    await waitFor(() => wrapper.text().includes('Du er uten nett. Dette er tallene fra'), 4000)
    expect(wrapper.text()).toMatch(/Dette er tallene fra .*2026/)
    expect(wrapper.text()).toContain('Andel aktive')
    expect(remote.calls.filter((c) => c.startsWith('insights'))).toEqual([])
  })

  it('a server error says so, keeps nothing made up, and can be retried', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    remote.failWith = new RemoteRequestError('boom', 'XX000')
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'nb', remote)
    await waitFor(() => wrapper.text().includes('Klarte ikke å hente tallene'), 4000)
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Andel aktive')
    remote.failWith = null
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Prøv igjen')!
      .trigger('click')
    await waitFor(() => wrapper.text().includes('Andel aktive'), 4000)
  })

  it('an unreachable server with nothing cached says offline, not an error', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    remote.failWith = new RemoteUnavailableError('down')
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'en', remote)
    await waitFor(() => wrapper.text().includes('no figures have been fetched'), 4000)
    // Nothing more is coming: the programme links are not held back.
    expect(wrapper.find('.programme-links').exists()).toBe(true)
  })

  it('people without the hr role get the role gate, and nothing is fetched', async () => {
    await seed(['member'])
    const remote = new FakeRemote()
    const { wrapper } = await mountPage(InsightsPage, '/insights', 'nb', remote)
    await waitFor(
      () =>
        wrapper.find('.empty-state, [class*="empty"]').exists() || wrapper.text().includes('HR'),
      4000,
    )
    expect(wrapper.text()).not.toContain('Andel aktive')
    expect(remote.calls).toEqual([])
  })
})

describe('privacy preview', () => {
  it('shows the organisation cell and says "too few people" for a small department (nb, en)', async () => {
    for (const [locale, few] of [
      ['nb', 'For få personer til å vise'],
      ['en', 'Too few people to show'],
    ] as const) {
      await Promise.all(db.tables.map((table) => table.clear()))
      await seed(['member'])
      const remote = new FakeRemote()
      const { wrapper } = await mountPage(PrivacyPreviewPage, '/me/privacy-preview', locale, remote)
      await waitFor(() => wrapper.find('[data-testid="preview-department"]').exists(), 4000)
      expect(remote.calls).toEqual(['preview:30d'])
      const department = wrapper.get('[data-testid="preview-department"]')
      expect(department.text()).toContain(few)
      expect(department.text()).toContain('HR')
      expect(department.text()).not.toMatch(/\d/)
      expect(wrapper.get('[data-testid="preview-organisation"]').text()).toContain('24')
      expect(wrapper.get('[data-testid="preview-rule"]').text()).toContain('5')
      mountedWrappers.splice(0).forEach((w) => w.unmount())
      document.body.innerHTML = ''
    }
  })
})
