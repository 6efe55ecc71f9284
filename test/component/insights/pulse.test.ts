import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import PulsePage from '@/pages/PulsePage.vue'
import PulseDueCard from '@/features/pulse/components/PulseDueCard.vue'
import { db } from '@/data/db'
import { pulseWeek } from '@/domain/insights'
import { useSessionStore } from '@/stores/session'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { makeFodselsnummer } from '../../helpers/fnr'

const ME = '00000000-0000-4000-a000-000000000001'
const wrappers: { unmount: () => void }[] = []

async function mount(component: typeof PulsePage, path: string, locale: 'nb' | 'en' = 'nb') {
  const mounted = await mountWithApp(component, { locale, path })
  useSessionStore(mounted.pinia).userId = ME
  wrappers.push(mounted.wrapper)
  return mounted
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
  localStorage.clear()
})

afterEach(async () => {
  for (const w of wrappers.splice(0)) w.unmount()
  await new Promise((resolve) => setTimeout(resolve, 20))
  document.body.innerHTML = ''
})

describe('weekly pulse page', () => {
  it('answers in a few taps; the privacy guard stops personal data first', async () => {
    const { wrapper } = await mount(PulsePage, '/me/pulse')
    await waitFor(() => wrapper.find('form.pulse-form').exists(), 4000)
    await wrapper.get('input[name="pulse-used-ai"][value="true"]').setValue(true)
    await wrapper.findAll('input[name="pulse-minutes"]')[2]!.setValue(true)
    await wrapper.findAll('input[name="pulse-satisfaction"]')[3]!.setValue(true)
    await wrapper.get('#pulse-obstacle').setValue(`Kunden med fnr ${makeFodselsnummer(15, 3, 1985)} ringte`)
    await wrapper.get('input[type="checkbox"]').setValue(true)
    await wrapper.get('form.pulse-form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Fjern personopplysningene før du sender.'))
    expect(await db.pulse_responses.count()).toBe(0)

    await wrapper.get('#pulse-obstacle').setValue('Fant ikke de godkjente verktøyene')
    await wrapper.get('#pulse-theme').setValue('tools')
    await wrapper.get('form.pulse-form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Du har svart denne uka.'), 4000)
    const rows = await db.pulse_responses.toArray()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      used_ai: true,
      minutes_band: '15-60',
      satisfaction: 4,
      obstacle: 'Fant ikke de godkjente verktøyene',
      obstacle_theme: 'tools',
      share_words: true,
      week: pulseWeek(new Date()),
    })
    expect(await db.outbox.count()).toBe(1)
    // The history shows the answer, to the person only.
    expect(wrapper.text()).toContain('Brukte KI: Ja')
    expect(wrapper.text()).toContain('Ordene delt anonymt')
  })

  it('skipping needs one tap and says so kindly (en)', async () => {
    const { wrapper } = await mount(PulsePage, '/me/pulse', 'en')
    await waitFor(() => wrapper.find('form.pulse-form').exists(), 4000)
    await wrapper.findAll('button').find((b) => b.text() === 'Not this week')!.trigger('click')
    await waitFor(() => wrapper.text().includes("Fine, we'll ask again next week."), 4000)
    expect((await db.pulse_responses.toArray())[0]!.skipped).toBe(true)
    expect(wrapper.text()).toContain('Skipped')
  })
})

describe("Learn's pulse card", () => {
  it('is not shown once this week is answered or skipped', async () => {
    // Every day, all day: the window is always open, so only "done this week" decides.
    await db.prefs.put({ key: 'learningWindow', value: { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '23:59' } })
    const { wrapper } = await mount(PulseDueCard as never, '/learn')
    await waitFor(() => wrapper.find('[data-testid="pulse-card"]').exists(), 4000)
    await wrapper.findAll('button').find((b) => b.text() === 'Ikke denne uka')!.trigger('click')
    await waitFor(() => !wrapper.find('[data-testid="pulse-card"]').exists(), 4000)
    expect(wrapper.text()).toContain('Greit, vi spør igjen neste uke.')
  })
})
