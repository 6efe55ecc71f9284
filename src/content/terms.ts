/**
 * The curriculum's words: one bokmål and one English term per concept, and the variants we do not
 * use. test/unit/content.schema.test.ts fails when a wrong variant appears in any content text or
 * locale file (bokmål variants in bokmål texts, English ones in English texts). Add a concept here
 * before you write it in a new way.
 */
export interface Term {
  /** The bokmål term (base form). */
  nb: string
  /** The English term (British spelling). */
  en: string
  /** Bokmål variants not to use (matched case-insensitively at the start of a word, any ending). */
  wrongNb: string[]
  /** English variants not to use. */
  wrongEn: string[]
}

export const terms: readonly Term[] = [
  {
    nb: 'promptbibliotek',
    en: 'prompt library',
    wrongNb: ['prompt-bibliotek'],
    wrongEn: ['prompt-library'],
  },
  {
    nb: 'selvrapportert',
    en: 'self-reported',
    wrongNb: ['egenrapportert'],
    wrongEn: ['self reported'],
  },
  { nb: 'modellert', en: 'modelled', wrongNb: ['modelert'], wrongEn: ['modeled'] },
  { nb: 'målt', en: 'measured', wrongNb: ['måldt'], wrongEn: [] },
  {
    nb: 'KI-svar',
    en: 'AI output',
    wrongNb: ['KI-output', 'AI-output', 'AI-svar'],
    wrongEn: ['AI-output'],
  },
  {
    nb: 'brukstilfelle',
    en: 'use case',
    wrongNb: ['brukscase', 'use case', 'usecase'],
    wrongEn: ['use-case', 'usecase'],
  },
  { nb: 'KI-verktøy', en: 'AI tool', wrongNb: ['AI-verktøy'], wrongEn: [] },
  {
    nb: 'KI-forordningen',
    en: 'AI Act',
    wrongNb: ['AI-forordningen', 'KI-direktivet'],
    wrongEn: ['AI Directive'],
  },
  {
    nb: 'KI-ambassadør',
    en: 'AI ambassador',
    wrongNb: ['AI-ambassadør', 'KI-champion'],
    wrongEn: ['AI champion'],
  },
  { nb: 'KI-kompetanse', en: 'AI literacy', wrongNb: ['AI-kompetanse'], wrongEn: [] },
  {
    nb: 'personopplysning',
    en: 'personal data',
    wrongNb: ['persondata', 'personinformasjon'],
    wrongEn: [],
  },
  {
    nb: 'databehandleravtale',
    en: 'data processing agreement',
    wrongNb: ['databehandlingsavtale'],
    wrongEn: [],
  },
  { nb: 'pulsmåling', en: 'pulse check', wrongNb: ['pulsundersøkelse'], wrongEn: ['pulse survey'] },
  { nb: 'tilbakemelding', en: 'feedback', wrongNb: ['feedback'], wrongEn: [] },
  { nb: 'pyntetall', en: 'vanity metric', wrongNb: ['forfengelighetstall'], wrongEn: [] },
  { nb: 'fase ut', en: 'retire', wrongNb: ['pensjonere'], wrongEn: [] },
  { nb: 'møtereferat', en: 'meeting minutes', wrongNb: ['møteprotokoll'], wrongEn: [] },
  { nb: 'hallusinering', en: 'hallucination', wrongNb: ['hallusinasjon'], wrongEn: [] },
  { nb: 'språkmodell', en: 'language model', wrongNb: ['språk-modell'], wrongEn: [] },
  { nb: 'plassholder', en: 'placeholder', wrongNb: ['placeholder'], wrongEn: [] },
]
