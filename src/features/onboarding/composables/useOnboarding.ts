import { computed, ref } from 'vue'
import { useRouter } from 'vue-router'
import {
  getOnboarding,
  getLearningWindow,
  onboardingSteps,
  saveOnboarding,
  type OnboardingStep,
} from '@/data/repos/onboarding.repo'
import { latestSelfAssessment } from '@/data/repos/assessment.repo'
import { usePrefsStore } from '@/stores/prefs'
import { useSafeWrite } from '@/features/learn/composables/useSafeWrite'
import { isFirstStart, readBootState, writeBootState } from '@/data/bootState'

/**
 * The onboarding flow (L1): which step is shown, resumed from the stored step after a reload.
 * Steps whose answer is already known on this device (a chosen language, a department, a
 * self-assessment, a learning window) are passed over, so nothing is asked twice.
 */
export function useOnboarding() {
  const router = useRouter()
  const prefs = usePrefsStore()
  const safeWrite = useSafeWrite()
  // The language step, which shows nothing stored but the language (the prefs store has it from the
  // boot copy), shows at once on a first start or where the boot copy says it is the current step.
  // load() still asks IndexedDB (which loads after the first paint) and settles the step.
  const boot = readBootState()
  const ready = ref(
    isFirstStart() || (boot.onboarded === false && boot.onboardingStep === 'language'),
  )
  const step = ref<OnboardingStep>('language')
  let moved = false
  const known = ref(new Set<OnboardingStep>())
  const department = ref<string | null>(null)
  const jobRole = ref('')

  /** The steps this learner actually goes through ('start' is always shown). */
  const flow = computed(() =>
    onboardingSteps.filter((s) => s === step.value || !known.value.has(s)),
  )
  const index = computed(() => flow.value.indexOf(step.value))

  async function load() {
    const stored = await Promise.all([
      getOnboarding(),
      latestSelfAssessment(),
      getLearningWindow(),
    ]).catch(() => null)
    const [state, assessment, window] = stored ?? [null, {}, null]
    // Someone whose onboarding is behind them (the Learn guard sends a device without a boot copy
    // here without asking IndexedDB) goes on to Learn.
    if (state && state.status !== 'in_progress') {
      writeBootState({ onboarded: true })
      await router.replace('/learn')
      return
    }
    const skip = new Set<OnboardingStep>()
    if (prefs.locale !== null) skip.add('language')
    if (state?.department) skip.add('role')
    if (Object.keys(assessment).length > 0) skip.add('assessment')
    if (window) skip.add('window')
    known.value = skip
    department.value = state?.department ?? null
    jobRole.value = state?.jobRole ?? ''
    const from = onboardingSteps.indexOf(state?.step ?? 'language')
    // The learner may have moved on already, if the first step showed at once.
    if (!moved)
      step.value = onboardingSteps.slice(from).find((s) => s === 'start' || !skip.has(s)) ?? 'start'
    ready.value = true
    // The next visit to Learn comes straight here, without waiting for IndexedDB.
    if (stored) writeBootState({ onboarded: false, onboardingStep: step.value })
  }

  async function goTo(next: OnboardingStep) {
    moved = true
    step.value = next
    writeBootState({ onboardingStep: next })
    await safeWrite(() => saveOnboarding({ step: next }))
  }

  async function next() {
    const following = flow.value[index.value + 1]
    if (following) await goTo(following)
  }

  async function back() {
    const previous = flow.value[index.value - 1]
    if (previous) await goTo(previous)
  }

  async function finish(status: 'done' | 'skipped', to: string) {
    await safeWrite(() => saveOnboarding({ status }))
    writeBootState({ onboarded: true })
    await router.push(to)
  }

  // The build's pre-render has no IndexedDB: it renders the first step, as the browser does at first.
  if (!import.meta.env.SSR) void load()
  return { ready, step, flow, index, department, jobRole, next, back, finish }
}
