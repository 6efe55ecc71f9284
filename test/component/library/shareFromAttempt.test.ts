import { beforeEach, describe, expect, it } from 'vitest'
import type { VueWrapper } from '@vue/test-utils'
import App from '@/App.vue'
import { db } from '@/data/db'
import { AlreadySharedError, submitPrompt } from '@/data/repos/library.repo'
import { NoOrganisationError } from '@/data/repos/membership.repo'
import { draftFromAttempt, draftToInput } from '@/features/library/promptDraft'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { makeFodselsnummer } from '../../helpers/fnr'

const ORG = '6f0c7f4e-1d7a-4c1e-9a55-3f4f1b2c9d01'
const ATTEMPT = '9a1e2b3c-4d5e-4f60-8a7b-1c2d3e4f5a6b'
const fnr = makeFodselsnummer(24, 12, 1988)
const prompt = `Du er referent. Skriv et kort referat som punktliste. Ansvarlig: Kari, ${fnr}.`

beforeEach(async () => {
  localStorage.clear()
  await Promise.all(db.tables.map((table) => table.clear()))
  await db.challenge_attempts.put({
    id: ATTEMPT,
    challenge_id: 'ch-meeting-minutes',
    prompt,
    output: 'Referat\n- Vi bytter leverandør.',
    checklist: {},
    self_score: 3,
    minutes_saved: 20,
    submitted_for_review: false,
    created_at: '2025-11-20T09:00:00.000Z',
  })
  await db.prefs.put({ key: 'onboarding', value: { department: 'project' } } as never)
})

const joinOrganisation = () =>
  db.memberships.put({
    id: crypto.randomUUID(),
    user_id: crypto.randomUUID(),
    organisation_id: ORG,
    roles: ['member'],
    created_at: '2025-10-01T00:00:00.000Z',
  })

const share = (w: VueWrapper) => w.find('[data-testid="share-prompt"]')
const buttonNamed = (w: VueWrapper, label: string) =>
  share(w)
    .findAll('button')
    .find((b) => b.text().trim() === label)

async function openAttempt(locale: 'nb' | 'en' = 'nb') {
  const mounted = await mountWithApp(App, { path: `/challenges/attempt/${ATTEMPT}`, locale })
  await waitFor(() => share(mounted.wrapper).exists(), 4000)
  return mounted
}

