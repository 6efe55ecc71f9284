/*
 * The demo company's HR programme (PRODUCT.md H1, H6; tables public.hr_programmes and
 * public.roi_models): the seed's five steps started on the Monday of the company's first week,
 * with the pilot department first, each step's status from the weeks gone by, owners, short
 * notes, most pitfalls handled, and a sober ROI calculation in NOK. Deterministic: the same
 * inputs give the same rows (no randomness needed).
 */

type Row = Record<string, unknown>

const DAY = 86_400_000

export interface ProgrammeOptions {
  organisationId: string
  /** The company's first week (ms, UTC midnight) and its last day. */
  firstWeek: number
  until: number
  pilotDepartmentIds: string[]
  /** The HR lead who owns most steps and saved the rows. */
  hrUserId: string
  hrName: string
  people: number
}

/** The seed's step weeks: first and last (null: ongoing). */
const stepWeeks: [number, number | null][] = [
  [1, 2],
  [3, 3],
  [4, 5],
  [6, 9],
  [10, null],
]

const notes = [
  'Kartlegging sendt til alle; de fleste svarte i løpet av en uke. Mest tid går til tilbud, referater og kundesvar.',
  'Matrisen satt for alle roller. Største gap: kritisk vurdering av KI-svar i produksjon og salg.',
  'Tre økter per avdeling: grunnprinsipper, egne oppgaver, finn feilen. Kundeservice først.',
  'Fredagsdemo hver uke i kantina. Ambassadørene går gjennom innsendte forsøk hver tirsdag.',
  'Månedsrapport til ledergruppen første mandag i måneden. Neste: utvide til produksjonen.',
]

export function generateProgramme(o: ProgrammeOptions): [string, Row[]][] {
  // The Monday on or after the company's first day.
  const first = new Date(o.firstWeek)
  const start = o.firstWeek + ((8 - first.getUTCDay()) % 7) * DAY
  const weekNow = Math.floor((o.until - start) / (7 * DAY)) + 1
  const steps = stepWeeks.map(([from, to], i) => ({
    status: to !== null && weekNow > to ? 'done' : weekNow >= from ? 'in_progress' : 'not_started',
    owner: i === 3 ? 'Ambassadørene' : o.hrName,
    notes: notes[i],
  }))
  const saved = new Date(o.until - 2 * DAY).toISOString()
  const programme = {
    id: o.organisationId,
    organisation_id: o.organisationId,
    start_date: new Date(start).toISOString().slice(0, 10),
    pilot_department_ids: o.pilotDepartmentIds,
    pilot_note: 'Kundeservice og prosjektlederne i salg starter først.',
    steps,
    pitfalls: {
      big_bang: true,
      no_practice: true,
      no_leaders: true,
      tool_sprawl: true,
      data_rules_last: true,
      no_measurement: true,
    },
    updated_at: saved,
    updated_by: o.hrUserId,
  }
  // About 650 NOK an hour with employer costs; 12 hours of training each in the first year.
  const roi = {
    id: o.organisationId,
    organisation_id: o.organisationId,
    currency: 'NOK',
    inputs: {
      trainingHours: '12',
      hourlyCost: '650',
      people: String(o.people),
      externalHelp: '150 000',
      licences: '420 000',
      hrCoordination: '200 000',
      hoursSaved: '4 000',
      hoursSavedSource: 'typed',
      fewerRewrites: '300 000',
      fasterProcesses: '250 000',
      lowPercent: '50',
      highPercent: '125',
    },
    updated_at: saved,
    updated_by: o.hrUserId,
  }
  return [
    ['public.hr_programmes', [programme]],
    ['public.roi_models', [roi]],
  ]
}
