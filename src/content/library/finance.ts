import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-finance-variance-comments',
    title: {
      nb: 'Kommentarer til avvik i månedsrapporten',
      en: 'Comments on variances in the monthly report',
    },
    department: 'finance',
    task: { nb: 'Månedsrapport', en: 'Monthly report' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['reporting', 'budget', 'month-end'],
    placeholders: [
      { key: { nb: 'måned', en: 'month' }, label: { nb: 'Måned', en: 'Month' } },
      {
        key: { nb: 'avvikstabell', en: 'variance_table' },
        label: {
          nb: 'Budsjett, faktisk og avvik per linje (samlede tall, ingen navn)',
          en: 'Budget, actual and variance per line (totals, no names)',
        },
      },
      {
        key: { nb: 'kjente_årsaker', en: 'known_causes' },
        label: { nb: 'Årsaker du kjenner til', en: 'Causes you know of' },
      },
    ],
    body: {
      nb: `Du er en nøktern controller som skriver for ledere uten økonomibakgrunn.

Kontekst: Dette er budsjett, faktiske tall og avvik for {{måned}}: {{avvikstabell}}. Årsaker vi kjenner til: {{kjente_årsaker}}.

Oppgave: Skriv korte kommentarer til de fem største avvikene.

Format: Én linje per avvik: hva avviket er (beløp og prosent), kjent årsak, og om det er engangs eller varig. Til slutt tre spørsmål lederne bør stille.

Begrensninger: Bruk bare tallene i tabellen, og regn ikke om noe uten å vise utregningen. Der årsaken ikke er kjent, skriv [UKJENT ÅRSAK] i stedet for å gjette.`,
      en: `You are a level-headed financial controller writing for managers without a finance background.

Context: These are the budget, the actual figures and the variances for {{month}}: {{variance_table}}. Causes we know of: {{known_causes}}.

Task: Write short comments on the five largest variances.

Format: One line per variance: what the variance is (amount and per cent), the known cause, and whether it is one-off or lasting. Finish with three questions the managers should ask.

Constraints: Use only the figures in the table, and do not recalculate anything without showing the working. Where the cause is not known, write [CAUSE UNKNOWN] instead of guessing.`,
    },
  },
  {
    id: 'lp-finance-payment-reminder',
    title: { nb: 'Vennlig betalingspåminnelse', en: 'A friendly payment reminder' },
    department: 'finance',
    task: { nb: 'Purring', en: 'Payment reminder' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['invoice', 'reminder', 'email'],
    placeholders: [
      {
        key: { nb: 'fakturadato', en: 'invoice_date' },
        label: { nb: 'Fakturadato', en: 'Invoice date' },
      },
      {
        key: { nb: 'forfallsdato', en: 'due_date' },
        label: { nb: 'Forfallsdato', en: 'Due date' },
      },
      {
        key: { nb: 'beløp', en: 'amount' },
        label: { nb: 'Utestående beløp', en: 'Amount outstanding' },
      },
    ],
    body: {
      nb: `Du er en vennlig og tydelig regnskapsmedarbeider.

Kontekst: En kunde har ikke betalt en faktura datert {{fakturadato}} med forfall {{forfallsdato}}. Utestående beløp er {{beløp}}. Kunden har betalt i tide før.

Oppgave: Skriv en kort, vennlig påminnelse på e-post.

Format: Høyst 100 ord. Tiltal kunden som [KUNDE] og skriv fakturanummeret som [FAKTURANR]. Avslutt med hvem kunden kan kontakte hvis noe er uklart.

Begrensninger: Ikke skriv noe om renter, gebyrer, inkasso eller frister utover det som står over – det legger jeg inn selv etter rutinene våre. Ikke anklag kunden.`,
      en: `You are a friendly and clear accounts assistant.

Context: A customer has not paid an invoice dated {{invoice_date}}, due on {{due_date}}. The amount outstanding is {{amount}}. The customer has paid on time before.

Task: Write a short, friendly reminder by e-mail.

Format: At most 100 words. Address the customer as [CUSTOMER] and write the invoice number as [INVOICE NO]. Finish with whom the customer can contact if anything is unclear.

Constraints: Do not write anything about interest, fees, debt collection or deadlines beyond what is given above – I add that myself according to our procedures. Do not accuse the customer.`,
    },
  },
  {
    id: 'lp-finance-explain-rule',
    title: { nb: 'Forklar en regel med enkle ord', en: 'Explain a rule in plain words' },
    department: 'finance',
    task: { nb: 'Forklaring', en: 'Explanation' },
    level: 'basic',
    dataClass: 'green',
    tags: ['plain-language', 'rules', 'check-the-source'],
    placeholders: [
      {
        key: { nb: 'regel', en: 'rule' },
        label: {
          nb: 'Regelen eller begrepet (f.eks. fra bokføringsloven)',
          en: 'The rule or term (e.g. from the Bookkeeping Act)',
        },
      },
      {
        key: { nb: 'lesere', en: 'readers' },
        label: { nb: 'Hvem som skal lese forklaringen', en: 'Who will read the explanation' },
      },
    ],
    body: {
      nb: `Du er en tålmodig økonomirådgiver som forklarer regler uten fagsjargong.

Kontekst: Jeg skal forklare dette for {{lesere}}: {{regel}}.

Oppgave: Forklar regelen med enkle ord, med ett konkret eksempel fra en norsk bedrift.

Format: Høyst 150 ord. Først én setning om hva regelen sier, så eksempelet, så hvor man kan lese mer.

Begrensninger: Skriv [SJEKK] ved alle tall, frister og paragrafer, så jeg kontrollerer dem på lovdata.no eller skatteetaten.no. Si fra hvis regelen kan ha blitt endret nylig.`,
      en: `You are a patient finance adviser who explains rules without jargon.

Context: I need to explain this to {{readers}}: {{rule}}.

Task: Explain the rule in plain words, with one concrete example from a Norwegian company.

Format: At most 150 words. First one sentence on what the rule says, then the example, then where to read more.

Constraints: Write [CHECK] next to every figure, deadline and section number, so I check them on lovdata.no or skatteetaten.no. Say so if the rule may have changed recently.`,
    },
  },
  {
    id: 'lp-finance-budget-assumptions',
    title: { nb: 'Utfordre budsjettforutsetningene', en: 'Challenge the budget assumptions' },
    department: 'finance',
    task: { nb: 'Budsjett', en: 'Budget' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['budget', 'risk', 'scenarios'],
    placeholders: [
      {
        key: { nb: 'forutsetninger', en: 'assumptions' },
        label: { nb: 'Forutsetningene i budsjettet', en: 'The assumptions in the budget' },
      },
      {
        key: { nb: 'budsjettlinjer', en: 'budget_lines' },
        label: {
          nb: 'De største budsjettlinjene (samlede tall)',
          en: 'The largest budget lines (totals)',
        },
      },
    ],
    body: {
      nb: `Du er en erfaren finansdirektør som er kjent for å stille de ubehagelige spørsmålene i tide.

Kontekst: Dette er forutsetningene i budsjettet vårt for neste år: {{forutsetninger}}. De største linjene: {{budsjettlinjer}}.

Oppgave: Gå gjennom forutsetningene og finn de som er mest usikre eller avhenger av hverandre.

Format: En tabell med Forutsetning, Hvorfor den er usikker, Hva som skjer med resultatet hvis den slår feil (lavt og høyt utfall) og Hvordan vi kan følge den med. Under tabellen: de tre forutsetningene vi bør følge tettest.

Begrensninger: Ikke legg til nye tall. Skriv utregningen for hvert utfall, så jeg kan regne etter. Skriv [ANTAKELSE] der du må anta noe.`,
      en: `You are an experienced finance director known for asking the awkward questions in time.

Context: These are the assumptions in our budget for next year: {{assumptions}}. The largest lines: {{budget_lines}}.

Task: Go through the assumptions and find those that are most uncertain or depend on each other.

Format: A table with Assumption, Why it is uncertain, What happens to the result if it is wrong (low and high outcome) and How we can track it. Below the table: the three assumptions we should watch most closely.

Constraints: Do not add new figures. Write out the calculation for each outcome, so I can check it. Write [ASSUMPTION] wherever you have to assume something.`,
    },
  },
  {
    id: 'lp-finance-process-review',
    title: {
      nb: 'Hvor kan KI hjelpe i en økonomiprosess?',
      en: 'Where can AI help in a finance process?',
    },
    department: 'finance',
    task: { nb: 'Prosessforbedring', en: 'Process improvement' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['process', 'controls', 'roi'],
    placeholders: [
      {
        key: { nb: 'prosess', en: 'process' },
        label: {
          nb: 'Prosessen (f.eks. fakturamottak)',
          en: 'The process (e.g. receiving invoices)',
        },
      },
      {
        key: { nb: 'steg', en: 'steps' },
        label: { nb: 'Stegene slik de gjøres i dag', en: 'The steps as they are done today' },
      },
      {
        key: { nb: 'volum', en: 'volume' },
        label: { nb: 'Volum per måned', en: 'Volume per month' },
      },
    ],
    body: {
      nb: `Du er en rådgiver som har hjulpet mange norske økonomiavdelinger med å ta i bruk KI på en trygg måte.

Kontekst: Prosessen er {{prosess}}, med rundt {{volum}} saker i måneden. Stegene i dag: {{steg}}.

Oppgave: Vurder hvert steg: kan KI lage et utkast eller en kontroll, og hvilken dataklasse har opplysningene i steget (grønn, gul eller rød)?

Format: En tabell med Steg, Hva KI kan gjøre, Dataklasse, Kontroll som må være igjen (f.eks. attestasjon og fire øyne) og Hva vi måler før og etter. Til slutt: det ene steget vi bør starte med, og hvorfor.

Begrensninger: Ingen steg skal la KI godkjenne, betale eller bokføre alene. Personopplysninger og lønn er røde og skal ikke inn i et verktøy som ikke er godkjent for rødt. Ikke finn på tidsbesparelser; skriv [MÅL DETTE].`,
      en: `You are an adviser who has helped many Norwegian finance departments adopt AI safely.

Context: The process is {{process}}, with around {{volume}} cases a month. The steps today: {{steps}}.

Task: Assess each step: can AI make a draft or a check, and which data class does the information in the step have (green, yellow or red)?

Format: A table with Step, What AI can do, Data class, Control that must stay (e.g. approval and four eyes) and What we measure before and after. Finally: the one step we should start with, and why.

Constraints: No step may let AI approve, pay or post entries on its own. Personal data and pay are red and must not go into a tool that is not approved for red. Do not invent time savings; write [MEASURE THIS].`,
    },
  },
] satisfies LibraryPrompt[]
