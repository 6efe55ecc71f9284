import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import App from '@/App.vue'
import OnboardingPage from '@/pages/OnboardingPage.vue'
import { db } from '@/data/db'
import { getOnboarding, saveOnboarding } from '@/data/repos/onboarding.repo'
import { readBootState, writeBootState } from '@/data/bootState'
import { setPref } from '@/data/repos/prefs.repo'
import { latestSelfAssessment } from '@/data/repos/assessment.repo'
import { usePrefsStore } from '@/stores/prefs'
import { mountWithApp, waitFor } from '../../helpers/mount'
import { loadLessons } from '@/content'

// Spied on, not replaced: the last step needs the real lessons.
vi.mock('@/content', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/content')>()
  return { ...actual, loadLessons: vi.fn(actual.loadLessons) }
})

// Spied on, not replaced: a test holds its answer back.
vi.mock('@/data/repos/assessment.repo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/data/repos/assessment.repo')>()
  return { ...actual, latestSelfAssessment: vi.fn(actual.latestSelfAssessment) }
})

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()))
})

/** Makes onboarding's reading of IndexedDB wait until the returned function is called. */
function holdStoredAnswers() {
  const real = vi.mocked(latestSelfAssessment).getMockImplementation()!
  let answer = () => {}
  const answered = new Promise<void>((resolve) => (answer = resolve))
  vi.mocked(latestSelfAssessment).mockImplementationOnce(async () => {
    await answered
    return real()
  })
  return answer
}

const heading = (wrapper: {
  find: (s: string) => { exists: () => boolean; text: () => string }
}) => (wrapper.find('h2').exists() ? wrapper.find('h2').text() : '')

function button(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], label: string) {
  const found = wrapper.findAll('button').find((b) => b.text() === label)
  if (!found) throw new Error(`No button "${label}"`)
  return found
}

