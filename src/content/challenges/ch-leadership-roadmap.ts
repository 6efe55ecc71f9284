import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-leadership-roadmap',
  competency: 'ai-strategy',
  level: 'expert',
  dataClass: 'yellow',
  minutes: 25,
  title: {
    nb: 'En 90-dagers KI-plan for ledergruppen',
    en: 'A 90-day AI plan for the leadership group',
  },
  task: {
    nb: 'Lag et utkast til en plan for de neste 90 dagene som ledergruppen kan vedta: hvilke to eller tre brukstilfeller dere starter med, hvem som eier dem, hva dere måler før og etter, hva som skal være på plass av dataregler og godkjente verktøy, og hvordan dere følger opp etter 30, 60 og 90 dager. Få KI til å stille deg spørsmål først, og be den peke ut risikoene i planen, ikke bare mulighetene.',
    en: 'Draft a plan for the next 90 days that the leadership group can adopt: which two or three use cases you start with, who owns them, what you measure before and after, which data rules and approved tools must be in place, and how you follow up after 30, 60 and 90 days. Have the AI ask you questions first, and ask it to point out the risks in the plan, not just the opportunities.',
  },
  flavours: {
    management: {
      nb: 'Ledergruppen i en bedrift med 110 ansatte har sagt ja til KI, men ingen eier arbeidet ennå. Planen skal opp i neste ledermøte.',
      en: 'The leadership group of a company with 110 employees has said yes to AI, but nobody owns the work yet. The plan goes to the next leadership meeting.',
    },
    it: {
      nb: 'IT-sjefen skal legge fram planen. IT har godkjent ett verktøy for gule data, og flere ansatte bruker gratisverktøy på egen hånd.',
      en: 'The head of IT will present the plan. IT has approved one tool for yellow data, and several employees use free tools on their own.',
    },
    finance: {
      nb: 'Økonomisjefen vil at planen viser kostnader og forventet nytte, med lavt, middels og høyt anslag, før noe blir vedtatt.',
      en: 'The finance director wants the plan to show costs and expected benefit, with a low, middle and high estimate, before anything is adopted.',
    },
  },
  hints: [
    {
      nb: 'Skriv roller, ikke navn, og hold budsjett og interne tall i et verktøy som er godkjent for gule data.',
      en: 'Write roles, not names, and keep budgets and internal figures in a tool approved for yellow data.',
    },
    {
      nb: 'Be om få brukstilfeller med tydelige eiere. En plan med ti tiltak og ingen eier blir ikke gjennomført.',
      en: 'Ask for a few use cases with clear owners. A plan with ten actions and no owner does not get carried out.',
    },
    {
      nb: 'Be KI skrive hva som må være sant for at planen skal lykkes, og hva dere gjør hvis det ikke er det.',
      en: 'Ask the AI to write what must be true for the plan to succeed, and what you will do if it is not.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren endringsleder som har hjulpet norske bedrifter med 50–200 ansatte å ta i bruk KI.

Kontekst: Jeg sitter i ledergruppen i en bedrift med [ANTALL] ansatte innen [BRANSJE]. Vi har godkjent disse verktøyene: [VERKTØY]. Vi har ennå ikke valgt hvor vi starter.

Oppgave: Still meg inntil fem spørsmål først. Lag deretter et utkast til en KI-plan for de neste 90 dagene.

Format: En tabell med brukstilfelle, eier (rolle), hva vi måler før og etter, og dato for oppfølging etter 30, 60 og 90 dager. Under tabellen: de fem største risikoene i planen, og hva vi gjør med hver.

Begrensninger: Høyst tre brukstilfeller. Ikke foreslå verktøy som ikke står på listen. Ikke finn på tall; skriv [TALL] der du trenger et tall fra oss.`,
    en: `You are an experienced change leader who has helped Norwegian companies of 50–200 employees adopt AI.

Context: I am on the leadership group of a company with [NUMBER] employees in [INDUSTRY]. We have approved these tools: [TOOLS]. We have not yet chosen where to start.

Task: Ask me up to five questions first. Then draft an AI plan for the next 90 days.

Format: A table with use case, owner (role), what we measure before and after, and the follow-up date after 30, 60 and 90 days. Below the table: the five biggest risks in the plan, and what we do about each.

Constraints: At most three use cases. Do not suggest tools that are not on the list. Do not invent figures; write [FIGURE] where you need a figure from us.`,
  },
} satisfies PromptChallenge
