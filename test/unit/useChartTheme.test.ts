import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useChartTheme } from '@/features/growth/composables/useChartTheme'

afterEach(() => {
  vi.restoreAllMocks()
  document.documentElement.removeAttribute('style')
  delete document.documentElement.dataset.theme
})

const flushMutations = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('useChartTheme', () => {
  it('reads no computed style until a chart asks for the colours', () => {
    const read = vi.spyOn(window, 'getComputedStyle')
    const scope = effectScope()
    const theme = scope.run(() => useChartTheme())!
    expect(read).not.toHaveBeenCalled()

    document.documentElement.style.setProperty('--color-primary', '#0b3954')
    expect(theme.colors.value.primary).toBe('#0b3954')
    expect(read).toHaveBeenCalledTimes(1)
    scope.stop()
  })

  it('reads the colours again, with a new version, when the chosen theme changes', async () => {
    const scope = effectScope()
    const theme = scope.run(() => useChartTheme())!
    document.documentElement.style.setProperty('--color-text', '#111111')
    expect(theme.colors.value.text).toBe('#111111')
    const before = theme.version.value

    document.documentElement.style.setProperty('--color-text', '#eeeeee')
    document.documentElement.dataset.theme = 'dark'
    await flushMutations()
    expect(theme.version.value).toBe(before + 1)
    expect(theme.colors.value.text).toBe('#eeeeee')
    scope.stop()
  })

  it('falls back to currentColor for a token the page does not define', () => {
    const scope = effectScope()
    const theme = scope.run(() => useChartTheme())!
    expect(theme.colors.value.accent).toBe('currentColor')
    scope.stop()
  })
})
