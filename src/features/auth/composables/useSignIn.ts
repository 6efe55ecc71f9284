import { computed, ref, watch } from 'vue'
import { useOnline } from '@/composables/useOnline'
import { useSessionStore } from '@/stores/session'
import { AuthError, type AuthErrorCode } from '@/data/auth/authClient'
import { CODE_LENGTH, isPlausibleEmail, normaliseCode } from '@/domain/signIn'

export type SignInStep = 'email' | 'code' | 'done'
export type SignInError = AuthErrorCode | 'code_length'

/** The e-mail → code → signed-in flow, with errors as codes the form translates. */
export function useSignIn() {
  const session = useSessionStore()
  const online = useOnline()
  const step = ref<SignInStep>(session.signedIn ? 'done' : 'email')
  const email = ref('')
  const code = ref('')
  const error = ref<SignInError | null>(null)
  const busy = ref(false)
  // Signed in already (or in another tab meanwhile): nothing to ask.
  watch(
    () => session.signedIn,
    (signedIn) => {
      if (signedIn) step.value = 'done'
      else if (step.value === 'done') step.value = 'email'
    },
  )

  async function run(action: () => Promise<void>) {
    error.value = null
    if (!online.value) {
      error.value = 'offline'
      return
    }
    busy.value = true
    try {
      await action()
    } catch (e) {
      error.value = e instanceof AuthError ? e.code : 'unknown'
    } finally {
      busy.value = false
    }
  }

  function sendCode() {
    if (!isPlausibleEmail(email.value)) {
      error.value = 'invalid_email'
      return Promise.resolve()
    }
    return run(async () => {
      await session.sendCode(email.value.trim())
      code.value = ''
      step.value = 'code'
    })
  }

  function verifyCode() {
    code.value = normaliseCode(code.value)
    if (code.value.length !== CODE_LENGTH) {
      error.value = 'code_length'
      return Promise.resolve()
    }
    return run(async () => {
      await session.verifyCode(email.value.trim(), code.value)
      step.value = 'done'
    })
  }

  function changeEmail() {
    error.value = null
    step.value = 'email'
  }

  const accountEmail = computed(() => session.email ?? email.value)

  return { step, email, code, error, busy, accountEmail, sendCode, verifyCode, changeEmail }
}
