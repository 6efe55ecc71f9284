import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Component } from 'vue'
import SurveyAnswerPage from '@/pages/SurveyAnswerPage.vue'
import SurveyPage from '@/pages/SurveyPage.vue'
import { db, type MembershipRow, type SurveyRow } from '@/data/db'
import { RemoteRequestError } from '@/data/remote/errors'
import type { Remote } from '@/data/remote/types'
import type { SurveyCell, SurveyResults } from '@/domain/survey'
import { localDate } from '@/domain/streaks/localDate'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const ROUND = '40000000-0000-4000-a000-000000000001'
const SALES = '20000000-0000-4000-a000-000000000001'
const inTwoWeeks = localDate(new Date(Date.now() + 14 * 86_400_000))

const round = (over: Partial<SurveyRow> = {}): SurveyRow => ({
  id: ROUND,
  organisation_id: ORG,
  title: 'Kartlegging høst',
  status: 'open',
  closes_on: inTwoWeeks,
  opened_at: '2026-12-01T08:00:00.000Z',
  ...over,
})

const cell = (over: Partial<SurveyCell>): SurveyCell => ({
  dimension: 'organisation',
  key: 'all',
  name: null,
  people: 12,
  members: 20,
  choices: { tools: { chatgpt: 9, copilot: 4 } },
  skills: { 'ai-basics': { '2': 6, '3': 6 } },
  themes: { barriers_text: { data_rules: 3 } },
  quotes: [],
  ...over,
})

const results = (cells: SurveyCell[]): SurveyResults => ({
  survey: {
    id: ROUND,
    title: 'Kartlegging høst',
    status: 'closed',
    opened_at: '2026-12-01T08:00:00Z',
    closes_on: '2026-12-14',
  },
  min_group: 5,
  cells,
})

class FakeRemote implements Remote {
  calls: string[] = []
  answer: unknown = results([])
  failWith: Error | null = null
  pending: Promise<void> | null = null
  push = async () => []
  pull = async () => ({ changes: [], cursor: null, hasMore: false })
  redeemInvite = async () => ({ organisationId: ORG })
  async rpc(fn: string, args: Record<string, unknown>) {
    this.calls.push(`${fn}:${String(args.p_survey_id)}`)
    if (this.pending) await this.pending
    if (this.failWith) throw this.failWith
    return this.answer
  }
}

async function seed(roles: MembershipRow['roles'], rounds: SurveyRow[] = [round()]) {
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
    department_id: null,
  })
  await db.surveys.bulkPut(rounds)
}

const mounted: { unmount: () => void }[] = []
async function mountPage(
  component: Component,
  path: string,
  remote: Remote | null,
  props?: Record<string, unknown>,
  locale: 'nb' | 'en' = 'nb',
) {
  const m = await mountWithApp(component, { locale, path, props })
  mounted.push(m.wrapper)
  useSessionStore(m.pinia).userId = ME
  useSyncStatusStore(m.pinia).setRemote(remote, ME)
  return m
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  localStorage.clear()
})

