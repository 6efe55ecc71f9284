import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-cs-complaint-reply',
    title: { nb: 'Svar på en klage', en: 'Reply to a complaint' },
    department: 'customer-service',
    task: { nb: 'Klagebehandling', en: 'Complaint handling' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['complaints', 'email', 'anonymise'],
    placeholders: [
      {
        key: { nb: 'henvendelse', en: 'enquiry' },
        label: {
          nb: 'Klagen, uten navn, adresse og ordrenummer',
          en: 'The complaint, without name, address and order number',
        },
      },
      {
        key: { nb: 'hva_vi_kan_tilby', en: 'what_we_can_offer' },
        label: { nb: 'Hva vi kan tilby', en: 'What we can offer' },
      },
    ],
    body: {
      nb: `Du er en erfaren og vennlig kundebehandler i en norsk bedrift.

Kontekst: En kunde har klaget. Her er klagen, der alle personopplysninger er tatt ut: {{henvendelse}}. Dette kan vi tilby: {{hva_vi_kan_tilby}}.

Oppgave: Skriv et utkast til svar.

Format: Høyst 150 ord: vis at du har forstått problemet, beklag der det er riktig, si hva vi gjør nå og hva kunden kan forvente. Tiltal kunden som [KUNDE], og vis til [ORDRENUMMER].

Begrensninger: Ikke lov noe utover det vi kan tilby. Ikke gjett årsaken til problemet. Ikke vis til lover eller paragrafer uten at jeg har gitt deg dem. Varm, klar tone uten fagspråk.`,
      en: `You are an experienced and friendly customer service agent in a Norwegian company.

Context: A customer has complained. Here is the complaint, with all personal data removed: {{enquiry}}. This is what we can offer: {{what_we_can_offer}}.

Task: Write a draft reply.

Format: At most 150 words: show that you have understood the problem, apologise where that is right, say what we are doing now and what the customer can expect. Address the customer as [CUSTOMER], and refer to [ORDER NUMBER].

Constraints: Do not promise anything beyond what we can offer. Do not guess the cause of the problem. Do not refer to laws or sections unless I have given them to you. A warm, clear tone without jargon.`,
    },
  },
  {
    id: 'lp-cs-tone-check',
    title: {
      nb: 'Gjør svaret ditt vennligere og klarere',
      en: 'Make your reply friendlier and clearer',
    },
    department: 'customer-service',
    task: { nb: 'Språkvask', en: 'Editing' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['tone-of-voice', 'editing', 'email'],
    placeholders: [
      {
        key: { nb: 'utkast', en: 'draft' },
        label: {
          nb: 'Utkastet ditt, med [KUNDE], [ORDRENR] osv. i stedet for personopplysninger',
          en: 'Your draft, with [CUSTOMER], [ORDER NO] etc. instead of personal data',
        },
      },
    ],
    body: {
      nb: `Du er en språkcoach for kundeservice.

Kontekst: Her er et svar jeg har skrevet til en kunde. Navn, e-post, telefonnummer, adresse og ordrenummer skal være byttet ut med plassholdere i hakeparentes: {{utkast}}

Oppgave: Sjekk først om teksten fortsatt inneholder noe som kan peke på en person, som et navn, en e-postadresse, et telefonnummer, en adresse eller et ordrenummer. Gjenta det ikke: list bare hva slags opplysning det er, så jeg kan fjerne den. Skriv deretter om svaret så det blir vennligere, klarere og kortere.

Format: Først listen over opplysninger jeg må fjerne (eller «Ingen funnet»). Så det nye svaret. Til slutt tre korte tips om hva jeg kan gjøre annerledes neste gang.

Begrensninger: Behold alle fakta, frister og beløp nøyaktig som de er. Ikke legg til løfter eller unnskyldninger for ting vi ikke har gjort feil. Behold plassholderne i hakeparentes.`,
      en: `You are a language coach for customer service.

Context: Here is a reply I have written to a customer. Names, e-mail addresses, phone numbers, addresses and order numbers should have been replaced with placeholders in square brackets: {{draft}}

Task: First check whether the text still contains anything that could point to a person, such as a name, an e-mail address, a phone number, an address or an order number. Do not repeat it: just list what kind of information it is, so I can remove it. Then rewrite the reply so it is friendlier, clearer and shorter.

Format: First the list of information I must remove (or "None found"). Then the new reply. Finally three short tips on what I can do differently next time.

Constraints: Keep all facts, deadlines and amounts exactly as they are. Do not add promises or apologies for things we have not done wrong. Keep the placeholders in square brackets.`,
    },
  },
  {
    id: 'lp-cs-standard-replies',
    title: { nb: 'Standardsvar fra vilkårene', en: 'Standard replies from your terms' },
    department: 'customer-service',
    task: { nb: 'Standardsvar', en: 'Standard replies' },
    level: 'intermediate',
    dataClass: 'green',
    tags: ['templates', 'faq', 'quality-check'],
    placeholders: [
      {
        key: { nb: 'vilkår', en: 'terms' },
        label: { nb: 'De publiserte vilkårene', en: 'The published terms' },
      },
      {
        key: { nb: 'spørsmål', en: 'questions' },
        label: { nb: 'De vanligste spørsmålene', en: 'The most common questions' },
      },
    ],
    body: {
      nb: `Du er teamleder i kundeservice og opptatt av riktige svar.

Kontekst: Her er de publiserte vilkårene våre: {{vilkår}}

Oppgave: Skriv standardsvar på disse spørsmålene: {{spørsmål}}

Format: For hvert spørsmål: et svar på høyst 90 ord og en linje med «Kilde i vilkårene:» som viser til punktet svaret bygger på. Bruk [KUNDE] som plassholder.

Begrensninger: Bruk bare vilkårene. Finner du ikke svaret der, skriv [IKKE I VILKÅRENE] i stedet for å svare. Ikke lov noe som ikke står der.`,
      en: `You are a team leader in customer service who cares about correct answers.

Context: Here are our published terms: {{terms}}

Task: Write standard replies to these questions: {{questions}}

Format: For each question: a reply of at most 90 words and a line "Source in the terms:" that points to the clause the reply is based on. Use [CUSTOMER] as a placeholder.

Constraints: Use only the terms. If you cannot find the answer there, write [NOT IN THE TERMS] instead of answering. Do not promise anything that is not stated there.`,
    },
  },
  {
    id: 'lp-cs-faq-from-enquiries',
    title: { nb: 'Ofte stilte spørsmål fra henvendelser', en: 'FAQ from customer enquiries' },
    department: 'customer-service',
    task: { nb: 'Ofte stilte spørsmål', en: 'FAQ' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['faq', 'analysis', 'self-service'],
    placeholders: [
      {
        key: { nb: 'henvendelser', en: 'enquiries' },
        label: {
          nb: 'Henvendelser, uten personopplysninger',
          en: 'Enquiries, without personal data',
        },
      },
    ],
    body: {
      nb: `Du er en analytiker som hjelper kundeservice å redusere antall henvendelser.

Kontekst: Her er et utvalg henvendelser fra siste måned. Personopplysninger er tatt ut: {{henvendelser}}

Oppgave: Grupper henvendelsene etter tema, og foreslå en FAQ for nettsiden.

Format: 1) En tabell med Tema, Antall og Eksempel (omskrevet). 2) De ti viktigste spørsmålene med et forslag til svar, der du skriver [FYLL INN] der svaret må komme fra oss. 3) To forslag til endringer som kan gjøre at kundene ikke trenger å spørre.

Begrensninger: Ikke finn på svar om våre regler, priser eller leveringstider. Skriv spørsmålene slik kundene selv ville sagt det.`,
      en: `You are an analyst helping customer service reduce the number of enquiries.

Context: Here is a sample of enquiries from the last month. Personal data has been removed: {{enquiries}}

Task: Group the enquiries by theme, and propose an FAQ for the website.

Format: 1) A table with Theme, Count and Example (paraphrased). 2) The ten most important questions with a suggested answer, writing [FILL IN] where the answer has to come from us. 3) Two suggestions for changes that could mean customers do not need to ask.

Constraints: Do not invent answers about our rules, prices or delivery times. Write the questions the way customers themselves would put them.`,
    },
  },
  {
    id: 'lp-cs-call-summary',
    title: { nb: 'Sammendrag av en kundesamtale', en: 'Summary of a customer call' },
    department: 'customer-service',
    task: { nb: 'Saksnotat', en: 'Case note' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['notes', 'summary', 'handover'],
    placeholders: [
      {
        key: { nb: 'samtalenotater', en: 'call_notes' },
        label: {
          nb: 'Notatene dine fra samtalen, uten navn og kontaktinfo',
          en: 'Your notes from the call, without names and contact details',
        },
      },
    ],
    body: {
      nb: `Du er en nøyaktig kundebehandler som skriver gode saksnotater.

Kontekst: Her er de raske notatene mine fra en telefonsamtale: {{samtalenotater}}

Oppgave: Skriv et saksnotat som en kollega kan ta over fra.

Format: Feltene Hva kunden trenger, Hva som er gjort, Hva som er lovet og innen når, og Neste steg. Høyst 100 ord.

Begrensninger: Bare det som står i notatene. Ikke ta med opplysninger om helse, økonomi eller familie med mindre de er helt nødvendige for saken. Skriv [UKLART] der notatene ikke gir svar.`,
      en: `You are a meticulous customer service agent who writes good case notes.

Context: Here are my quick notes from a phone call: {{call_notes}}

Task: Write a case note that a colleague can take over from.

Format: The fields What the customer needs, What has been done, What has been promised and by when, and Next step. At most 100 words.

Constraints: Only what is in the notes. Do not include details about health, finances or family unless they are strictly necessary for the case. Write [UNCLEAR] where the notes give no answer.`,
    },
  },
  {
    id: 'lp-cs-chatbot-readiness',
    title: { nb: 'Er vi klare for en kundechatbot?', en: 'Are we ready for a customer chatbot?' },
    department: 'customer-service',
    task: { nb: 'KI-strategi', en: 'AI strategy' },
    level: 'expert',
    dataClass: 'green',
    tags: ['chatbot', 'ai-act', 'risk'],
    placeholders: [
      {
        key: { nb: 'formål', en: 'purpose' },
        label: { nb: 'Hva chatboten skal gjøre', en: 'What the chatbot should do' },
      },
      {
        key: { nb: 'kunder', en: 'customers' },
        label: { nb: 'Hvem kundene er', en: 'Who the customers are' },
      },
    ],
    body: {
      nb: `Du er en rådgiver innen KI, personvern og kundeopplevelse for norske bedrifter.

Kontekst: Vi vurderer en chatbot på nettsiden. Den skal {{formål}}. Kundene våre er {{kunder}}.

Oppgave: Lag en sjekkliste over det vi må avklare før vi tar den i bruk.

Format: Grupper punktene under Åpenhet (kundene må forstå at de snakker med en maskin), Personvern (GDPR: hvilke data, hvor lagres de, databehandleravtale), Kvalitet (feil svar, testing, overføring til et menneske), EUs KI-forordning og Måling. For hvert punkt: hva vi må gjøre, og hvem som bør eie det (rolle).

Begrensninger: Du skal ikke konkludere med at noe er lovlig. Skriv [SJEKK] ved henvisninger til lover og artikler, så vi kan kontrollere dem. Ta med hva vi gjør hvis chatboten gir et feil svar.`,
      en: `You are an adviser on AI, data protection and customer experience for Norwegian companies.

Context: We are considering a chatbot on our website. It should {{purpose}}. Our customers are {{customers}}.

Task: Make a checklist of what we must settle before we start using it.

Format: Group the points under Openness (customers must understand they are talking to a machine), Data protection (GDPR: which data, where it is stored, data processing agreement), Quality (wrong answers, testing, handover to a human), The EU AI Act and Measurement. For each point: what we must do, and who should own it (role).

Constraints: Do not conclude that anything is lawful. Write [CHECK] next to references to laws and articles, so that we can verify them. Include what we do if the chatbot gives a wrong answer.`,
    },
  },
] satisfies LibraryPrompt[]