describe('onboarding', () => {
  it('sends a new learner from /learn to onboarding, and starts with the language', async () => {
    const { wrapper, router } = await mountWithApp(App, { path: '/learn' })
    await waitFor(() => router.currentRoute.value.path === '/onboarding')
    await waitFor(() => heading(wrapper) === 'Hvilket språk vil du bruke?')
    expect(wrapper.get('h1').text()).toBe('Kom i gang')
    wrapper.unmount()
  })

  it('on a very first start, shows the first step before IndexedDB has answered', async () => {
    const answer = holdStoredAnswers()
    const { wrapper } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    expect(heading(wrapper)).toBe('Hvilket språk vil du bruke?')
    answer()
    // Once IndexedDB has answered, the boot copy knows where this learner is.
    await waitFor(() => readBootState().onboarded === false)
    expect(readBootState().onboardingStep).toBe('language')
    expect(heading(wrapper)).toBe('Hvilket språk vil du bruke?')
    wrapper.unmount()
  })

  it('keeps a learner who moved on before IndexedDB answered where they are', async () => {
    const answer = holdStoredAnswers()
    const { wrapper } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    // Skipped without choosing: IndexedDB's answer alone would put them back on the language step.
    await button(wrapper, 'Hopp over').trigger('click')
    await waitFor(() => wrapper.find('#onboarding-department').exists())
    answer()
    await waitFor(() => readBootState().onboarded === false)
    expect(wrapper.find('#onboarding-department').exists()).toBe(true)
    expect(readBootState().onboardingStep).toBe('role')
    wrapper.unmount()
  })

  it('on a device whose boot copy says the language step is next, shows it before IndexedDB has answered', async () => {
    writeBootState({ onboarded: false, onboardingStep: 'language' })
    const answer = holdStoredAnswers()
    const { wrapper } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    expect(heading(wrapper)).toBe('Hvilket språk vil du bruke?')
    answer()
    await waitFor(
      () => readBootState().onboardingStep === 'language' && !!wrapper.find('h2').exists(),
    )
    wrapper.unmount()
  })

  it('on a device used before, past the language step, waits for IndexedDB before showing a step', async () => {
    writeBootState({ onboarded: false, onboardingStep: 'role' })
    const answer = holdStoredAnswers()
    const { wrapper } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    expect(wrapper.find('h2').exists()).toBe(false)
    expect(wrapper.find('[role="status"]').exists()).toBe(true)
    answer()
    await waitFor(() => heading(wrapper) === 'Hvilket språk vil du bruke?')
    wrapper.unmount()
  })

  it('sends someone whose onboarding is behind them on to Learn, and remembers it', async () => {
    // A device whose boot copy is gone: the Learn guard sent them here without asking IndexedDB.
    await saveOnboarding({ status: 'skipped' })
    const { wrapper, router } = await mountWithApp(App, { path: '/learn' })
    await waitFor(() => router.currentRoute.value.path === '/learn')
    expect(readBootState().onboarded).toBe(true)
    wrapper.unmount()
  })

  it('applies the language at once and resumes at the stored step after a remount', async () => {
    const first = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    await waitFor(() => heading(first.wrapper) === 'Hvilket språk vil du bruke?')
    await first.wrapper.get('input[value="en"]').setValue(true)
    expect(usePrefsStore(first.pinia).locale).toBe('en')
    await button(first.wrapper, 'Neste').trigger('click')
    await waitFor(() => first.wrapper.find('#onboarding-department').exists())
    await first.wrapper.get('#onboarding-department').setValue('sales')
    await first.wrapper.get('#onboarding-job-role').setValue('Key account manager')
    await button(first.wrapper, 'Neste').trigger('click')
    await waitFor(() => heading(first.wrapper) === 'Hvor står du i dag?')
    await vi.waitFor(async () => expect((await getOnboarding())?.step).toBe('assessment'))
    first.wrapper.unmount()

    // A reload: the language is known now, so it is not asked again, and the step is kept.
    // As in main.ts, the stored preferences are loaded before the app mounts.
    await setPref('locale', 'en')
    const pinia = createPinia()
    setActivePinia(pinia)
    await usePrefsStore(pinia).load()
    const second = await mountWithApp(OnboardingPage, { path: '/onboarding', locale: 'en', pinia })
    await waitFor(() => heading(second.wrapper) === 'Where are you today?')
    // Language and department are known: left are the assessment, the learning window and the start.
    expect(second.wrapper.text()).toContain('Step 1 of 3')
    expect(await getOnboarding()).toMatchObject({
      department: 'sales',
      jobRole: 'Key account manager',
    })

    // One level of competencies per screen: the basic ones first, then intermediate, then expert.
    expect(second.wrapper.text()).toMatch(/Step 1 of 3\s+· part 1 of 3/)
    expect(second.wrapper.findAll('fieldset.item')).toHaveLength(5)
    expect(second.wrapper.find('input[name="assess-ai-strategy"]').exists()).toBe(false)
    await second.wrapper.get('input[name="assess-data-compliance"][value="2"]').setValue(true)
    await second.wrapper.get('input[name="assess-ai-basics"][value="3"]').setValue(true)
    await button(second.wrapper, 'Next').trigger('click')
    await waitFor(() => second.wrapper.text().includes('part 2 of 3'))
    expect(second.wrapper.findAll('fieldset.item')).toHaveLength(3)
    await button(second.wrapper, 'Back').trigger('click') // back within the step keeps the answers
    await waitFor(() => second.wrapper.text().includes('part 1 of 3'))
    expect((second.wrapper.get('input[name="assess-ai-basics"][value="3"]').element as HTMLInputElement).checked).toBe(true)
    await button(second.wrapper, 'Next').trigger('click')
    await waitFor(() => second.wrapper.text().includes('part 2 of 3'))
    await button(second.wrapper, 'Next').trigger('click')
    await waitFor(() => second.wrapper.text().includes('part 3 of 3'))
    await button(second.wrapper, 'Save and continue').trigger('click')
    await waitFor(() => heading(second.wrapper) === 'When do you want to learn?')
    expect(await latestSelfAssessment()).toEqual({ 'data-compliance': 2, 'ai-basics': 3 })
    second.wrapper.unmount()
  })

  it('skips a step, and skipping the rest ends onboarding and opens Learn', async () => {
    await saveOnboarding({ step: 'role' })
    const { wrapper, router } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    await waitFor(() => heading(wrapper) === 'Hvor jobber du?')
    await button(wrapper, 'Hopp over').trigger('click')
    await waitFor(() => heading(wrapper) === 'Hvor står du i dag?')
    expect(await db.self_assessments.count()).toBe(0)
    await button(wrapper, 'Hopp over resten').trigger('click')
    await waitFor(() => router.currentRoute.value.path === '/learn')
    expect(await getOnboarding()).toMatchObject({ status: 'skipped', department: null })
    wrapper.unmount()
  })

  it('leaves the curriculum alone until the last step (a first visit downloads no lessons)', async () => {
    vi.mocked(loadLessons).mockClear()
    const { wrapper } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    await waitFor(() => heading(wrapper) === 'Hvilket språk vil du bruke?')
    expect(loadLessons).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('ends with the compliance lesson', async () => {
    vi.mocked(loadLessons).mockClear()
    await saveOnboarding({ step: 'start' })
    const { wrapper, router } = await mountWithApp(OnboardingPage, { path: '/onboarding' })
    await waitFor(() => heading(wrapper) === 'Først: datareglene')
    await waitFor(() => vi.mocked(loadLessons).mock.calls.length === 1)
    await button(wrapper, 'Start leksjonen om datareglene').trigger('click')
    await waitFor(() => router.currentRoute.value.path === '/learn/lesson/data-rules', 15000)
    expect((await getOnboarding())?.status).toBe('done')
    wrapper.unmount()
  })
})
