import { describe, expect, it } from 'vitest'
import { coachElements, coachPrompt, type CoachElement } from '@/domain/promptCoach'
import { goodPrompts, weakPrompts } from './examples'

const codes = (p: string) => coachPrompt(p).issues.map((i) => i.code)
const suggestionCodes = (p: string) => coachPrompt(p).suggestions.map((s) => s.code)

describe('real prompts from Norwegian workplaces', () => {
  it.each(Object.entries(goodPrompts))('good prompt %s scores high', (_name, prompt) => {
    const result = coachPrompt(prompt)
    expect(result.score).toBeGreaterThanOrEqual(75)
    expect(result.elements.task).toBe(true)
    expect(result.elements.context).toBe(true)
    expect(result.elements.format).toBe(true)
    expect(result.elements.constraints).toBe(true)
    expect(result.issues.filter((i) => i.severity === 'warning')).toEqual([])
  })

  it.each(Object.entries(weakPrompts))('vague prompt %s scores low', (_name, prompt) => {
    const result = coachPrompt(prompt)
    expect(result.score).toBeLessThanOrEqual(30)
    expect(result.issues.map((i) => i.code)).toContain('too_short')
    expect(result.suggestions.length).toBeGreaterThanOrEqual(3)
  })

  it('every good prompt beats every weak prompt', () => {
    const worstGood = Math.min(...Object.values(goodPrompts).map((p) => coachPrompt(p).score))
    const bestWeak = Math.max(...Object.values(weakPrompts).map((p) => coachPrompt(p).score))
    expect(worstGood).toBeGreaterThan(bestWeak + 40)
  })

  it('sees exactly what each good prompt has and lacks', () => {
    expect(coachPrompt(goodPrompts.requirementsNb).elements).toEqual(all(true))
    expect(coachPrompt(goodPrompts.incidentEn).elements).toEqual(all(true))
    expect(coachPrompt(goodPrompts.customerServiceNb).elements).toEqual({
      ...all(true),
      role: true,
    })
    expect(coachPrompt(goodPrompts.incidentNb).elements).toEqual({ ...all(true), examples: false })
    expect(coachPrompt(goodPrompts.offerEn).elements).toEqual({ ...all(true), examples: false })
  })

  it('names the task verbs it found, in their base form', () => {
    expect(coachPrompt(goodPrompts.offerNb).tasks).toEqual(['skriv'])
    expect(coachPrompt(goodPrompts.requirementsNb).tasks).toEqual(['lag et utkast'])
    expect(coachPrompt(goodPrompts.incidentEn).tasks).toEqual(['summarise'])
    expect(coachPrompt('Kan du skrive et svar til kunden?').tasks).toEqual(['skriv'])
    expect(coachPrompt('Could you summarize the meeting notes?').tasks).toEqual(['summarise'])
  })
})

function all(value: boolean): Record<CoachElement, boolean> {
  return Object.fromEntries(coachElements.map((e) => [e, value])) as Record<CoachElement, boolean>
}

