import { beforeEach, describe, expect, it } from 'vitest'
import App from '@/App.vue'
import { db } from '@/data/db'
import { loadChallenges } from '@/content'
import { finishAttempt } from '@/data/repos/challenge.repo'
import { emptyDraft } from '@/data/repos/draft.repo'
import { challengeDrafts } from '@/data/repos/formDraft.repo'
import { mountWithApp, waitFor } from '../../helpers/mount'

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

describe('challenges page', () => {
  it("starts filtered to the learner's department and filters by level with chips", async () => {
    await db.prefs.put({
      key: 'onboarding',
      value: { status: 'done', step: 'start', department: 'hr', jobRole: '' },
    })
    const all = await loadChallenges()
    const hr = all.filter((c) => 'hr' in c.flavours)
    const { wrapper } = await mountWithApp(App, { path: '/challenges' })
    const cards = () => wrapper.findAll('a[href^="/challenges/ch-"]')
    await waitFor(() => cards().length === hr.length, 4000)
    const hrChip = wrapper.findAll('[role="group"] button').find((b) => b.text() === 'HR')!
    expect(hrChip.attributes('aria-pressed')).toBe('true')
    // Every challenge shows its data class as a word, not only a colour.
    expect(wrapper.findAll('a[href^="/challenges/ch-"] [data-class]')).toHaveLength(hr.length)

    await wrapper.findAll('button').find((b) => b.text() === 'Ekspert')!.trigger('click')
    await waitFor(() => cards().length === hr.filter((c) => c.level === 'expert').length)
    const allDepartments = wrapper.findAll('[role="group"]')[1]!.findAll('button')[0]!
    await allDepartments.trigger('click')
    await waitFor(() => cards().length === all.filter((c) => c.level === 'expert').length)
    // Spot-the-flaw exercises are listed apart.
    await waitFor(() => wrapper.findAll('a[href^="/challenges/flaw/"]').length >= 6)
    wrapper.unmount()
  })

  it('lists my drafts and attempts with their status', async () => {
    await challengeDrafts.save('ch-meeting-minutes', { ...emptyDraft('ch-meeting-minutes'), prompt: 'Halvveis' }, 0, 'tab')
    const attempt = await finishAttempt({
      challengeId: 'ch-requirement-spec',
      prompt: 'Du er innkjøper …',
      output: 'Krav …',
      checklist: {},
      selfScore: 2,
      minutesSaved: 10,
    })
    const { wrapper } = await mountWithApp(App, { path: '/challenges' })
    await waitFor(() => wrapper.find(`a[href="/challenges/attempt/${attempt.id}"]`).exists(), 4000)
    expect(wrapper.get(`a[href="/challenges/attempt/${attempt.id}"]`).text()).toContain('Fullført')
    expect(wrapper.get('.attempts a[href="/challenges/ch-meeting-minutes"]').text()).toContain('Utkast')
    wrapper.unmount()
  })
})
