import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-leadership-notes',
  competency: 'quality-assurance',
  level: 'intermediate',
  department: 'management',
  title: {
    nb: 'Sammendrag av ledermøtet',
    en: 'Summary of the leadership meeting',
  },
  request: {
    nb: 'Skriv et kort sammendrag til alle ansatte fra ledermøtet. Notater (roller, ikke navn): Vedtatt: pilot med KI i kundeservice fra 1. februar. Ansvarlig: kundeservicesjefen. Budsjett 120 000 kroner. Evaluering etter åtte uker. Utsatt: valg av KI-verktøy for økonomi – IT-sjefen legger fram forslag i januar.',
    en: 'Write a short summary of the leadership meeting for all staff. Notes (roles, not names): Decided: an AI pilot in customer service from 1 February. Owner: the head of customer service. Budget NOK 120,000. Evaluation after eight weeks. Postponed: choice of AI tool for finance – the head of IT will present a proposal in January.',
  },
  sentences: [
    {
      id: 'fl-leadership-notes.s1',
      flawed: false,
      text: {
        nb: 'Ledermøtet vedtok en pilot med KI i kundeservice fra 1. februar.',
        en: 'The leadership meeting decided on an AI pilot in customer service from 1 February.',
      },
    },
    {
      id: 'fl-leadership-notes.s2',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Budsjettet for piloten er 210 000 kroner.',
        en: 'The budget for the pilot is NOK 210,000.',
      },
      explanation: {
        nb: 'Sammendraget har byttet om sifrene. I notatene står det 120 000 kroner. Et feil budsjett i en melding til alle ansatte er vanskelig å rette opp etterpå. Sammenlign alle tall med notatene før du sender.',
        en: 'The summary has swapped the digits. The notes say NOK 120,000. A wrong budget in a message to all staff is hard to correct afterwards. Compare every figure with the notes before you send.',
      },
    },
    {
      id: 'fl-leadership-notes.s3',
      flawed: false,
      text: {
        nb: 'Kundeservicesjefen er ansvarlig for piloten.',
        en: 'The head of customer service owns the pilot.',
      },
    },
    {
      id: 'fl-leadership-notes.s4',
      flawed: false,
      text: {
        nb: 'Piloten evalueres etter åtte uker.',
        en: 'The pilot will be evaluated after eight weeks.',
      },
    },
    {
      id: 'fl-leadership-notes.s5',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Ledermøtet valgte også hvilket KI-verktøy økonomiavdelingen skal bruke.',
        en: 'The meeting also chose which AI tool the finance department will use.',
      },
      explanation: {
        nb: 'Sammendraget sier at noe ble vedtatt som ble utsatt. I notatene står det at valget av verktøy for økonomi er utsatt til januar. KI gjør ofte «utsatt» eller «foreslått» om til «vedtatt» når den oppsummerer. Sjekk status på hvert punkt.',
        en: 'The summary says something was decided that was postponed. The notes say the choice of tool for finance is postponed to January. AI often turns “postponed” or “proposed” into “decided” when it summarises. Check the status of every item.',
      },
    },
    {
      id: 'fl-leadership-notes.s6',
      flawed: false,
      text: {
        nb: 'IT-sjefen legger fram et forslag til verktøy for økonomi i januar.',
        en: 'The head of IT will present a proposal for a finance tool in January.',
      },
    },
  ],
} satisfies SpotTheFlaw