describe('each element, in bokmål and English', () => {
  // A bare task: only the task element; each phrase below adds exactly its element.
  const bareNb = 'Skriv et sammendrag av møtet.'
  const bareEn = 'Write a summary of the meeting.'

  const cases: [CoachElement, string][] = [
    ['role', 'Du er en erfaren prosjektleder.'],
    ['role', 'Opptre som HR-rådgiver.'],
    ['role', 'Ta rollen som kundebehandler.'],
    ['role', 'You are an experienced project manager.'],
    ['role', 'Act as a senior accountant.'],
    ['context', 'Bakgrunn: vi er et byggefirma med 70 ansatte.'],
    ['context', 'Målgruppen er nyansatte på lageret.'],
    ['context', 'Jeg er prosjektleder og møtet gjaldt budsjettet for 2026.'],
    ['context', 'Background: we are a shipping company in Bergen.'],
    ['context', 'The audience is new warehouse staff.'],
    ['context', 'Here is the transcript from the meeting.'],
    ['format', 'Svar som en tabell.'],
    ['format', 'Bruk punktliste.'],
    ['format', 'Maks 200 ord.'],
    ['format', 'Tre avsnitt med overskrifter.'],
    ['format', 'Present it as a table.'],
    ['format', 'Use bullet points.'],
    ['format', 'Keep it under 200 words.'],
    ['constraints', 'Ikke nevn navn på kunder.'],
    ['constraints', 'Unngå fagsjargong.'],
    ['constraints', 'Tonen skal være nøktern.'],
    ['constraints', "Don't mention customer names."],
    ['constraints', 'Avoid jargon.'],
    ['constraints', 'Use a friendly tone.'],
    ['examples', 'Eksempel: «Vi leverer innen fredag og holder deg oppdatert.»'],
    ['examples', 'Skriv i samme stil som forrige ukes referat.'],
    ['examples', 'Start slik: «Takk for et godt møte i dag, her er det viktigste.»'],
    ['examples', 'For example: "We will deliver by Friday."'],
    [
      'examples',
      'Here is a sample line: "Thanks for a great meeting today, here are the key points."',
    ],
  ]

  it.each(cases)('%s: "%s"', (element, phrase) => {
    const bare =
      /[æøå]|\b(?:Du|Opptre|Ta|Bakgrunn|Målgruppen|Jeg|Svar|Bruk|Maks|Tre|Ikke|Unngå|Tonen|Eksempel|Skriv|Start)\b/u.test(
        phrase,
      )
        ? bareNb
        : bareEn
    const before = coachPrompt(bare)
    const after = coachPrompt(`${bare} ${phrase}`)
    expect(before.elements[element]).toBe(false)
    expect(after.elements[element]).toBe(true)
    expect(after.score).toBeGreaterThan(before.score)
  })

  it('a bare task has only the task element', () => {
    expect(coachPrompt(bareNb).elements).toEqual({ ...all(false), task: true })
    expect(coachPrompt(bareEn).elements).toEqual({ ...all(false), task: true })
  })

  it('a question counts as a task', () => {
    expect(
      coachPrompt('Hva er forskjellen på et tilbud og et overslag i byggebransjen?').elements.task,
    ).toBe(true)
  })

  it('does not mistake everyday words for elements', () => {
    const text = 'Jeg vet ikke helt hvordan dette spiller en rolle for oss, skriv et svar.'
    const result = coachPrompt(text)
    expect(result.elements.role).toBe(false)
    expect(result.elements.constraints).toBe(false)
  })
})

describe('issues', () => {
  it('flags an empty prompt and scores it 0', () => {
    const result = coachPrompt('   ')
    expect(result.score).toBe(0)
    expect(result.issues.map((i) => i.code)).toEqual(['empty'])
    expect(result.suggestions.map((s) => s.code)).toEqual(['add_task'])
  })

  it('flags a prompt with no task', () => {
    expect(codes('Kunden vår er et borettslag i Trondheim med 120 leiligheter.')).toContain(
      'no_task',
    )
    expect(codes('Our customer is a housing cooperative in Trondheim.')).toContain('no_task')
    expect(suggestionCodes('Kunden vår er et borettslag i Trondheim.')[0]).toBe('add_task')
  })

  it('flags vague requests for "something about"', () => {
    expect(codes('Skriv noe om KI til intranettet, gjerne litt morsomt, med et bilde.')).toContain(
      'too_vague',
    )
    expect(codes('Write something about our new product for the website, in a fun way.')).toContain(
      'too_vague',
    )
  })

  it('flags several tasks in one prompt, but not numbered steps', () => {
    const many = 'Skriv et tilbud til kunden, lag en prosjektplan og oversett alt til engelsk.'
    expect(codes(many)).toContain('several_tasks')
    expect(suggestionCodes(many)).toContain('split_tasks')
    const manyEn = 'Write the offer. Create a project plan. Translate everything into Norwegian.'
    expect(codes(manyEn)).toContain('several_tasks')
    const steps =
      'Vi skal svare på et anbud.\n1. Oppsummer kravene.\n2. Lag en sjekkliste.\n3. Skriv et utkast til svar.'
    expect(codes(steps)).not.toContain('several_tasks')
    expect(codes('Skriv et tilbud og lag en kort e-post til kunden.')).not.toContain(
      'several_tasks',
    )
  })

  it('flags writing meant for someone without a reader, and not once the reader is named', () => {
    const noReader = 'Skriv en e-post om at kontoret er stengt mellom jul og nyttår.'
    expect(codes(noReader)).toContain('no_audience')
    expect(suggestionCodes(noReader)).toContain('name_audience')
    expect(codes(`${noReader} Målgruppen er kundene våre.`)).not.toContain('no_audience')
    expect(codes('Write an email saying the office is closed over Christmas.')).toContain(
      'no_audience',
    )
    expect(codes('Write an email to our customers saying the office is closed.')).not.toContain(
      'no_audience',
    )
  })

  it('does not ask for a reader when the task is not writing for someone', () => {
    expect(codes('Oppsummer de viktigste funnene i rapporten i fem punkter.')).not.toContain(
      'no_audience',
    )
  })
})

