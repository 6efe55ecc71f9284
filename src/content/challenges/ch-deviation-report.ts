import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-deviation-report',
  competency: 'ai-workflows',
  level: 'intermediate',
  dataClass: 'yellow',
  minutes: 15,
  title: {
    nb: 'Fra avviksnotat til avviksrapport',
    en: 'From a deviation note to a deviation report',
  },
  task: {
    nb: 'Gjør korte notater om et avvik – en feil, en nestenulykke eller en reklamasjon – om til en strukturert avviksrapport med beskrivelse, strakstiltak, mulige årsaker og forslag til tiltak. KI foreslår; dere som kjenner prosessen, bestemmer. Bruk roller i stedet for navn.',
    en: 'Turn short notes about a deviation – a fault, a near miss or a complaint – into a structured deviation report with a description, immediate actions, possible causes and suggested measures. The AI suggests; you who know the process decide. Use roles instead of names.',
  },
  flavours: {
    it: {
      nb: 'E-postsystemet var nede i to timer på en mandag. Notatene beskriver hva som skjedde, hva dere gjorde og når det virket igjen. Rapporten skal til IT-sjefen.',
      en: 'The e-mail system was down for two hours on a Monday. The notes describe what happened, what you did and when it worked again. The report goes to the head of IT.',
    },
    production: {
      nb: 'En truck rygget nesten på en kollega i pakkeavdelingen. Ingen ble skadet. Speilet på trucken var løst, og gangfeltet var sperret av paller.',
      en: 'A forklift nearly reversed into a colleague in the packing department. Nobody was hurt. The mirror on the forklift was loose, and the walkway was blocked by pallets.',
    },
    project: {
      nb: 'Stål med feil dimensjon ble levert på byggeplassen, og montasjen ble forsinket med to dager. Bestillingen var gjort fra en eldre tegningsrevisjon.',
      en: 'Steel of the wrong dimension was delivered to the site, and the assembly was delayed by two days. The order had been placed from an older drawing revision.',
    },
    'customer-service': {
      nb: 'Kundeservice har fått elleve klager på samme måned om at lokket på et produkt sprekker. Kundene er irriterte, og noen vil ha pengene tilbake.',
      en: 'Customer service has received eleven complaints in one month that the lid on a product cracks. The customers are annoyed, and some want their money back.',
    },
  },
  hints: [
    {
      nb: 'Beskriv hva som skjedde med roller («trucksjåfør», «innkjøper»), ikke navn. Avvik handler om systemet, ikke om å finne en syndebukk.',
      en: 'Describe what happened using roles ("forklift driver", "purchaser"), not names. Deviations are about the system, not about finding a scapegoat.',
    },
    {
      nb: 'Be KI bruke en enkel årsaksanalyse, for eksempel «5 hvorfor», og merke hva som er antakelser.',
      en: 'Ask the AI to use a simple root-cause method such as "5 whys", and to mark what is an assumption.',
    },
    {
      nb: 'Lim inn malen for avviksrapporter dere allerede bruker, så passer utkastet rett inn i systemet.',
      en: 'Paste in the deviation report template you already use, so the draft fits straight into your system.',
    },
    {
      nb: 'Gjelder avviket en personskade, er det helseopplysninger. Da er det rødt og hører hjemme i avvikssystemet, ikke i en KI-prompt.',
      en: 'If the deviation involves an injury, that is health information. It is then red and belongs in the deviation system, not in an AI prompt.',
    },
  ],
  examplePrompt: {
    nb: `Du er HMS-rådgiver i en norsk produksjonsbedrift og kjenner godt til avviksbehandling.

Kontekst: I dag ble det en nestenulykke i pakkeavdelingen. Notatene mine: truck rygget mot gangfelt, kollega (operatør) måtte hoppe til side, ingen skadet. Speilet på trucken var løst. Gangfeltet var sperret av paller, så operatøren gikk i kjøresonen.

Oppgave: Lag et utkast til avviksrapport.

Format: Overskriftene Hva skjedde, Strakstiltak, Mulige årsaker (bruk «5 hvorfor»), Forslag til tiltak (med ansvarlig rolle og frist) og Hva må avklares.

Begrensninger: Bruk bare roller, ikke navn. Ikke skyld på enkeltpersoner. Merk alt som er antakelser med [ANTAKELSE]. Høyst én side.`,
    en: `You are an HSE adviser in a Norwegian manufacturing company with good knowledge of deviation handling.

Context: Today there was a near miss in the packing department. My notes: forklift reversed towards the walkway, a colleague (operator) had to jump aside, nobody hurt. The mirror on the forklift was loose. The walkway was blocked by pallets, so the operator was walking in the driving zone.

Task: Draft a deviation report.

Format: The headings What happened, Immediate actions, Possible causes (use "5 whys"), Suggested measures (with responsible role and deadline) and What needs clarifying.

Constraints: Use roles only, not names. Do not blame individuals. Mark everything that is an assumption with [ASSUMPTION]. One page at most.`,
  },
} satisfies PromptChallenge
