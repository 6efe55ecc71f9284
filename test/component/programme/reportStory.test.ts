import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ReportStory from '@/features/programme/report/ReportStory.vue'
import { db } from '@/data/db'
import { RemoteRequestError } from '@/data/remote/errors'
import type { Remote } from '@/data/remote/types'
import { useSessionStore } from '@/stores/session'
import { useSyncStatusStore } from '@/stores/syncStatus'
import { mountWithApp, waitFor } from '../../helpers/mount'

const ORG = '10000000-0000-4000-a000-000000000001'
const ME = '00000000-0000-4000-a000-000000000001'
const POST = '40000000-0000-4000-a000-000000000001'

const story = {
  id: POST,
  kind: 'success_story',
  title: 'Tilbud på 20 minutter',
  summary: 'Malen gjør første utkast.',
  minutes_before: 60,
  minutes_after: 20,
  created_at: '2026-11-20T09:00:00Z',
  author_name: 'Emma Berg',
}

/** A server whose success_stories answer waits until `release()` (or fails with `failWith`). */
class SlowRemote {
  failWith: Error | null = null
  answer: unknown[] = [story]
  private waiting: (() => void)[] = []
  push = async () => []
  pull = async () => ({ changes: [], cursor: null, hasMore: false })
  redeemInvite = async () => ({ organisationId: ORG })
  async rpc() {
    await new Promise<void>((resolve) => this.waiting.push(resolve))
    if (this.failWith) throw this.failWith
    return this.answer
  }
  release() {
    for (const resolve of this.waiting.splice(0)) resolve()
  }
}

const mounted: { unmount: () => void }[] = []
async function mountStory(locale: 'nb' | 'en', remote: SlowRemote) {
  const m = await mountWithApp(ReportStory, { locale, props: { organisationId: ORG } })
  mounted.push(m.wrapper)
  useSessionStore(m.pinia).userId = ME
  useSyncStatusStore(m.pinia).setRemote(remote as unknown as Remote, ME)
  return m.wrapper
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  // HR picked the story earlier (a synced row on this device).
  await db.report_story_picks.put({
    id: ORG,
    organisation_id: ORG,
    post_id: POST,
    updated_at: '2026-12-01T00:00:00Z',
    updated_by: ME,
  } as never)
})
afterEach(async () => {
  for (const w of mounted.splice(0)) w.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe("the report's success story", () => {
  it('says it is fetching, not "nobody consented" or "gone", until the server answers (nb)', async () => {
    const remote = new SlowRemote()
    const wrapper = await mountStory('nb', remote)
    const line = () => wrapper.find('[data-testid="report-story"]')
    await waitFor(() => line().text().includes('Henter historiene'), 4000)
    expect(wrapper.text()).not.toContain('Ingen har sagt ja')
    expect(wrapper.text()).not.toContain('ikke lenger tilgjengelig')
    remote.release()
    await waitFor(() => line().text().includes('Tilbud på 20 minutter'), 4000)
    expect(line().text()).toContain('Delt av Emma Berg')
    expect(line().text()).toContain('40 min spart')
  })

  it('a failed fetch says so and can be retried (en)', async () => {
    const remote = new SlowRemote()
    remote.failWith = new RemoteRequestError('server', 'XX000')
    const wrapper = await mountStory('en', remote)
    await new Promise((resolve) => setTimeout(resolve, 50))
    remote.release()
    const line = () => wrapper.find('[data-testid="report-story"]')
    await waitFor(() => line().text().includes('could not be fetched'), 4000)
    expect(line().attributes('role')).toBe('alert')
    expect(wrapper.text()).not.toContain('Nobody has agreed')
    remote.failWith = null
    await line().find('button').trigger('click')
    await new Promise((resolve) => setTimeout(resolve, 50))
    remote.release()
    await waitFor(() => line().text().includes('Tilbud på 20 minutter'), 4000)
  })

  it('once answered: a picked story withdrawn since is "no longer available"', async () => {
    const remote = new SlowRemote()
    remote.answer = []
    const wrapper = await mountStory('nb', remote)
    await new Promise((resolve) => setTimeout(resolve, 50))
    remote.release()
    await waitFor(() => wrapper.text().includes('ikke lenger tilgjengelig'), 4000)
    expect(wrapper.find('[data-testid="report-story"]').text()).toContain('Ingen har sagt ja')
  })
})