describe('suggestions', () => {
  it('puts the most useful first: task, then context, then format', () => {
    expect(suggestionCodes('hei')).toEqual([
      'add_task',
      'be_specific',
      'add_context',
      'add_format',
      'add_role',
      'add_constraints',
      'add_example',
    ])
  })

  it('suggests one step per missing element and nothing for what is there', () => {
    const result = coachPrompt(goodPrompts.incidentNb)
    expect(result.suggestions).toEqual([{ code: 'add_example', element: 'examples' }])
    const noRole = coachPrompt(
      goodPrompts.incidentNb.replace('Du er driftsleder i et IT-selskap. ', ''),
    )
    expect(noRole.suggestions).toEqual([
      { code: 'add_role', element: 'role' },
      { code: 'add_example', element: 'examples' },
    ])
  })

  it('asks to flag uncertainty only when the prompt does not already guard against guessing', () => {
    expect(suggestionCodes(goodPrompts.jobAdNb)).toContain('ask_for_uncertainty')
    expect(suggestionCodes(goodPrompts.incidentNb)).not.toContain('ask_for_uncertainty')
    expect(suggestionCodes(goodPrompts.offerEn)).not.toContain('ask_for_uncertainty')
  })

  it('building a prompt step by step raises the score every time', () => {
    const steps = [
      'Skriv en e-post.',
      'Skriv en e-post til kundene om at vi flytter lageret til Gardermoen i mars.',
      'Du er kommunikasjonsrådgiver.',
      'Maks 150 ord, med en tydelig emnefelt-linje.',
      'Unngå interne forkortelser, og ikke lov nye leveringstider.',
      'Eksempel på tone: «Vi flytter for å levere raskere til deg.»',
    ]
    let prompt = ''
    let last = -1
    for (const step of steps) {
      prompt = `${prompt} ${step}`.trim()
      const { score } = coachPrompt(prompt)
      expect(score, prompt).toBeGreaterThan(last)
      last = score
    }
    expect(last).toBeGreaterThanOrEqual(90)
  })
})

describe('determinism and language', () => {
  it('gives the same result for the same prompt', () => {
    for (const prompt of Object.values(goodPrompts)) {
      expect(coachPrompt(prompt)).toEqual(coachPrompt(prompt))
    }
  })

  it('guesses the prompt language, with the locale breaking a tie', () => {
    expect(coachPrompt(goodPrompts.offerNb).language).toBe('nb')
    expect(coachPrompt(goodPrompts.offerEn, { locale: 'nb' }).language).toBe('en')
    expect(coachPrompt('Summarise.', { locale: 'en' }).language).toBe('en')
    expect(coachPrompt('Summarise.', { locale: 'nb' }).language).toBe('nb')
  })

  it('reads a prompt that mixes bokmål and English', () => {
    const mixed =
      'Du er en erfaren UX writer. Write a short onboarding text for nye ansatte, maks 100 ord.'
    const result = coachPrompt(mixed)
    expect(result.elements.role).toBe(true)
    expect(result.elements.task).toBe(true)
    expect(result.elements.format).toBe(true)
    expect(result.elements.context).toBe(true)
  })

  it('keeps the score between 0 and 100 and counts words', () => {
    const long = `${goodPrompts.requirementsNb}\n`.repeat(20)
    const result = coachPrompt(long)
    expect(result.score).toBeLessThanOrEqual(100)
    expect(result.wordCount).toBeGreaterThan(1000)
    expect(coachPrompt('Skriv et kort svar til kunden.').wordCount).toBe(6)
  })
})
