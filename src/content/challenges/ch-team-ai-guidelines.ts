import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-team-ai-guidelines',
  competency: 'ai-strategy',
  level: 'expert',
  dataClass: 'yellow',
  minutes: 20,
  title: {
    nb: 'En KI-plan på én side for teamet ditt',
    en: 'A one-page AI plan for your team',
  },
  task: {
    nb: 'Lag et utkast til en KI-plan på én side for teamet ditt: hvilke 2–3 oppgaver dere starter med, hvilke verktøy som er godkjent, hvilke data som kan brukes i hvilket verktøy (grønn, gul, rød), hvordan dere kvalitetssikrer svarene, og hvordan og når dere måler effekten.',
    en: 'Draft a one-page AI plan for your team: which 2–3 tasks you will start with, which tools are approved, which data may be used in which tool (green, yellow, red), how you will quality-check the answers, and how and when you will measure the effect.',
  },
  flavours: {
    management: {
      nb: 'Planen gjelder ledergruppen på seks personer: referater fra ledermøter, utkast til styresaker og månedsrapporter. Husk at styresaker ofte er fortrolige.',
      en: 'The plan is for the leadership group of six: minutes of leadership meetings, drafts of board papers and monthly reports. Remember that board papers are often confidential.',
    },
    sales: {
      nb: 'Salgsteamet på åtte personer bruker mye tid på møtereferater, tilbudstekster og oppfølging i CRM. Noen bruker allerede gratisverktøy på egen hånd.',
      en: 'The sales team of eight spends a lot of time on meeting notes, offer texts and follow-up in the CRM. Some already use free tools on their own.',
    },
    production: {
      nb: 'Produksjonsavdelingen vil bruke KI til arbeidsinstrukser, avviksrapporter og skiftoverlevering. Mange operatører har norsk som andrespråk.',
      en: 'The production department wants to use AI for work instructions, deviation reports and shift handovers. Many operators have Norwegian as their second language.',
    },
    marketing: {
      nb: 'Markedsteamet på tre personer vil bruke KI til innlegg i sosiale medier, nyhetsbrev og bilder. Dere er usikre på opphavsrett og merking.',
      en: 'The marketing team of three wants to use AI for social media posts, newsletters and images. You are unsure about copyright and labelling.',
    },
  },
  hints: [
    {
      nb: 'Start med få oppgaver der gevinsten er tydelig. Alt på én gang gir overbelastning.',
      en: 'Start with a few tasks where the benefit is clear. Everything at once leads to overload.',
    },
    {
      nb: 'Gi KI virksomhetens liste over godkjente verktøy og dataregler. Ikke la den foreslå nye verktøy fritt.',
      en: "Give the AI your organisation's list of approved tools and data rules. Do not let it freely suggest new tools.",
    },
    {
      nb: 'Be om målbare mål, for eksempel minutter spart per uke, og en dato for når dere evaluerer.',
      en: 'Ask for measurable goals, for example minutes saved per week, and a date for when you will evaluate.',
    },
    {
      nb: 'Et utkast fra KI er et utgangspunkt. Gå gjennom det med leder og kollegaer før det gjelder.',
      en: 'A draft from the AI is a starting point. Go through it with your manager and colleagues before it applies.',
    },
  ],
  examplePrompt: {
    nb: `Du er en praktisk rådgiver som hjelper små team i norske bedrifter med å ta i bruk KI på en trygg måte.

Kontekst: Jeg leder et salgsteam på åtte personer i en bedrift med 90 ansatte. Vi bruker mye tid på møtereferater, tilbudstekster og oppfølging i CRM. Virksomhetens godkjente verktøy og dataregler: [LIM INN LISTEN]. Noen i teamet bruker i dag gratisverktøy som ikke er godkjent.

Oppgave: Lag et utkast til en KI-plan på én side for teamet.

Format: Fem overskrifter: Mål (med tall), Oppgaver vi starter med (2–3), Verktøy og data (tabell: datatype, klasse grønn/gul/rød, tillatt verktøy), Kvalitetssikring (sjekkliste), Måling og evaluering (hva, hvordan, dato).

Begrensninger: Hold deg til verktøyene på listen. Vær realistisk om gevinsten, uten store løfter. Skriv [AVKLAR MED LEDER] der noe krever en beslutning.`,
    en: `You are a practical adviser who helps small teams in Norwegian companies adopt AI safely.

Context: I lead a sales team of eight people in a company with 90 employees. We spend a lot of time on meeting notes, offer texts and follow-up in the CRM. Our organisation's approved tools and data rules: [PASTE THE LIST]. Some people in the team currently use free tools that are not approved.

Task: Draft a one-page AI plan for the team.

Format: Five headings: Goals (with figures), Tasks we start with (2–3), Tools and data (table: type of data, class green/yellow/red, permitted tool), Quality assurance (checklist), Measurement and evaluation (what, how, date).

Constraints: Stick to the tools on the list. Be realistic about the benefit, without big promises. Write [CLARIFY WITH MANAGER] where something needs a decision.`,
  },
} satisfies PromptChallenge