afterEach(async () => {
  for (const w of mounted.splice(0)) w.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe('the survey form', () => {
  it('pages one group per screen, with focus on the new screen, and back', async () => {
    await seed(['member'])
    const { wrapper } = await mountPage(SurveyAnswerPage, `/me/survey/${ROUND}`, null, {
      id: ROUND,
    })
    await waitFor(() => wrapper.text().includes('Side 1 av 7'), 4000)
    expect(wrapper.find('h2').text()).toBe('Verktøy og oppgaver')
    expect(wrapper.findAll('input[type="checkbox"][name="tools"]')).toHaveLength(8)
    await wrapper.find('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Side 2 av 7'))
    expect(wrapper.find('h2').text()).toBe('Hva du kan i dag')
    expect(document.activeElement).toBe(wrapper.find('h2').element)
    expect(wrapper.findAll('input[type="radio"][name="assess-ai-basics"]')).toHaveLength(4)
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Tilbake')!
      .trigger('click')
    await waitFor(() => wrapper.text().includes('Side 1 av 7'))
  })

  it('limits free text to what the server takes and shows the count near it', async () => {
    await seed(['member'])
    const { wrapper } = await mountPage(SurveyAnswerPage, `/me/survey/${ROUND}`, null, {
      id: ROUND,
    })
    await waitFor(() => wrapper.text().includes('Side 1 av 7'), 4000)
    const other = wrapper.find('#survey-tools_other')
    expect(other.attributes('maxlength')).toBe('120')
    await other.setValue('x'.repeat(110))
    await waitFor(() => wrapper.text().includes('110 av 120 tegn'))
    for (let i = 0; i < 4; i++) await wrapper.find('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Side 5 av 7'))
    expect(wrapper.find('#survey-time_thieves_text').attributes('maxlength')).toBe('500')
  })

  it('keeps a draft: what was ticked is there after leaving and coming back', async () => {
    await seed(['member'])
    const first = await mountPage(SurveyAnswerPage, `/me/survey/${ROUND}`, null, { id: ROUND })
    await waitFor(() => first.wrapper.text().includes('Side 1 av 7'), 4000)
    await first.wrapper.find('input[name="tools"][value="copilot"]').setValue(true)
    await new Promise((resolve) => setTimeout(resolve, 400))
    first.wrapper.unmount()
    mounted.splice(0)
    const second = await mountPage(SurveyAnswerPage, `/me/survey/${ROUND}`, null, { id: ROUND })
    await waitFor(() => second.wrapper.text().includes('Side 1 av 7'), 4000)
    await waitFor(
      () =>
        (second.wrapper.find('input[name="tools"][value="copilot"]').element as HTMLInputElement)
          .checked,
    )
  })

  it('saves the answer with its outbox entry in one go, consent off unless ticked', async () => {
    await seed(['member'])
    const { wrapper } = await mountPage(SurveyAnswerPage, `/me/survey/${ROUND}`, null, {
      id: ROUND,
    })
    await waitFor(() => wrapper.text().includes('Side 1 av 7'), 4000)
    await wrapper.find('input[name="tools"][value="chatgpt"]').setValue(true)
    for (let i = 0; i < 6; i++) await wrapper.find('form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Side 7 av 7'))
    expect(wrapper.text()).toContain('HR kan sitere fritekstene mine anonymt')
    await wrapper.find('#survey-barriers_text').setValue('Usikker på personvern')
    await wrapper.find('form').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="survey-saved"]').exists(), 4000)
    const rows = await db.survey_responses.toArray()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      survey_id: ROUND,
      barriers_text: 'Usikker på personvern',
      quote_consent: false,
    })
    expect(rows[0]!.answers.tools).toEqual(['chatgpt'])
    const outbox = await db.outbox.toArray()
    expect(outbox.map((e) => e.table)).toEqual(['survey_responses'])
  })

  it('says a closed round is closed, with no form', async () => {
    await seed(['member'], [round({ status: 'closed' })])
    const { wrapper } = await mountPage(SurveyAnswerPage, `/me/survey/${ROUND}`, null, {
      id: ROUND,
    })
    await waitFor(() => wrapper.text().includes('Denne runden er stengt'), 4000)
    expect(wrapper.find('form').exists()).toBe(false)
  })
})

