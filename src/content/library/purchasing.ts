import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-purchasing-rfq',
    title: { nb: 'Forespørsel om tilbud', en: 'Request for quotation' },
    department: 'purchasing',
    task: { nb: 'Tilbudsforespørsel', en: 'Request for quotation' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['rfq', 'suppliers', 'email'],
    placeholders: [
      { key: { nb: 'behov', en: 'need' }, label: { nb: 'Hva dere trenger', en: 'What you need' } },
      {
        key: { nb: 'mengde', en: 'quantity' },
        label: { nb: 'Mengde og leveringssted', en: 'Quantity and delivery place' },
      },
      { key: { nb: 'svarfrist', en: 'reply_by' }, label: { nb: 'Svarfrist', en: 'Reply by' } },
    ],
    body: {
      nb: `Du er en ryddig innkjøper i en norsk bedrift.

Kontekst: Vi trenger {{behov}}. Mengde og leveringssted: {{mengde}}. Svarfrist: {{svarfrist}}.

Oppgave: Skriv en forespørsel om tilbud som vi kan sende til flere leverandører.

Format: Kort innledning, behovet i punkter, hva tilbudet må inneholde (pris per enhet, frakt, leveringstid, betalingsbetingelser, hvor lenge tilbudet gjelder), svarfrist og kontaktperson som [KONTAKTPERSON].

Begrensninger: Ikke nevn budsjett, andre leverandører eller priser vi har fått før. Be alle leverandørene om det samme, så tilbudene kan sammenlignes.`,
      en: `You are an orderly purchaser in a Norwegian company.

Context: We need {{need}}. Quantity and delivery place: {{quantity}}. Reply by: {{reply_by}}.

Task: Write a request for quotation we can send to several suppliers.

Format: A short introduction, the need in bullet points, what the offer must contain (unit price, shipping, delivery time, payment terms, how long the offer is valid), the reply date and the contact person as [CONTACT PERSON].

Constraints: Do not mention the budget, other suppliers or prices we have had before. Ask every supplier for the same things, so the offers can be compared.`,
    },
  },
  {
    id: 'lp-purchasing-offer-comparison',
    title: {
      nb: 'Sammenlign tilbud uten å miste vilkårene',
      en: 'Compare offers without losing the conditions',
    },
    department: 'purchasing',
    task: { nb: 'Tilbudssammenligning', en: 'Offer comparison' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['offers', 'comparison', 'check-the-source'],
    placeholders: [
      {
        key: { nb: 'tilbud_a', en: 'offer_a' },
        label: { nb: 'Tilbud A (uten kontaktpersoner)', en: 'Offer A (without contact people)' },
      },
      {
        key: { nb: 'tilbud_b', en: 'offer_b' },
        label: { nb: 'Tilbud B (uten kontaktpersoner)', en: 'Offer B (without contact people)' },
      },
      {
        key: { nb: 'behov', en: 'need' },
        label: { nb: 'Hva vi skal kjøpe, og hvor mye', en: 'What we are buying, and how much' },
      },
    ],
    body: {
      nb: `Du er en grundig innkjøpsrådgiver.

Kontekst: Vi skal kjøpe {{behov}}. Tilbud A: {{tilbud_a}}. Tilbud B: {{tilbud_b}}.

Oppgave: Sammenlign tilbudene.

Format: En tabell med én rad per vilkår (pris, frakt, leveringstid, bindingstid, minstekvantum, betaling, garanti) og én kolonne per tilbud. Under tabellen: totalkostnad for vårt volum med utregning, og hva som ikke er sammenlignbart.

Begrensninger: Ta med alle vilkår av typen «bare hvis» og «forutsatt at». Ikke bland tallene fra de to tilbudene. Skriv [IKKE OPPGITT] der et tilbud ikke sier noe, i stedet for å gjette.`,
      en: `You are a thorough procurement adviser.

Context: We are buying {{need}}. Offer A: {{offer_a}}. Offer B: {{offer_b}}.

Task: Compare the offers.

Format: A table with one row per condition (price, shipping, delivery time, commitment period, minimum quantity, payment, warranty) and one column per offer. Below the table: the total cost for our volume with the working, and what cannot be compared.

Constraints: Include every condition of the kind "only if" and "provided that". Do not mix up the figures of the two offers. Write [NOT STATED] where an offer says nothing, instead of guessing.`,
    },
  },
  {
    id: 'lp-purchasing-late-delivery',
    title: { nb: 'E-post om forsinket levering', en: 'E-mail about a late delivery' },
    department: 'purchasing',
    task: { nb: 'Leverandøroppfølging', en: 'Supplier follow-up' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['suppliers', 'email', 'delivery'],
    placeholders: [
      {
        key: { nb: 'bestilling', en: 'order' },
        label: {
          nb: 'Hva som er bestilt, og avtalt leveringsdato',
          en: 'What was ordered, and the agreed delivery date',
        },
      },
      {
        key: { nb: 'avtalevilkår', en: 'agreement_terms' },
        label: {
          nb: 'Det avtalen sier om forsinkelse',
          en: 'What the agreement says about delays',
        },
      },
      {
        key: { nb: 'konsekvens', en: 'impact' },
        label: { nb: 'Hva forsinkelsen betyr for oss', en: 'What the delay means for us' },
      },
    ],
    body: {
      nb: `Du er en bestemt, men høflig innkjøper.

Kontekst: Bestillingen: {{bestilling}}. Leveringen er forsinket. Avtalen sier: {{avtalevilkår}}. For oss betyr forsinkelsen: {{konsekvens}}.

Oppgave: Skriv en e-post til leverandøren.

Format: Høyst 150 ord: hva som er avtalt, hva som har skjedd, hva vi ber om (ny bekreftet dato innen en frist), og at vi forbeholder oss rettighetene etter avtalen. Tiltal leverandøren som [LEVERANDØR] og skriv ordrenummeret som [ORDRENR].

Begrensninger: Vis bare til vilkår som står over. Ikke true med noe avtalen ikke gir oss rett til.`,
      en: `You are a firm but polite purchaser.

Context: The order: {{order}}. The delivery is late. The agreement says: {{agreement_terms}}. For us the delay means: {{impact}}.

Task: Write an e-mail to the supplier.

Format: At most 150 words: what was agreed, what has happened, what we ask for (a new confirmed date by a deadline), and that we reserve our rights under the agreement. Address the supplier as [SUPPLIER] and write the order number as [ORDER NO].

Constraints: Refer only to terms stated above. Do not threaten anything the agreement does not entitle us to.`,
    },
  },
  {
    id: 'lp-purchasing-tender-criteria',
    title: {
      nb: 'Krav og tildelingskriterier til en konkurranse',
      en: 'Requirements and award criteria for a tender',
    },
    department: 'purchasing',
    task: { nb: 'Konkurransegrunnlag', en: 'Tender documents' },
    level: 'expert',
    dataClass: 'yellow',
    tags: ['tender', 'requirements', 'evaluation'],
    placeholders: [
      {
        key: { nb: 'anskaffelse', en: 'procurement' },
        label: {
          nb: 'Hva som skal kjøpes, og omtrent hvor mye',
          en: 'What is being bought, and roughly how much',
        },
      },
      {
        key: { nb: 'viktigst', en: 'priorities' },
        label: { nb: 'Det viktigste for oss', en: 'What matters most to us' },
      },
    ],
    body: {
      nb: `Du er en erfaren innkjøpsrådgiver som skriver krav som kan etterprøves.

Kontekst: Vi skal kjøpe {{anskaffelse}}. Det viktigste for oss: {{viktigst}}.

Oppgave: Lag et utkast til krav og tildelingskriterier.

Format: To tabeller. Krav: Krav, Absolutt eller ønsket, og Hvordan leverandøren dokumenterer det. Tildelingskriterier: Kriterium, Vekt i prosent (til sammen 100) og Hvordan vi poengsetter det.

Begrensninger: Hvert krav skal kunne etterprøves. Unngå krav som bare én leverandør kan oppfylle uten god grunn. Hvis vi er en offentlig oppdragsgiver, gjelder anskaffelsesregelverket: skriv [SJEKK ANSKAFFELSESREGLENE] der det kan ha betydning.`,
      en: `You are an experienced procurement adviser who writes requirements that can be verified.

Context: We are buying {{procurement}}. What matters most to us: {{priorities}}.

Task: Draft requirements and award criteria.

Format: Two tables. Requirements: Requirement, Mandatory or desired, and How the supplier documents it. Award criteria: Criterion, Weight in per cent (100 in total) and How we score it.

Constraints: Every requirement must be verifiable. Avoid requirements only one supplier can meet without good reason. If we are a public contracting authority, the public procurement rules apply: write [CHECK THE PROCUREMENT RULES] where that may matter.`,
    },
  },
  {
    id: 'lp-purchasing-supplier-due-diligence',
    title: {
      nb: 'Spørsmål til leverandører om ansvarlig drift',
      en: 'Questions for suppliers on responsible business',
    },
    department: 'purchasing',
    task: { nb: 'Aktsomhetsvurdering', en: 'Due diligence' },
    level: 'expert',
    dataClass: 'green',
    tags: ['due-diligence', 'suppliers', 'risk'],
    placeholders: [
      {
        key: { nb: 'varegruppe', en: 'product_category' },
        label: { nb: 'Varegruppe eller tjeneste', en: 'Product category or service' },
      },
      {
        key: { nb: 'land', en: 'countries' },
        label: { nb: 'Land varene produseres i', en: 'Countries where the goods are made' },
      },
    ],
    body: {
      nb: `Du er en rådgiver i bærekraftige innkjøp som kjenner norske forhold.

Kontekst: Vi kjøper {{varegruppe}} som produseres i {{land}}. Vi vil vite mer om risikoen for brudd på menneskerettigheter og anstendige arbeidsforhold hos leverandørene.

Oppgave: Lag et kort spørreskjema til leverandørene og en liste over hva vi bør se etter i svarene.

Format: Høyst 12 spørsmål, gruppert under Arbeidsforhold, Underleverandører, Miljø og Oppfølging. Under hver gruppe: ett tegn på at svaret er godt, og ett varsko.

Begrensninger: Ikke påstå noe om bestemte leverandører eller land uten kilde. Skriv [SJEKK] ved lovhenvisninger. Si at åpenhetsloven gjelder større virksomheter, og at vi må sjekke om den gjelder oss (Forbrukertilsynet har veiledning).`,
      en: `You are an adviser on sustainable procurement who knows Norwegian conditions.

Context: We buy {{product_category}} made in {{countries}}. We want to know more about the risk of human rights abuses and poor working conditions at our suppliers.

Task: Write a short questionnaire for the suppliers and a list of what to look for in their answers.

Format: At most 12 questions, grouped under Working conditions, Subcontractors, Environment and Follow-up. Under each group: one sign of a good answer, and one warning sign.

Constraints: Do not claim anything about particular suppliers or countries without a source. Write [CHECK] next to legal references. Say that the Transparency Act applies to larger enterprises, and that we must check whether it applies to us (the Consumer Authority has guidance).`,
    },
  },
] satisfies LibraryPrompt[]
