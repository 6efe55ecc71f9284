import { describe, expect, it } from 'vitest'
import {
  answersForServer,
  checkNewRound,
  checkSurveyForm,
  choiceRows,
  classifyText,
  compareRounds,
  compareSkills,
  emptySurveyForm,
  invitingRound,
  isAnswerable,
  isSurveyResults,
  parseSurveyForm,
  skillRows,
  surveyCsvRows,
  surveyPages,
  themeRows,
  themeWords,
  SURVEY_TEXT_LIMITS,
  type SurveyCell,
} from '@/domain/survey'
import { competencyIds } from '@/domain/competence'

const cell = (over: Partial<SurveyCell> = {}): SurveyCell => ({
  dimension: 'organisation',
  key: 'all',
  name: null,
  people: 10,
  members: 20,
  choices: { tools: { chatgpt: 6, copilot: 3 } },
  skills: { 'ai-basics': { '1': 2, '2': 4, '4': 2 } },
  themes: { barriers_text: { time: 3, other: 1 } },
  quotes: [],
  ...over,
})

describe('survey questions and form', () => {
  it('asks in five screens and rates every competency of the model', () => {
    expect(surveyPages).toHaveLength(5)
    const form = emptySurveyForm()
    expect(form.quoteConsent).toBe(false)
    expect(checkSurveyForm(form)).toEqual([])
    expect(competencyIds.length).toBe(11)
  })

  it('refuses texts over their limit, unknown choices and levels', () => {
    const form = emptySurveyForm()
    form.texts.barriers_text = 'x'.repeat(SURVEY_TEXT_LIMITS.barriers_text + 1)
    form.answers.tools = ['chatgpt', 'netscape']
    form.answers.tasks = ['email', 'email']
    ;(form.answers.skills as Record<string, number>)['ai-basics'] = 5
    expect(
      checkSurveyForm(form)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['bad_skill', 'text_too_long', 'unknown_choice', 'unknown_choice'])
    form.texts.barriers_text = 'x'.repeat(SURVEY_TEXT_LIMITS.barriers_text)
    expect(checkSurveyForm(form).some((p) => p.code === 'text_too_long')).toBe(false)
  })

  it('keeps what is usable of a stored draft and drops the rest', () => {
    expect(parseSurveyForm(null)).toBeNull()
    expect(parseSurveyForm({ answers: [], texts: {} })).toBeNull()
    const parsed = parseSurveyForm({
      answers: {
        tools: ['chatgpt', 'evil', 'chatgpt'],
        skills: { 'ai-basics': 3, 'own-tools': 9, x: 1 },
      },
      texts: { tools_other: 'y'.repeat(500), barriers_text: 7 },
      quoteConsent: 'yes',
    })!
    expect(parsed.answers.tools).toEqual(['chatgpt'])
    expect(parsed.answers.skills).toEqual({ 'ai-basics': 3 })
    expect(parsed.texts.tools_other).toHaveLength(SURVEY_TEXT_LIMITS.tools_other)
    expect(parsed.texts.barriers_text).toBe('')
    expect(parsed.quoteConsent).toBe(false)
  })

  it("sends choices in the questions' order", () => {
    const form = emptySurveyForm()
    form.answers.tools = ['none', 'chatgpt']
    form.answers.skills = { 'law-ethics': 2, 'ai-basics': 1 }
    const sent = answersForServer(form.answers)
    expect(sent.tools).toEqual(['chatgpt', 'none'])
    expect(Object.keys(sent.skills)).toEqual(['ai-basics', 'law-ethics'])
    expect(sent.v).toBe(1)
  })
})

