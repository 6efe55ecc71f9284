import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-sales-followup-email',
    title: { nb: 'Oppfølging etter kundemøte', en: 'Follow-up after a customer meeting' },
    department: 'sales',
    task: { nb: 'E-post', en: 'E-mail' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['email', 'follow-up', 'meetings'],
    placeholders: [
      {
        key: { nb: 'kundens_bransje', en: 'customer_industry' },
        label: { nb: 'Kundens bransje', en: "Customer's industry" },
      },
      {
        key: { nb: 'møtenotater', en: 'meeting_notes' },
        label: { nb: 'Hovedpunkter fra møtet', en: 'Key points from the meeting' },
      },
      { key: { nb: 'neste_steg', en: 'next_step' }, label: { nb: 'Neste steg', en: 'Next step' } },
      { key: { nb: 'svarfrist', en: 'reply_by' }, label: { nb: 'Svarfrist', en: 'Reply by' } },
    ],
    body: {
      nb: `Du er en hyggelig og presis selger i en norsk B2B-bedrift.

Kontekst: Jeg har hatt møte med en kunde i bransjen {{kundens_bransje}}. Hovedpunkter: {{møtenotater}}. Neste steg: {{neste_steg}}. Vi ønsker svar innen {{svarfrist}}.

Oppgave: Skriv en oppfølgings-e-post.

Format: Høyst 150 ord: takk for møtet, en kort oppsummering i punkter, neste steg og svarfrist. Tiltal kunden som [KUNDE].

Begrensninger: Bruk bare det som står over. Ikke nevn andre kunder, interne marginer eller rabatter som ikke er avtalt. Regn over alle priser og rabatter, og vis utregningen til meg under e-posten.`,
      en: `You are a friendly and precise salesperson in a Norwegian B2B company.

Context: I have had a meeting with a customer in the {{customer_industry}} industry. Key points: {{meeting_notes}}. Next step: {{next_step}}. We would like a reply by {{reply_by}}.

Task: Write a follow-up e-mail.

Format: At most 150 words: thanks for the meeting, a short summary in bullet points, the next step and the reply date. Address the customer as [CUSTOMER].

Constraints: Use only what is stated above. Do not mention other customers, internal margins or discounts that have not been agreed. Check all prices and discounts, and show me your workings below the e-mail.`,
    },
  },
  {
    id: 'lp-sales-meeting-prep',
    title: { nb: 'Forbered et kundemøte', en: 'Prepare for a customer meeting' },
    department: 'sales',
    task: { nb: 'Møteforberedelse', en: 'Meeting preparation' },
    level: 'basic',
    dataClass: 'green',
    tags: ['meetings', 'preparation', 'questions'],
    placeholders: [
      {
        key: { nb: 'offentlig_info', en: 'public_info' },
        label: {
          nb: 'Offentlig informasjon om kunden (nettside, årsrapport)',
          en: 'Public information about the customer (website, annual report)',
        },
      },
      {
        key: { nb: 'vårt_tilbud', en: 'our_offer' },
        label: { nb: 'Hva vi selger', en: 'What we sell' },
      },
    ],
    body: {
      nb: `Du er en erfaren salgscoach.

Kontekst: Jeg skal i møte med en mulig kunde. Dette er offentlig informasjon om dem: {{offentlig_info}}. Vi selger: {{vårt_tilbud}}.

Oppgave: Gi meg det jeg trenger for å forberede møtet.

Format: 1) Tre hypoteser om hvilke behov kunden kan ha, med begrunnelse fra teksten. 2) Åtte åpne spørsmål jeg kan stille. 3) Tre ting jeg bør unngå å si.

Begrensninger: Bruk bare informasjonen over, og skill tydelig mellom fakta og dine gjetninger. Ikke finn på tall om kunden.`,
      en: `You are an experienced sales coach.

Context: I am meeting a potential customer. This is public information about them: {{public_info}}. We sell: {{our_offer}}.

Task: Give me what I need to prepare for the meeting.

Format: 1) Three hypotheses about what needs the customer may have, with reasons from the text. 2) Eight open questions I can ask. 3) Three things I should avoid saying.

Constraints: Use only the information above, and separate facts clearly from your guesses. Do not invent figures about the customer.`,
    },
  },
  {
    id: 'lp-sales-objections',
    title: {
      nb: 'Forstå innvendingene du ofte hører',
      en: 'Understand the objections you often hear',
    },
    department: 'sales',
    task: { nb: 'Innvendinger', en: 'Objections' },
    level: 'basic',
    dataClass: 'green',
    tags: ['objections', 'preparation'],
    placeholders: [
      {
        key: { nb: 'produkt', en: 'product' },
        label: { nb: 'Produkt eller tjeneste', en: 'Product or service' },
      },
      {
        key: { nb: 'innvendinger', en: 'objections' },
        label: { nb: 'Innvendinger du ofte hører', en: 'Objections you often hear' },
      },
    ],
    body: {
      nb: `Du er en erfaren selger som lytter mer enn du snakker.

Kontekst: Jeg selger {{produkt}}. Dette er innvendinger jeg ofte hører: {{innvendinger}}.

Oppgave: For hver innvending: forklar hva kunden kanskje egentlig mener, foreslå ett oppfølgingsspørsmål, og gi et kort, ærlig svar.

Format: En tabell med kolonnene Innvending, Mulig bakgrunn, Spørsmål og Svar.

Begrensninger: Unngå press-teknikker, og ikke lov noe om pris eller levering. Svarene skal være på vanlig, muntlig bokmål.`,
      en: `You are an experienced salesperson who listens more than you talk.

Context: I sell {{product}}. These are objections I often hear: {{objections}}.

Task: For each objection: explain what the customer may really mean, suggest one follow-up question, and give a short, honest answer.

Format: A table with the columns Objection, Possible background, Question and Answer.

Constraints: Avoid pressure tactics, and do not promise anything about price or delivery. The answers should be in plain, spoken English.`,
    },
  },
  {
    id: 'lp-sales-objection-roleplay',
    title: { nb: 'Øv på en innvending i rollespill', en: 'Practise an objection in a role-play' },
    department: 'sales',
    task: { nb: 'Innvendinger', en: 'Objections' },
    level: 'basic',
    dataClass: 'green',
    tags: ['objections', 'role-play', 'practice'],
    placeholders: [
      {
        key: { nb: 'produkt', en: 'product' },
        label: { nb: 'Produkt eller tjeneste', en: 'Product or service' },
      },
      {
        key: { nb: 'innvending', en: 'objection' },
        label: { nb: 'Innvendingen du vil øve på', en: 'The objection you want to practise' },
      },
    ],
    body: {
      nb: `Du er en kunde som vurderer {{produkt}}, og du er skeptisk.

Kontekst: Jeg er selgeren og vil øve på denne innvendingen: {{innvending}}.

Oppgave: Spill kunden i et kort rollespill. Start med innvendingen, og svar på det jeg sier, ett innlegg om gangen.

Format: Korte, muntlige replikker. Etter fem runder går du ut av rollen og gir meg tre konkrete tilbakemeldinger: hva som virket, hva jeg kan spørre om, og hva jeg bør slutte med.

Begrensninger: Vær realistisk, ikke urimelig. Ikke gi deg før jeg faktisk har svart på det du er bekymret for.`,
      en: `You are a customer considering {{product}}, and you are sceptical.

Context: I am the salesperson and want to practise this objection: {{objection}}.

Task: Play the customer in a short role-play. Start with the objection, and respond to what I say, one turn at a time.

Format: Short, spoken lines. After five rounds, step out of the role and give me three concrete pieces of feedback: what worked, what I could ask about, and what I should stop doing.

Constraints: Be realistic, not unreasonable. Do not give in until I have actually answered what you are worried about.`,
    },
  },
  {
    id: 'lp-sales-value-proposition',
    title: { nb: 'Verdiforslag for en målgruppe', en: 'Value proposition for a target group' },
    department: 'sales',
    task: { nb: 'Salgsargumenter', en: 'Sales arguments' },
    level: 'intermediate',
    dataClass: 'green',
    tags: ['value-proposition', 'messaging', 'segments'],
    placeholders: [
      {
        key: { nb: 'produkt', en: 'product' },
        label: { nb: 'Produkt eller tjeneste', en: 'Product or service' },
      },
      { key: { nb: 'målgruppe', en: 'audience' }, label: { nb: 'Målgruppe', en: 'Target group' } },
      {
        key: { nb: 'dokumenterte_fordeler', en: 'documented_benefits' },
        label: { nb: 'Fordeler dere kan dokumentere', en: 'Benefits you can document' },
      },
    ],
    body: {
      nb: `Du er en skarp B2B-markedsstrateg.

Kontekst: Vi selger {{produkt}} til {{målgruppe}}. Dette er fordeler vi kan dokumentere: {{dokumenterte_fordeler}}.

Oppgave: Skriv et verdiforslag, og tenk steg for steg. Beskriv først målgruppens tre viktigste utfordringer i hverdagen. Koble deretter hver utfordring til en av fordelene. Formuler til slutt verdiforslaget.

Format: Utfordringer og koblinger som punktliste. Verdiforslaget på én setning, pluss tre støttepunkter på høyst 15 ord hver.

Begrensninger: Hold deg til de dokumenterte fordelene, og unngå superlativer som «best» eller «ledende». Merk utfordringer du har antatt med [ANTAKELSE], så jeg kan sjekke dem med kunder.`,
      en: `You are a sharp B2B marketing strategist.

Context: We sell {{product}} to {{audience}}. These are benefits we can document: {{documented_benefits}}.

Task: Write a value proposition, thinking step by step. First describe the three most important everyday challenges of the target group. Then link each challenge to one of the benefits. Finally put the value proposition into words.

Format: The challenges and links as a bulleted list. The value proposition in one sentence, plus three supporting points of at most 15 words each.

Constraints: Stick to the documented benefits, and avoid superlatives such as "best" or "leading". Mark challenges you have assumed with [ASSUMPTION], so that I can check them with customers.`,
    },
  },
  {
    id: 'lp-sales-tender-go-no-go',
    title: { nb: 'Skal vi gi tilbud på anbudet?', en: 'Should we bid on this tender?' },
    department: 'sales',
    task: { nb: 'Anbud', en: 'Tender' },
    level: 'intermediate',
    dataClass: 'yellow',
    tags: ['tender', 'decision', 'public-procurement'],
    placeholders: [
      {
        key: { nb: 'konkurransegrunnlag', en: 'tender_documents' },
        label: { nb: 'Utdrag fra konkurransegrunnlaget', en: 'Extract from the tender documents' },
      },
      {
        key: { nb: 'kapasitet', en: 'capacity' },
        label: { nb: 'Vår kapasitet og erfaring', en: 'Our capacity and experience' },
      },
    ],
    body: {
      nb: `Du er en erfaren tilbudsleder som hjelper en norsk SMB med å velge hvilke anbud de skal bruke tid på.

Kontekst: Her er utdrag fra konkurransegrunnlaget: {{konkurransegrunnlag}}. Dette er vår kapasitet og erfaring: {{kapasitet}}.

Oppgave: Vurder om vi bør gi tilbud.

Format: 1) En liste over alle absolutte krav (kvalifikasjonskrav og frister), hver merket Oppfylt, Usikkert eller Ikke oppfylt. 2) Tildelingskriteriene og hvordan vi står på hvert. 3) En anbefaling: Gå videre, Avklar først eller Ikke gi tilbud, med tre begrunnelser.

Begrensninger: Sitér kravene ordrett fra teksten. Ikke gjett: er noe uklart, foreslå et spørsmål til oppdragsgiver. Beslutningen tar vi selv.`,
      en: `You are an experienced bid manager who helps a Norwegian SME choose which tenders to spend time on.

Context: Here is an extract from the tender documents: {{tender_documents}}. This is our capacity and experience: {{capacity}}.

Task: Assess whether we should submit a bid.

Format: 1) A list of all mandatory requirements (qualification requirements and deadlines), each marked Met, Uncertain or Not met. 2) The award criteria and how we stand on each. 3) A recommendation: Go ahead, Clarify first or Do not bid, with three reasons.

Constraints: Quote the requirements word for word from the text. If something is unclear, suggest a question for the contracting authority. We make the decision ourselves.`,
    },
  },
  {
    id: 'lp-sales-crm-notes',
    title: { nb: 'Møtenotater til CRM', en: 'Meeting notes for the CRM' },
    department: 'sales',
    task: { nb: 'CRM-notat', en: 'CRM entry' },
    level: 'basic',
    dataClass: 'yellow',
    tags: ['crm', 'notes', 'summary'],
    placeholders: [
      {
        key: { nb: 'møtenotater', en: 'meeting_notes' },
        label: {
          nb: 'Notatene dine (uten private opplysninger)',
          en: 'Your notes (without private details)',
        },
      },
    ],
    body: {
      nb: `Du er en ryddig salgsassistent.

Kontekst: Her er de raske notatene mine fra en kundesamtale: {{møtenotater}}

Oppgave: Gjør notatene om til en CRM-oppføring.

Format: Feltene Sammendrag (høyst tre setninger), Behov, Innvendinger, Avtalt neste steg, Frist og Sannsynlighet (lav, middels, høy) med begrunnelse.

Begrensninger: Ta kun med forretningsinformasjon. Utelat private opplysninger om personer, som helse, familie eller meninger som ikke har med kjøpet å gjøre. Skriv [UKLART] der notatene ikke gir svar.`,
      en: `You are a tidy sales assistant.

Context: Here are my quick notes from a customer conversation: {{meeting_notes}}

Task: Turn the notes into a CRM entry.

Format: The fields Summary (at most three sentences), Needs, Objections, Agreed next step, Deadline and Likelihood (low, medium, high) with a reason.

Constraints: Only include business information. Do not include private details about people, such as health, family or opinions that have nothing to do with the purchase. Write [UNCLEAR] where the notes give no answer.`,
    },
  },
] satisfies LibraryPrompt[]
