import { onScopeDispose, shallowRef } from 'vue'

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
 * The design tokens a canvas needs, read at render time (a canvas cannot use CSS variables), and
 * read again when the theme changes: the user's choice (`data-theme` on <html>) or the system's.
 * `version` changes with every re-read, so a chart can be keyed on it and drawn afresh.
 */
export function useChartTheme() {
  const colors = shallowRef(readColors())
  const version = shallowRef(0)
  const refresh = () => {
    colors.value = readColors()
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