describe('rounds', () => {
  const now = new Date('2026-12-07T10:00:00Z')
  const round = {
    id: 'r',
    organisation_id: 'o',
    title: 'T',
    status: 'open' as const,
    closes_on: '2026-12-07',
  }

  it('takes answers until its last day ends in Oslo, and not once closed', () => {
    expect(isAnswerable(round, now)).toBe(true)
    expect(isAnswerable(round, new Date('2026-12-07T23:30:00Z'))).toBe(false)
    expect(isAnswerable({ ...round, status: 'closed' }, now)).toBe(false)
  })

  it("invites to the newest answerable round of the person's organisations", () => {
    const rounds = [
      { ...round, id: 'old', opened_at: '2026-11-01T00:00:00Z' },
      { ...round, id: 'new', opened_at: '2026-12-01T00:00:00Z' },
      { ...round, id: 'other', organisation_id: 'x', opened_at: '2026-12-05T00:00:00Z' },
    ]
    expect(invitingRound(rounds, ['o'], now)?.id).toBe('new')
    expect(invitingRound(rounds, [], now)).toBeNull()
  })

  it('checks a new round: a title, a last day not passed', () => {
    expect(checkNewRound('  ', '2026-12-01', now)).toEqual(['title_empty', 'closes_on_past'])
    expect(checkNewRound('x'.repeat(121), 'soon', now)).toEqual([
      'title_too_long',
      'closes_on_invalid',
    ])
    expect(checkNewRound('Høst', '2026-12-21', now)).toEqual([])
  })
})

describe('themes', () => {
  it('splits words as the server does', () => {
    expect(themeWords('ØKONOMI-systemet, E-post!')).toEqual(['økonomisystemet', 'epost'])
  })

  it('finds themes by word starts, "other" when none, nothing for no words', () => {
    expect(classifyText('Altfor mange møter og e-poster')).toEqual(['meetings', 'email'])
    expect(classifyText('GDPR og taushetsplikt')).toEqual(['data_rules'])
    expect(classifyText('Lunsj')).toEqual(['other'])
    expect(classifyText(' \n ')).toEqual([])
    // A keyword inside a word does not count ("alltid" is not "tid").
    expect(classifyText('alltid')).toEqual(['other'])
  })
})

describe('results', () => {
  it('accepts the server shape only', () => {
    expect(isSurveyResults({ survey: { id: 's' }, min_group: 5, cells: [cell()] })).toBe(true)
    expect(
      isSurveyResults({ survey: { id: 's' }, min_group: 5, cells: [{ ...cell(), people: '3' }] }),
    ).toBe(false)
    expect(isSurveyResults(null)).toBe(false)
  })

  it('lists every option, most chosen first, with shares of those who answered', () => {
    const rows = choiceRows(cell(), 'tools')
    expect(rows[0]).toEqual({ key: 'chatgpt', count: 6, share: 0.6 })
    expect(rows[1]).toEqual({ key: 'copilot', count: 3, share: 0.3 })
    expect(rows).toHaveLength(8)
    expect(rows.slice(2).every((r) => r.count === 0)).toBe(true)
  })

  it('averages self-rated levels per competency; null where nobody rated', () => {
    const rows = skillRows(cell())
    expect(rows[0]).toEqual({
      competency: 'ai-basics',
      levels: [2, 4, 0, 2],
      answered: 8,
      average: 2.25,
    })
    expect(rows[1]!.average).toBeNull()
  })

  it('lists themes that occurred', () => {
    expect(themeRows(cell(), 'barriers_text').map((r) => r.key)).toEqual(['time', 'other'])
  })

  it('compares two rounds in percentage points', () => {
    const before = cell({ people: 20, choices: { tools: { chatgpt: 5 } } })
    const change = compareRounds(before, cell(), 'tools')
    expect(change[0]).toEqual({ key: 'chatgpt', before: 0.25, after: 0.6, points: 35 })
    expect(compareRounds(null, cell(), 'tools')[0]!.points).toBeNull()
    expect(compareSkills(null, cell())[0]).toEqual({
      competency: 'ai-basics',
      before: null,
      after: 2.25,
    })
  })

  it('writes CSV rows per group, question and option', () => {
    const rows = surveyCsvRows(
      {
        survey: { id: 's', title: 'T', status: 'closed', opened_at: '', closes_on: '' },
        min_group: 5,
        cells: [cell({ name: 'Salg', dimension: 'department' })],
      },
      (_k, _q, key) => key,
    )
    expect(rows).toContainEqual(['Salg', 'tools', 'chatgpt', 6, 60])
    expect(rows).toContainEqual(['Salg', 'ai-basics', '2', 4, 40])
    expect(rows).toContainEqual(['Salg', 'barriers_text', 'time', 3, 30])
  })
})
