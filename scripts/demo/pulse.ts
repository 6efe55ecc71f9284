/*
 * The demo company's weekly pulse (PRODUCT.md H5; table public.pulse_responses): a year of
 * answers for each person from the week they start until a few weeks after they stop, drawn from
 * its own seeded generator so the rest of the company's rows stay as they were.
 *
 * The shape: about two in three active people answer in an ordinary week (fewer in fellesferie
 * and at Christmas), some weeks are skipped on purpose; "used AI this week" and the minutes saved
 * grow with experience; satisfaction sits around 3.5–4 and rises a little; one answer in three
 * names a win, one in four an obstacle (with its theme), and about a third of those share their
 * words anonymously — in the person's language (bokmål or English).
 */

interface PulseRandom {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  normal: () => number
  uuid: () => string
}

export interface PulsePerson {
  id: string
  language: 'nb' | 'en'
  startWeek: number | null
  stopWeek: number | null
  pace: number
}

export interface PulseOptions {
  rng: PulseRandom
  people: readonly PulsePerson[]
  organisationId: string
  /** Start of the year (ms, UTC midnight) and its number of weeks; the last day (ms). */
  firstWeek: number
  weeks: number
  until: number
  /** How busy the week holding a date is (1 ordinary, lower in holidays). */
  season: (date: Date) => number
}

type Theme = 'time' | 'tools' | 'data_rules' | 'quality' | 'skills' | 'leadership' | 'other'

const DAY = 86_400_000

const wins = {
  nb: [
    'Svarutkast på klager tok 5 minutter i stedet for 20.',
    'Fikk oppsummert et langt møtereferat på et øyeblikk.',
    'Brukte KI til å lage sjekkliste for skiftbytte – kollegene likte den.',
    'Skrev om en tung e-post til kunde så den ble vennligere.',
    'Lagde utkast til stillingsannonse på en halvtime.',
    'Oversatte en bruksanvisning til engelsk og sjekket den etterpå.',
    'Fant feil i et regneark ved å be KI forklare formlene.',
    'Prompten fra biblioteket for tilbudstekster sparte meg en time.',
    'Lagde spørsmål til medarbeidersamtaler raskere enn før.',
    'Fikk hjelp til å strukturere en rapport til ledergruppen.',
  ],
  en: [
    'Drafted complaint replies in 5 minutes instead of 20.',
    'Summarised a long meeting in a moment.',
    'Made a shift handover checklist with AI – the team liked it.',
    'Rewrote a blunt customer e-mail so it reads kinder.',
    'A first draft of a job ad in half an hour.',
    'The library prompt for quotes saved me an hour.',
    'Got help structuring a report for the management team.',
  ],
}

const obstacles: Record<'nb' | 'en', [Theme, string][]> = {
  nb: [
    ['time', 'Ingen tid til å øve denne uka, for mye i produksjonen.'],
    ['time', 'Kursøkta kolliderte med kundemøter.'],
    ['tools', 'Verktøyet var tregt og logget meg ut flere ganger.'],
    ['tools', 'Vet ikke hvilket verktøy vi har lov til å bruke.'],
    ['data_rules', 'Usikker på om jeg kan lime inn kundedata.'],
    ['data_rules', 'Reglene for gule data er vanskelige å huske.'],
    ['quality', 'Svaret så riktig ut, men tallene var feil.'],
    ['quality', 'KI fant på en kilde som ikke finnes.'],
    ['skills', 'Får ikke til gode prompter for regneark.'],
    ['leadership', 'Lederen min er skeptisk, så jeg bruker det lite.'],
    ['other', 'Hadde ferie det meste av uka.'],
  ],
  en: [
    ['time', 'No time to practise this week.'],
    ['tools', 'Not sure which tool we are allowed to use.'],
    ['data_rules', 'Unsure whether I may paste customer data.'],
    ['quality', 'The answer looked right but the figures were wrong.'],
    ['skills', 'Struggling to write good prompts for spreadsheets.'],
    ['other', 'Was away most of the week.'],
  ],
}

const iso = (ms: number) => new Date(ms).toISOString()
const mondayOf = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY

/** One row per person and answered (or skipped) ISO week. */
export function generatePulse(options: PulseOptions): Record<string, unknown>[] {
  const { rng, people, organisationId, firstWeek, weeks, until, season } = options
  const rows: Record<string, unknown>[] = []
  for (const person of people) {
    if (person.startWeek === null) continue
    // Some answer nearly every week, some now and then; the pulse outlasts the lessons a little.
    const diligence = Math.min(0.95, 0.45 + 0.25 * rng.next() + 0.15 * Math.min(1, person.pace))
    const last = Math.min(weeks, (person.stopWeek ?? weeks) + rng.int(0, 4))
    for (let week = person.startWeek; week < last; week++) {
      const monday = mondayOf(firstWeek + week * 7 * DAY)
      const friday = monday + 4 * DAY + rng.int(8, 15) * 3_600_000 + rng.int(0, 59) * 60_000
      if (monday < firstWeek || monday > until) continue
      const quiet = season(new Date(monday + 2 * DAY))
      if (!rng.chance(diligence * (0.3 + 0.7 * quiet))) continue
      const base = { id: rng.uuid(), user_id: person.id, organisation_id: organisationId, week: iso(monday).slice(0, 10), created_at: iso(Math.min(friday, until)) }
      if (rng.chance(0.08)) {
        rows.push({ ...base, skipped: true, win: '', obstacle: '', share_words: false })
        continue
      }
      const since = week - person.startWeek
      const usedAi = rng.chance(Math.min(0.8, 0.3 + 0.02 * since + 0.12 * Math.min(1, person.pace)) * (0.4 + 0.6 * quiet))
      // Gains show after some weeks (the seed: 4–6); most weeks save under an hour even then.
      const skill = Math.min(1, since / 40 + 0.2 * rng.next())
      const minutesBand = !usedAi
        ? '0'
        : rng.pick(skill < 0.3 ? ['1-15', '1-15', '15-60'] : skill < 0.7 ? ['1-15', '15-60', '15-60', '60-180'] : ['1-15', '15-60', '15-60', '60-180', '60-180', '180+'])
      const language = person.language
      const win = usedAi && rng.chance(0.33) ? rng.pick(wins[language]) : ''
      const [theme, obstacle] = rng.chance(0.25) ? rng.pick(obstacles[language]) : [null, '']
      const satisfaction = Math.max(1, Math.min(5, Math.round(3.2 + 0.01 * since + (usedAi ? 0.3 : -0.3) + rng.normal() * 0.8)))
      rows.push({
        ...base,
        skipped: false,
        used_ai: usedAi,
        minutes_band: minutesBand,
        win,
        obstacle,
        obstacle_theme: theme,
        share_words: (win !== '' || obstacle !== '') && rng.chance(0.3),
        satisfaction,
      })
    }
  }
  return rows
}
