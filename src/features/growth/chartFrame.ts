import type { ChartOptions, ChartType } from 'chart.js'
import type { ChartColors } from './composables/useChartTheme'

/**
 * What every chart in the app shares (the growth charts on Me, HR's trend): no legend (a chart
 * has its own key), no animation, the theme's colours on the axes, whole numbers from zero up.
 */
export function chartOptions<T extends ChartType>(
  colors: ChartColors,
  axes: { stacked?: boolean; skipPadding?: number; yMax?: number } = {},
): ChartOptions<T> {
  const stacked = axes.stacked ? { stacked: true } : {}
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: false } },
    scales: {
      x: {
        ...stacked,
        grid: { display: false },
        ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: axes.skipPadding ?? 8 },
      },
      y: {
        ...stacked,
        beginAtZero: true,
        ...(axes.yMax === undefined ? {} : { max: axes.yMax }),
        ticks: { color: colors.muted, precision: 0 },
        grid: { color: colors.grid },
      },
    },
  } as ChartOptions<T>
}

/** A week or period start (an ISO date) as "7. des." / "Dec 7": the axis label and table row. */
export function dayLabel(d: (value: Date, options: Intl.DateTimeFormatOptions) => string, isoDate: string) {
  return d(new Date(`${isoDate}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' })
}