describe("HR's survey results", () => {
  it('shows no rounds yet, and the form to open one', async () => {
    await seed(['member', 'hr'], [])
    const { wrapper } = await mountPage(SurveyPage, '/insights/survey', new FakeRemote())
    await waitFor(() => wrapper.text().includes('Ingen runder ennå'), 4000)
    expect(wrapper.text()).toContain('Åpne en ny runde')
  })

  it('says "fetching" while it waits, then the results of shown groups only', async () => {
    await seed(['member', 'hr'], [round({ status: 'closed' })])
    const remote = new FakeRemote()
    let release = () => {}
    remote.pending = new Promise((resolve) => (release = resolve))
    remote.answer = results([
      cell({}),
      cell({ dimension: 'department', key: SALES, name: 'Salg', people: 7, members: 9 }),
    ])
    const { wrapper } = await mountPage(SurveyPage, '/insights/survey', remote)
    await waitFor(() => wrapper.text().includes('Henter'), 4000)
    release()
    await waitFor(() => wrapper.text().includes('12 av 20 har svart'), 4000)
    expect(remote.calls).toEqual([`survey_results:${ROUND}`])
    const options = wrapper.findAll('#survey-group option').map((o) => o.text())
    expect(options).toEqual(['Hele organisasjonen (12)', 'Avdeling: Salg (7)'])
    expect(wrapper.text()).toContain('Grupper med færre enn 5 svar vises ikke')
    expect(wrapper.text()).toContain('Personvern og regler')
    expect(wrapper.find('table').text()).toContain('2,5')
  })

  it('says too few answers when the server suppressed everything (en)', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    remote.answer = results([])
    const { wrapper } = await mountPage(SurveyPage, '/insights/survey', remote, undefined, 'en')
    await waitFor(() => wrapper.text().includes('Fewer than 5 people have answered so far'), 4000)
    expect(wrapper.find('#survey-group').exists()).toBe(false)
  })

  it('says so when the server refuses or fails, with a retry', async () => {
    await seed(['member', 'hr'])
    const remote = new FakeRemote()
    remote.failWith = new RemoteRequestError('insufficient_privilege', '42501')
    const { wrapper } = await mountPage(SurveyPage, '/insights/survey', remote)
    await waitFor(
      () => wrapper.find('[data-testid="insights-status"] [role="alert"]').exists(),
      4000,
    )
    remote.failWith = new RemoteRequestError('boom', 'XX000')
    await useSyncStatusStore().setRemote(remote, ME)
    await waitFor(() => wrapper.findAll('button').some((b) => b.text() === 'Prøv igjen'), 4000)
    remote.failWith = null
    remote.answer = results([cell({})])
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Prøv igjen')!
      .trigger('click')
    await waitFor(() => wrapper.text().includes('12 av 20 har svart'), 4000)
  })
})

describe("the quarterly report's survey section", () => {
  const EARLIER = '40000000-0000-4000-a000-000000000002'

  it('shows the latest closed round and the change since the one before, in percentage points', async () => {
    const ReportSurvey = (await import('@/features/programme/report/ReportSurvey.vue')).default
    await seed(
      ['member', 'hr'],
      [
        round({
          status: 'closed',
          title: 'Vår',
          opened_at: '2026-06-01T08:00:00.000Z',
          closes_on: '2026-06-14',
        }),
        round({
          id: EARLIER,
          status: 'closed',
          title: 'Høst',
          opened_at: '2025-12-01T08:00:00.000Z',
          closes_on: '2025-12-14',
        }),
        round({ id: '40000000-0000-4000-a000-000000000003', status: 'open', title: 'Nå' }),
      ],
    )
    const remote = new FakeRemote()
    remote.rpc = async (_fn: string, args: Record<string, unknown>) => {
      remote.calls.push(String(args.p_survey_id))
      return args.p_survey_id === EARLIER
        ? results([
            cell({
              people: 20,
              choices: { tools: { chatgpt: 5 } },
              skills: { 'ai-basics': { '1': 20 } },
            }),
          ])
        : results([cell({})])
    }
    const { wrapper } = await mountPage(ReportSurvey, '/insights/report', remote, {
      organisationId: ORG,
    })
    await waitFor(() => wrapper.text().includes('+50 p.p.'), 4000)
    expect(remote.calls.sort()).toEqual([EARLIER, ROUND].sort())
    const chatgpt = wrapper.findAll('tr').find((r) => r.find('th').text() === 'ChatGPT')!
    expect(chatgpt.text()).toMatch(/25\s?%/)
    expect(chatgpt.text()).toMatch(/75\s?%/)
    expect(wrapper.text()).toContain('Vår, stengt')
    // Self-rated level: 1,0 before, 2,5 after.
    const basics = wrapper.findAll('tr').find((r) => r.find('th').text() === 'Hva KI er')!
    expect(basics.text()).toContain('1,0')
    expect(basics.text()).toContain('2,5')
  })

  it('says "too few" for a round the server suppressed, and nothing when no round has closed', async () => {
    const ReportSurvey = (await import('@/features/programme/report/ReportSurvey.vue')).default
    await seed(['member', 'hr'], [round({ status: 'closed' })])
    const remote = new FakeRemote()
    remote.answer = results([])
    const { wrapper } = await mountPage(ReportSurvey, '/insights/report', remote, {
      organisationId: ORG,
    })
    await waitFor(() => wrapper.text().includes('For få svar til å vise tall'), 4000)
    expect(wrapper.find('table').exists()).toBe(false)
    await db.surveys.clear()
    await waitFor(() => wrapper.text().includes('Ingen stengt kartlegging ennå'), 4000)
  })
})
