import type { Lesson } from '../types'

export default {
  id: 'law-and-ethics',
  order: 13,
  competency: 'law-ethics',
  level: 'expert',
  module: 3,
  minutes: 8,
  literacy: true,
  title: {
    nb: 'Lov og etikk: GDPR, KI-forordningen og opphavsrett',
    en: 'Law and ethics: GDPR, the AI Act and copyright',
  },
  summary: {
    nb: 'Det viktigste om personvern, EUs KI-forordning og opphavsrett når du bruker KI på jobb – og hvordan du er åpen, rettferdig og forsiktig, særlig i HR.',
    en: 'The essentials of data protection, the EU AI Act and copyright when you use AI at work — and how to be open, fair and careful, especially in HR.',
  },
  cards: [
    {
      id: 'law-and-ethics.c1',
      title: { nb: 'Hvorfor dette angår deg', en: 'Why this concerns you' },
      body: {
        nb: 'Juss og etikk rundt KI er ikke bare noe for advokater. Hver dag velger du hva du limer inn i et verktøy, hva du publiserer, og om du forteller at KI har vært med. Denne leksjonen gir deg en oversikt over reglene som betyr mest i en vanlig norsk bedrift. Den er ikke juridisk rådgivning. Når du er i tvil, spør den som har ansvar for personvern hos dere, eller be om en juridisk vurdering.',
        en: 'Law and ethics around AI are not just for lawyers. Every day you choose what you paste into a tool, what you publish, and whether you say that AI was involved. This lesson gives you an overview of the rules that matter most in an ordinary Norwegian company. It is not legal advice. When in doubt, ask whoever is responsible for data protection where you work, or ask for a legal assessment.',
      },
    },
    {
      id: 'law-and-ethics.c2',
      title: { nb: 'GDPR i praksis', en: 'GDPR in practice' },
      body: {
        nb: 'Personvernforordningen (GDPR) gjelder i Norge gjennom personopplysningsloven, og Datatilsynet fører tilsyn. En personopplysning er alt som kan knyttes til en person. Skal du bruke KI på personopplysninger, trenger bedriften et **behandlingsgrunnlag** og et klart formål. **Dataminimering** betyr at du bare bruker det som trengs: anonymiser, eller bruk plassholdere som [NAVN]. Verktøyet må være godkjent for slike data, og leverandøren må ha en databehandleravtale med dere.',
        en: 'The General Data Protection Regulation (GDPR) applies in Norway through the Personal Data Act, and Datatilsynet, the Norwegian Data Protection Authority, supervises it. Personal data is anything that can be linked to a person. To use AI on personal data, the company needs a **lawful basis** and a clear purpose. **Data minimisation** means you use only what is needed: anonymise, or use placeholders such as [NAME]. The tool must be approved for such data, and the supplier must have a data processing agreement with you.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk gjeldende regler på datatilsynet.no.',
          en: 'Check the current rules at datatilsynet.no.',
        },
      },
    },
    {
      id: 'law-and-ethics.c3',
      title: { nb: 'Når risikoen er høy: DPIA', en: 'When the risk is high: a DPIA' },
      body: {
        nb: 'Noen behandlinger av personopplysninger kan gi høy risiko for folk: systematisk vurdering av ansatte, store mengder sensitive opplysninger eller ny teknologi brukt på nye måter. Da krever GDPR en DPIA før dere starter. Datatilsynet har en liste over behandlinger som alltid krever det. En DPIA gjør du ikke alene: den som har personvernansvaret, leder arbeidet. Din oppgave er å si fra tidlig når en ny KI-bruk berører personopplysninger.',
        en: 'Some processing of personal data can pose a high risk to people: systematic assessment of employees, large amounts of sensitive data, or new technology used in new ways. Then GDPR requires a DPIA before you start. Datatilsynet keeps a list of processing that always requires one. You do not do a DPIA alone: whoever is responsible for data protection leads the work. Your part is to speak up early when a new use of AI involves personal data.',
      },
      term: {
        word: {
          nb: 'DPIA (vurdering av personvernkonsekvenser)',
          en: 'DPIA (data protection impact assessment)',
        },
        definition: {
          nb: 'En systematisk vurdering av hvilken risiko en behandling av personopplysninger gir for de registrerte, og hvilke tiltak som reduserer den. Påkrevd etter GDPR artikkel 35 når risikoen sannsynligvis er høy.',
          en: 'A systematic assessment of the risk that processing personal data poses to the people concerned, and of the measures that reduce it. Required under GDPR Article 35 when the risk is likely to be high.',
        },
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk gjeldende regler på datatilsynet.no.',
          en: 'Check the current rules at datatilsynet.no.',
        },
      },
    },
    {
      id: 'law-and-ethics.c4',
      title: { nb: 'KI-forordningen med enkle ord', en: 'The AI Act in plain words' },
      body: {
        nb: 'EUs KI-forordning regulerer KI etter risiko. **Uakseptabel risiko** er forbudt, for eksempel sosial poengsetting og, med snevre unntak, følelsesgjenkjenning på arbeidsplassen. **Høy risiko**, som KI til rekruttering, får strenge krav, blant annet menneskelig tilsyn. **Begrenset risiko**, som chatboter, har krav om åpenhet. **Minimal risiko** omfatter det meste av vanlig bruk, som hjelp til å skrive en e-post. Forordningen gjelder i EU. Norge tar den inn gjennom EØS-avtalen og en egen norsk lov om KI, og da kan tidspunktene for når reglene gjelder her, bli andre enn i EU.',
        en: 'The EU AI Act regulates AI by risk. **Unacceptable risk** is banned, for example social scoring and, with narrow exceptions, emotion recognition in the workplace. **High risk**, such as AI for recruitment, comes with strict requirements, including human oversight. **Limited risk**, such as chatbots, carries transparency duties. **Minimal risk** covers most everyday use, such as help writing an e-mail. The act applies in the EU. Norway is incorporating it through the EEA Agreement and a national AI law, so the dates when the rules apply here may differ from the EU’s.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk norsk status på regjeringen.no og datatilsynet.no.',
          en: 'Check the status in Norway at regjeringen.no and datatilsynet.no.',
        },
      },
    },
    {
      id: 'law-and-ethics.c5',
      title: { nb: 'Tiltak for KI-kompetanse', en: 'Measures for AI literacy' },
      body: {
        nb: 'Artikkel 4 sier at virksomheter som tilbyr eller bruker KI-systemer, skal sette i verk tiltak for så langt som mulig å sikre at ansatte og andre som bruker systemene på deres vegne, har tilstrekkelig KI-kompetanse. Nivået skal passe til kunnskapen, erfaringen og hva systemene brukes til. I EU har artikkelen gjeldt siden 2. februar 2025. Det handler om å forstå muligheter, begrensninger og risiko – det du øver på her. Leksjonene du fullfører, føres i KI-kompetanseloggen din. Loggen viser tiltak virksomheten har gjort, ikke at kompetansen er god nok.',
        en: 'Article 4 says that organisations that provide or use AI systems must take measures to ensure, to their best extent, a sufficient level of AI literacy among their staff and other people who deal with the systems on their behalf. The level should fit their knowledge, their experience and what the systems are used for. In the EU the article has applied since 2 February 2025. It is about understanding opportunities, limits and risks — what you practise here. The lessons you complete go into your AI-literacy record. The record shows measures your organisation has taken, not that anyone’s literacy is sufficient.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk norsk status på regjeringen.no og datatilsynet.no.',
          en: 'Check the status in Norway at regjeringen.no and datatilsynet.no.',
        },
      },
    },
    {
      id: 'law-and-ethics.c6',
      title: { nb: 'Vær åpen om KI-bruk', en: 'Be open about using AI' },
      body: {
        nb: 'Fra 2. august 2026 krever artikkel 50 i KI-forordningen i EU blant annet at folk får vite når de snakker med en chatbot, og at falske bilder, lyd og video som ligner ekte, merkes. EU har foreslått å utsette noen av fristene i forordningen, så sjekk hva som gjelder når du leser dette. Men åpenhet er mer enn et lovkrav. Svar ærlig hvis en kunde spør om KI ble brukt, og fortell kollegaer når et dokument er et KI-utkast og hva du har sjekket. Det er du og bedriften som står for innholdet – ikke verktøyet.',
        en: 'From 2 August 2026, article 50 of the AI Act requires in the EU, among other things, that people are told when they are talking to a chatbot, and that fake images, audio and video that resemble the real thing are labelled. The EU has proposed to postpone some of the act’s deadlines, so check what applies when you read this. But openness is more than a legal duty. Answer honestly if a customer asks whether AI was used, and tell colleagues when a document is an AI draft and what you have checked. You and your company stand behind the content — not the tool.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk norsk status på regjeringen.no og datatilsynet.no.',
          en: 'Check the status in Norway at regjeringen.no and datatilsynet.no.',
        },
      },
    },
    {
      id: 'law-and-ethics.c7',
      title: { nb: 'Opphavsrett og KI-svar', en: 'Copyright and AI output' },
      body: {
        nb: 'Etter åndsverkloven vernes verk som er resultat av en persons egen skapende innsats. Tekst eller bilder som KI har laget nesten uten menneskelig bidrag, er derfor trolig ikke vernet – men rettstilstanden er ikke helt avklart. KI-svar kan dessuten ligne eksisterende verk. Lim ikke inn andres vernede tekster eller bilder uten lov, be ikke om kopier av kjente verk, og sjekk verktøyets bruksvilkår før du bruker resultatet kommersielt.',
        en: 'Under the Norwegian Copyright Act, protection covers works that result from a person’s own creative effort. Text or images that AI produced with almost no human contribution are therefore probably not protected — but the legal position is not fully settled. AI output can also resemble existing works. Do not paste in other people’s protected texts or images without permission, do not ask for copies of known works, and check the tool’s terms of use before you use the result commercially.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk åndsverkloven på lovdata.no.',
          en: 'Check the Copyright Act at lovdata.no.',
        },
      },
    },
    {
      id: 'law-and-ethics.c8',
      title: { nb: 'Skjevhet og rettferdighet i HR', en: 'Bias and fairness in HR' },
      body: {
        nb: 'KI lærer av data som kan inneholde gamle skjevheter, og kan favorisere kjønn, alder eller bestemte navn. KI som sorterer søknader eller vurderer kandidater, er høy risiko i KI-forordningen. Kravene til slike systemer gjelder senere enn åpenhetskravene (i EU etter planen fra 2. august 2026 eller senere, og EU har foreslått å utsette dem). GDPR gir allerede i dag folk rett til ikke å bli utsatt for avgjørelser som bare er tatt automatisk, når de får betydelige følger. La derfor aldri KI rangere søkere alene. Bruk den heller til å gjøre annonser og intervjuspørsmål mer inkluderende, og la mennesker ta beslutningene.',
        en: 'AI learns from data that may contain old biases, and can favour a gender, an age group or certain names. AI that sorts applications or assesses candidates is high risk under the AI Act. The rules for such systems apply later than the transparency duties (in the EU, as planned, from 2 August 2026 or later, and the EU has proposed to postpone them). GDPR already gives people the right not to be subject to decisions made solely by automated means when these have significant effects. So never let AI rank applicants on its own. Use it instead to make job ads and interview questions more inclusive, and let people make the decisions.',
      },
      legal: {
        asOf: '2026-12-07',
        check: {
          nb: 'Sjekk norsk status på regjeringen.no og datatilsynet.no.',
          en: 'Check the status in Norway at regjeringen.no and datatilsynet.no.',
        },
      },
    },
  ],
  example: {
    department: 'hr',
    situation: {
      nb: 'Nora jobber i HR i en bedrift med 120 ansatte i Trondheim. Hun skal lyse ut en stilling som servicetekniker og vil bruke KI. En kollega foreslår å la KI sortere søknadene også.',
      en: 'Nora works in HR at a company with 120 employees in Trondheim. She is advertising a position for a service technician and wants to use AI. A colleague suggests letting the AI sort the applications too.',
    },
    weakPrompt: {
      nb: 'Her er 40 søknader med CV, alder og bilde. Ranger de fem beste kandidatene.',
      en: 'Here are 40 applications with CVs, ages and photos. Rank the five best candidates.',
    },
    strongPrompt: {
      nb: 'Du er en HR-rådgiver som kjenner likestillings- og diskrimineringsloven godt. Skriv et utkast til stillingsannonse for en servicetekniker i en norsk industribedrift. Krav: fagbrev som [FAG], førerkort klasse B og erfaring med feilsøking. Skriv kjønnsnøytralt, og unngå formuleringer som kan stenge ute søkere på grunn av alder, etnisitet eller funksjonsnedsettelse, som «ungt og dynamisk miljø». List deretter alle krav i annonsen, og merk hvilke som ikke er nødvendige for å gjøre jobben.',
      en: 'You are an HR adviser who knows the Norwegian Equality and Anti-Discrimination Act well. Write a draft job ad for a service technician at a Norwegian industrial company. Requirements: a trade certificate as [TRADE], a class B driving licence and experience with troubleshooting. Write in gender-neutral language, and avoid wording that may exclude applicants because of age, ethnicity or disability, such as “young and dynamic environment”. Then list every requirement in the ad, and mark those that are not necessary to do the job.',
    },
    whyItWorks: {
      nb: 'Ingen personopplysninger går inn i verktøyet, og KI brukes til å gjøre annonsen mer inkluderende – ikke til å rangere mennesker, som ville vært høyrisiko-bruk og kunne gitt diskriminering. Listen over krav hjelper Nora å fjerne unødvendige krav. Søknadene vurderer mennesker, etter bedriftens vanlige rutiner.',
      en: 'No personal data goes into the tool, and AI is used to make the ad more inclusive — not to rank people, which would be a high-risk use and could lead to discrimination. The list of requirements helps Nora remove unnecessary ones. People assess the applications, following the company’s usual procedures.',
    },
  },
  quiz: [
    {
      id: 'law-and-ethics.q1',
      question: {
        nb: 'Hvordan regner KI-forordningen KI-systemer som sorterer jobbsøknader?',
        en: 'How does the AI Act classify AI systems that sort job applications?',
      },
      choices: [
        {
          id: 'law-and-ethics.q1.a',
          text: {
            nb: 'Som minimal risiko uten noen særskilte krav',
            en: 'As minimal risk with no special requirements',
          },
        },
        {
          id: 'law-and-ethics.q1.b',
          text: {
            nb: 'Som høy risiko, med krav om menneskelig tilsyn',
            en: 'As high risk, with a duty of human oversight',
          },
        },
        {
          id: 'law-and-ethics.q1.c',
          text: {
            nb: 'Som forbudt i alle tilfeller, også med tilsyn',
            en: 'As banned in all cases, even with oversight',
          },
        },
        {
          id: 'law-and-ethics.q1.d',
          text: {
            nb: 'Som begrenset risiko med bare krav om åpenhet',
            en: 'As limited risk with transparency duties only',
          },
        },
      ],
      correct: 'law-and-ethics.q1.b',
      explanation: {
        nb: 'KI til rekruttering og utvelgelse er oppført som høy risiko. Slike systemer er tillatt, men med strenge krav – blant annet menneskelig tilsyn og informasjon til de ansatte og deres representanter. I EU gjelder disse kravene senere enn åpenhetskravene, og EU har foreslått å utsette dem.',
        en: 'AI for recruitment and selection is listed as high risk. Such systems are allowed, but with strict requirements — including human oversight and informing employees and their representatives. In the EU these rules apply later than the transparency duties, and the EU has proposed to postpone them.',
      },
    },
    {
      id: 'law-and-ethics.q2',
      question: { nb: 'Hva betyr dataminimering?', en: 'What does data minimisation mean?' },
      choices: [
        {
          id: 'law-and-ethics.q2.a',
          text: {
            nb: 'Å komprimere filer før du laster dem opp i verktøyet',
            en: 'Compressing files before you upload them to the tool',
          },
        },
        {
          id: 'law-and-ethics.q2.b',
          text: {
            nb: 'Å slette alle data automatisk etter en uke',
            en: 'Deleting all data automatically after a week',
          },
        },
        {
          id: 'law-and-ethics.q2.c',
          text: {
            nb: 'Å bare bruke de opplysningene formålet krever',
            en: 'Using only the data the purpose requires',
          },
        },
        {
          id: 'law-and-ethics.q2.d',
          text: {
            nb: 'Å lagre opplysningene på så få servere som mulig',
            en: 'Storing the data on as few servers as possible',
          },
        },
      ],
      correct: 'law-and-ethics.q2.c',
      explanation: {
        nb: 'Dataminimering er et grunnprinsipp i GDPR. Med KI betyr det ofte å anonymisere eller bruke plassholdere i stedet for navn og andre opplysninger.',
        en: 'Data minimisation is a core principle of GDPR. With AI it often means anonymising or using placeholders instead of names and other details.',
      },
    },
    {
      id: 'law-and-ethics.q3',
      question: { nb: 'Når kreves en DPIA?', en: 'When is a DPIA required?' },
      choices: [
        {
          id: 'law-and-ethics.q3.a',
          text: {
            nb: 'Før en behandling som sannsynligvis gir høy risiko',
            en: 'Before processing that is likely to pose a high risk',
          },
        },
        {
          id: 'law-and-ethics.q3.b',
          text: {
            nb: 'Hver gang noen bruker et KI-verktøy på jobben',
            en: 'Every time someone uses an AI tool at work',
          },
        },
        {
          id: 'law-and-ethics.q3.c',
          text: {
            nb: 'Bare når Datatilsynet ber om det etter en klage',
            en: 'Only when Datatilsynet asks after a complaint',
          },
        },
        {
          id: 'law-and-ethics.q3.d',
          text: {
            nb: 'Etter at et avvik er meldt, som en del av oppryddingen',
            en: 'After a breach is reported, as part of the clean-up',
          },
        },
      ],
      correct: 'law-and-ethics.q3.a',
      explanation: {
        nb: 'GDPR artikkel 35 krever en DPIA på forhånd når risikoen sannsynligvis er høy. Vanlig tekstarbeid uten personopplysninger krever det ikke.',
        en: 'GDPR Article 35 requires a DPIA in advance when the risk is likely to be high. Ordinary text work without personal data does not require one.',
      },
    },
    {
      id: 'law-and-ethics.q4',
      question: {
        nb: 'Hva krever artikkel 4 i KI-forordningen?',
        en: 'What does Article 4 of the AI Act require?',
      },
      choices: [
        {
          id: 'law-and-ethics.q4.a',
          text: {
            nb: 'At alle ansatte tar en offentlig godkjent KI-sertifisering',
            en: 'That all employees take an officially approved AI certification',
          },
        },
        {
          id: 'law-and-ethics.q4.b',
          text: {
            nb: 'Tiltak for så langt som mulig å sikre nok KI-kompetanse',
            en: 'Measures to ensure, to their best extent, enough AI literacy',
          },
        },
        {
          id: 'law-and-ethics.q4.c',
          text: {
            nb: 'At all tekst som er laget med KI, alltid må merkes',
            en: 'That all text made with AI must always be labelled',
          },
        },
        {
          id: 'law-and-ethics.q4.d',
          text: {
            nb: 'At bare ledere kan ta beslutninger om bruk av KI',
            en: 'That only managers may decide on the use of AI',
          },
        },
      ],
      correct: 'law-and-ethics.q4.b',
      explanation: {
        nb: 'Artikkel 4 ber virksomheter som tilbyr eller bruker KI, om å gjøre tiltak for så langt som mulig å sikre tilstrekkelig KI-kompetanse hos ansatte og andre som bruker systemene på deres vegne. Den krever ingen bestemt sertifisering, og den sier ikke at all KI-tekst må merkes.',
        en: 'Article 4 asks organisations that provide or use AI to take measures to ensure, to their best extent, a sufficient level of AI literacy among staff and others who deal with the systems on their behalf. It requires no particular certification, and it does not say that all AI text must be labelled.',
      },
    },
    {
      id: 'law-and-ethics.q5',
      question: {
        nb: 'En kunde spør om tilbudet ble skrevet med KI. Hva er det beste svaret?',
        en: 'A customer asks whether the offer was written with AI. What is the best answer?',
      },
      choices: [
        {
          id: 'law-and-ethics.q5.a',
          text: {
            nb: 'Nekte for det, så kunden ikke blir usikker på tilbudet',
            en: 'Deny it, so the customer does not doubt the offer',
          },
        },
        {
          id: 'law-and-ethics.q5.b',
          text: {
            nb: 'Si at det er en forretningshemmelighet dere ikke deler',
            en: 'Say it is a trade secret you do not share',
          },
        },
        {
          id: 'law-and-ethics.q5.c',
          text: {
            nb: 'Svare ærlig, og si at en fagperson har sjekket det',
            en: 'Answer honestly, and say an expert has checked it',
          },
        },
        {
          id: 'law-and-ethics.q5.d',
          text: {
            nb: 'Si at KI skrev alt, så kunden vet hvem som har ansvaret',
            en: 'Say AI wrote all of it, so the customer knows who is liable',
          },
        },
      ],
      correct: 'law-and-ethics.q5.c',
      explanation: {
        nb: 'Åpenhet bygger tillit. Det viktige for kunden er at innholdet er kontrollert, og at bedriften står ansvarlig for det.',
        en: 'Openness builds trust. What matters to the customer is that the content has been checked and that the company takes responsibility for it.',
      },
    },
  ],
  tryIt: {
    nb: 'Ta en KI-oppgave du gjør ofte, og still fire spørsmål: Inneholder den personopplysninger – og trengs de? Er verktøyet godkjent for denne dataklassen? Bør mottakeren vite at KI er brukt? Kan resultatet slå urettferdig ut for noen? Skriv ned svarene, og ta det opp med lederen din eller den som har personvernansvaret hvis du er usikker.',
    en: 'Take an AI task you do often and ask four questions: Does it contain personal data — and is that data needed? Is the tool approved for this data class? Should the recipient know AI was used? Could the result be unfair to anyone? Write down the answers, and raise it with your manager or whoever is responsible for data protection if you are unsure.',
  },
  review: [
    {
      id: 'law-and-ethics.r1',
      front: {
        nb: 'Hva krever GDPR før du bruker KI på personopplysninger?',
        en: 'What does GDPR require before you use AI on personal data?',
      },
      back: {
        nb: 'Et behandlingsgrunnlag og et klart formål, dataminimering, et godkjent verktøy med databehandleravtale – og en DPIA hvis risikoen er høy.',
        en: 'A lawful basis and a clear purpose, data minimisation, an approved tool with a data processing agreement — and a DPIA if the risk is high.',
      },
    },
    {
      id: 'law-and-ethics.r2',
      front: {
        nb: 'Hvilke fire risikonivåer har KI-forordningen?',
        en: 'Which four risk levels does the AI Act have?',
      },
      back: {
        nb: 'Uakseptabel (forbudt), høy (strenge krav, f.eks. rekruttering), begrenset (åpenhet, f.eks. chatboter) og minimal (det meste av vanlig bruk).',
        en: 'Unacceptable (banned), high (strict requirements, e.g. recruitment), limited (transparency, e.g. chatbots) and minimal (most everyday use).',
      },
    },
    {
      id: 'law-and-ethics.r3',
      front: {
        nb: 'Hva sier artikkel 4 i KI-forordningen?',
        en: 'What does Article 4 of the AI Act say?',
      },
      back: {
        nb: 'Virksomheter som bruker KI, skal sørge for tilstrekkelig KI-kompetanse hos de ansatte som bruker den. I EU gjelder kravet fra 2. februar 2025.',
        en: 'Organisations that use AI must ensure sufficient AI literacy among the staff who use it. In the EU the requirement applies from 2 February 2025.',
      },
    },
    {
      id: 'law-and-ethics.r4',
      front: {
        nb: 'Hvorfor skal KI aldri rangere jobbsøkere alene?',
        en: 'Why should AI never rank job applicants on its own?',
      },
      back: {
        nb: 'KI kan videreføre skjevheter, rekrutterings-KI er høy risiko, og GDPR gir rett til ikke å bli utsatt for rent automatiske avgjørelser med betydelige følger.',
        en: 'AI can carry over biases, recruitment AI is high risk, and GDPR gives a right not to be subject to purely automated decisions with significant effects.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