describe('share the prompt of a challenge attempt to the library', () => {
  it('without an organisation: one line in place of the share form, no form', async () => {
    const { wrapper } = await mountWithApp(App, { path: `/challenges/attempt/${ATTEMPT}` })
    await waitFor(() => wrapper.find('[data-testid="attempt-next-steps"]').exists(), 4000)
    expect(wrapper.get('[data-testid="attempt-next-steps"]').text()).toContain('deling av prompten krever')
    expect(share(wrapper).exists()).toBe(false)
    wrapper.unmount()
  })

  it('prefills from the challenge, is stopped by the guard, fixed in one tap, then shared once', async () => {
    await joinOrganisation()
    const { wrapper } = await openAttempt()
    await waitFor(() => buttonNamed(wrapper, 'Del denne prompten') !== undefined)
    await buttonNamed(wrapper, 'Del denne prompten')!.trigger('click')
    await waitFor(() => wrapper.find('#pf-title').exists())
    expect((wrapper.get('#pf-title').element as HTMLInputElement).value).toBe(
      'Referat fra et internt møte',
    )
    expect((wrapper.get('#pf-body').element as HTMLTextAreaElement).value).toBe(prompt)
    expect((wrapper.get('#pf-department').element as HTMLSelectElement).value).toBe('project')
    expect((wrapper.get('#pf-level').element as HTMLSelectElement).value).toBe('basic')
    expect(
      (wrapper.get('input[name="pf-class"][value="yellow"]').element as HTMLInputElement).checked,
    ).toBe(true)
    const checkedTools = wrapper
      .findAll('input[type="checkbox"]')
      .filter((box) => (box.element as HTMLInputElement).checked)
      .map((box) => (box.element as HTMLInputElement).value)
    expect(checkedTools).toEqual(['m365-copilot', 'chatgpt-business'])
    expect(document.activeElement?.id).toBe('pf-title')
    expect(wrapper.find('mark[data-kind="national-id"]').text()).toContain(fnr)

    // The guard blocks the submission: nothing is written.
    await wrapper.get('[data-testid="share-prompt"] form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Bytt ut personopplysningene som er markert over'))
    expect(await db.prompts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)

    await buttonNamed(wrapper, 'Bytt ut med [FØDSELSNUMMER]')!.trigger('click')
    await waitFor(() => !wrapper.find('mark[data-kind="national-id"]').exists())
    await wrapper.get('[data-testid="share-prompt"] form').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="share-status"]').exists())

    const rows = await db.prompts.toArray()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      id: ATTEMPT,
      organisation_id: ORG,
      status: 'submitted',
      title: 'Referat fra et internt møte',
      body: prompt.replace(fnr, '[FØDSELSNUMMER]'),
      department: 'project',
      level: 'basic',
      data_class: 'yellow',
    })
    expect(rows[0]!.body).not.toContain(fnr)
    expect(await db.outbox.where('table').equals('prompts').count()).toBe(1)
    expect(wrapper.get('[data-testid="share-status"]').text()).toBe(
      'Delt – venter på en KI-ambassadør.',
    )
    expect(document.activeElement).toBe(wrapper.get('[data-testid="share-status"]').element)
    expect(wrapper.get('[data-testid="share-prompt"] a').attributes('href')).toBe(
      `/library/${ATTEMPT}`,
    )
    expect(buttonNamed(wrapper, 'Del denne prompten')).toBeUndefined()
    expect(wrapper.find('[data-testid="share-prompt"] form').exists()).toBe(false)
    wrapper.unmount()

    // Back on the page later: the status, still no second share.
    const again = await openAttempt()
    await waitFor(() => again.wrapper.find('[data-testid="share-status"]').exists())
    expect(buttonNamed(again.wrapper, 'Del denne prompten')).toBeUndefined()
    // Once an ambassador's approval has been pulled, the status follows it.
    await db.prompts.update(ATTEMPT, { status: 'approved', revision: 2 })
    await waitFor(() =>
      again.wrapper.text().includes('Prompten er godkjent og ligger i biblioteket.'),
    )
    again.wrapper.unmount()
  })

  it('one "nothing found" line for a clean form; something sensitive in the title is caught too', async () => {
    await joinOrganisation()
    await db.challenge_attempts.update(ATTEMPT, { prompt: 'Skriv et kort referat som punktliste.' })
    const { wrapper } = await openAttempt()
    await waitFor(() => buttonNamed(wrapper, 'Del denne prompten') !== undefined)
    await buttonNamed(wrapper, 'Del denne prompten')!.trigger('click')
    await waitFor(() => wrapper.find('#pf-title').exists())
    const clean = () =>
      wrapper.findAll('.guard').filter((g) => g.text().includes('fant ingen')).length
    expect(clean()).toBe(1)
    await wrapper.get('#pf-title').setValue(`Referat for ${fnr}`)
    await waitFor(() => wrapper.findAll('mark[data-kind="national-id"]').length === 1)
    await wrapper.get('[data-testid="share-prompt"] form').trigger('submit')
    await waitFor(() => wrapper.text().includes('Bytt ut personopplysningene som er markert over'))
    expect(await db.prompts.count()).toBe(0)
    await buttonNamed(wrapper, 'Bytt ut med [FØDSELSNUMMER]')!.trigger('click')
    await waitFor(
      () =>
        (wrapper.get('#pf-title').element as HTMLInputElement).value ===
        'Referat for [FØDSELSNUMMER]',
    )
    expect(clean()).toBe(1)
    wrapper.unmount()
  })

  it("is not offered for a colleague's attempt on an ambassador's phone", async () => {
    await joinOrganisation()
    await db.challenge_attempts.update(ATTEMPT, {
      user_id: crypto.randomUUID(),
      submitted_for_review: true,
    })
    const { wrapper } = await mountWithApp(App, { path: `/challenges/attempt/${ATTEMPT}` })
    await waitFor(() => wrapper.find('#summary-heading').exists(), 4000)
    expect(share(wrapper).exists()).toBe(false)
    wrapper.unmount()
  })

  it('in English', async () => {
    await joinOrganisation()
    const { wrapper } = await openAttempt('en')
    await waitFor(() => buttonNamed(wrapper, 'Share this prompt') !== undefined)
    expect(share(wrapper).get('h2').text()).toBe('Share the prompt in the library')
    await buttonNamed(wrapper, 'Share this prompt')!.trigger('click')
    await waitFor(() => wrapper.find('#pf-title').exists())
    expect((wrapper.get('#pf-title').element as HTMLInputElement).value).toBe(
      'Minutes of an internal meeting',
    )
    await buttonNamed(wrapper, 'Replace with [NATIONAL ID]')!.trigger('click')
    await wrapper.get('[data-testid="share-prompt"] form').trigger('submit')
    await waitFor(() => wrapper.find('[data-testid="share-status"]').exists())
    expect(wrapper.get('[data-testid="share-status"]').text()).toBe(
      'Shared – waiting for an AI ambassador.',
    )
    wrapper.unmount()
  })
})

describe('submitPrompt from an attempt (repo)', () => {
  const input = () =>
    draftToInput(
      draftFromAttempt({
        prompt: 'Skriv et referat.',
        title: 'Referat',
        level: 'basic',
        dataClass: 'red',
        department: null,
        tools: [],
      }),
    )

  it('needs an organisation and writes nothing without one', async () => {
    await expect(submitPrompt(input(), null, { fromAttemptId: ATTEMPT })).rejects.toBeInstanceOf(
      NoOrganisationError,
    )
    expect(await db.prompts.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })

  it('takes the attempt id, a red task gives a yellow prompt, and a second share is refused', async () => {
    await joinOrganisation()
    const row = await submitPrompt(input(), null, { fromAttemptId: ATTEMPT })
    expect(row).toMatchObject({ id: ATTEMPT, data_class: 'yellow', status: 'submitted' })
    await expect(submitPrompt(input(), null, { fromAttemptId: ATTEMPT })).rejects.toBeInstanceOf(
      AlreadySharedError,
    )
    expect(await db.prompts.count()).toBe(1)
    expect(await db.outbox.count()).toBe(1)
  })
})
