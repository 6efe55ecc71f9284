import { computed, onScopeDispose, shallowRef } from 'vue'

export interface ChartColors {
  text: string
  muted: string
  grid: string
  surface: string
  primary: string
  primarySoft: string
  accent: string
}

const properties: Record<keyof ChartColors, string> = {
  text: '--color-text',
  muted: '--color-text-muted',
  grid: '--color-border',
  surface: '--color-surface',
  primary: '--color-primary',
  primarySoft: '--color-primary-soft',
  accent: '--color-accent',
}

function readColors(): ChartColors {
  const style = getComputedStyle(document.documentElement)
  const colors = {} as ChartColors
  for (const [name, property] of Object.entries(properties)) {
    colors[name as keyof ChartColors] = style.getPropertyValue(property).trim() || 'currentColor'
  }
  return colors
}

/**
 * The design tokens a canvas needs, read when a chart first draws (a canvas cannot use CSS
 * variables), and read again when the theme changes: the user's choice (`data-theme` on <html>) or
 * the system's. `version` changes with every change, so a chart can be keyed on it and drawn afresh.
 * Reading computed styles forces a style recalculation, so it waits until a chart needs them: the
 * Me page of someone with no activity yet draws no chart (it was ~10 ms of its first render).
 */
export function useChartTheme() {
  const version = shallowRef(0)
  const colors = computed(() => {
    void version.value
    return readColors()
  })
  const refresh = () => {
    version.value++
  }
  const observer = new MutationObserver(refresh)
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  })
  const media = window.matchMedia?.('(prefers-color-scheme: dark)')
  media?.addEventListener('change', refresh)
  onScopeDispose(() => {
    observer.disconnect()
    media?.removeEventListener('change', refresh)
  })
  return { colors, version }
}
