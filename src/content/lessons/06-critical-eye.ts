import type { Lesson } from '../types'

export default {
  id: 'critical-eye',
  order: 6,
  competency: 'critical-output',
  level: 'basic',
  module: 3,
  minutes: 7,
  title: {
    nb: 'Et kritisk blikk på KI-svar',
    en: 'A critical eye on AI output',
  },
  summary: {
    nb: 'Slik sjekker du fakta, tall og kilder, ser etter skjevheter, vurderer tone og fortrolighet – og hvorfor du alltid står ansvarlig for det du sender. Med en sjekkliste på fem punkter.',
    en: 'How to check facts, numbers and sources, look for bias, judge tone and confidentiality – and why you are always responsible for what you send. With a five-point checklist.',
  },
  cards: [
    {
      id: 'critical-eye.c1',
      title: {
        nb: 'Du eier teksten',
        en: 'You own the text',
      },
      body: {
        nb: 'Når du sender noe i ditt navn, er det ditt ansvar – uansett hvem eller hva som skrev utkastet. KI kan ikke stå til ansvar overfor kunden, kollegaen eller sjefen din. Derfor er evnen til å vurdere KI-svar kritisk like viktig som å skrive gode prompter, og det er færre som mestrer den. En rask sjekk tar som regel to til fem minutter. Det er forskjellen mellom å spare tid og å skape ekstra arbeid.',
        en: 'When you send something in your name, it is your responsibility – whoever or whatever wrote the draft. AI cannot be held accountable to your customer, your colleague or your manager. That is why judging AI output critically matters as much as writing good prompts, and fewer people have mastered it. A quick check usually takes two to five minutes. That is the difference between saving time and creating extra work.',
      },
    },
    {
      id: 'critical-eye.c2',
      title: {
        nb: 'Sjekk fakta og tall',
        en: 'Check facts and numbers',
      },
      body: {
        nb: 'Kontroller hvert tall, hver dato, hvert navn og hver pris mot en kilde du stoler på: fagsystemet deres, kontrakten, kundens e-post eller Lovdata. Regn summer og prosenter på nytt selv. Vanlige feller er merverdiavgift (25 % på de fleste varer), enheter som blandes, ukedager som ikke stemmer med datoen, og tall som er «omtrent riktige». Et tall som ser presist ut, er ikke nødvendigvis riktig.',
        en: 'Check every number, date, name and price against a source you trust: your business system, the contract, the customer’s e-mail or Lovdata, Norway’s legal database. Redo sums and percentages yourself. Common traps are VAT (25 % on most goods in Norway), mixed-up units, weekdays that do not match the date, and figures that are “roughly right”. A number that looks precise is not necessarily correct.',
      },
    },
    {
      id: 'critical-eye.c3',
      title: {
        nb: 'Oppdiktede kilder',
        en: 'Invented sources',
      },
      body: {
        nb: 'KI kan lage kilder som ser helt ekte ut: en rapport med troverdig tittel, en dom med saksnummer, en lenke som ikke fører noe sted, eller et sitat som ingen har sagt. En enkel regel: Siter aldri en kilde du ikke har åpnet selv. Finner du den ikke i løpet av et par minutter, fjerner du den – og påstanden som hang på den.',
        en: 'AI can produce sources that look completely real: a report with a credible title, a court ruling with a case number, a link that leads nowhere, or a quote nobody ever said. A simple rule: never cite a source you have not opened yourself. If you cannot find it within a couple of minutes, remove it – along with the claim that depended on it.',
      },
    },
    {
      id: 'critical-eye.c4',
      title: {
        nb: 'Se etter skjevheter',
        en: 'Look for bias',
      },
      body: {
        nb: 'Språkmodeller lærer av tekst skrevet av mennesker, med de **skjevhetene** som finnes der. En annonse for anleggsleder kan få ord som «konkurranseinstinkt» og «han», mens en annonse for helsesekretær får «omsorgsfull» og «hun». Eksempelkunder kan bli stereotype. Spør deg selv: Hvem kan føle seg utelukket eller stilt i et dårlig lys? Du kan be KI gå gjennom teksten for kjønns- og alderskodede ord, men vurderingen gjør du selv.',
        en: 'Language models learn from text written by people, including the **biases** found there. An ad for a site manager may end up with words like “competitive drive” and “he”, while one for a medical secretary gets “caring” and “she”. Sample customers can turn into stereotypes. Ask yourself: who might feel excluded or shown in a poor light? You can ask the AI to check the text for gender- or age-coded words, but the judgement is yours.',
      },
      term: {
        word: { nb: 'skjevhet (bias)', en: 'bias' },
        definition: {
          nb: 'Når KI-svar systematisk favoriserer noen grupper eller stiller andre i et dårligere lys, fordi modellen har lært skjeve mønstre fra tekstene den er trent på.',
          en: 'When AI output systematically favours some groups or shows others in a worse light, because the model has learned skewed patterns from the text it was trained on.',
        },
      },
    },
    {
      id: 'critical-eye.c5',
      title: {
        nb: 'Tone og formål',
        en: 'Tone and purpose',
      },
      body: {
        nb: 'Svarer teksten faktisk på det du ba om, og passer den til mottakeren? KI skriver gjerne for langt, for høflig og med oversatt reklamespråk som «Vi er begeistret for å kunngjøre». Norsk arbeidsliv liker ofte det direkte og konkrete. Se også etter løfter du ikke kan holde, som en leveringsdato eller en rabatt. Les teksten høyt: Høres den ut som deg og virksomheten din?',
        en: 'Does the text actually answer what you asked, and does it suit the recipient? AI tends to write too long, too politely and with translated marketing language such as “We are thrilled to announce”. Norwegian working life often prefers direct and concrete. Also look for promises you cannot keep, such as a delivery date or a discount. Read the text aloud: does it sound like you and your organisation?',
      },
    },
    {
      id: 'critical-eye.c6',
      title: {
        nb: 'Fortrolighet i svaret',
        en: 'Confidentiality in the answer',
      },
      body: {
        nb: 'Sjekk ikke bare det du putter inn, men også det som kommer ut. Har svaret tatt med noe fra notatene dine som mottakeren ikke skal se, som internmarginen, en annen kundes navn fra tidligere i samtalen eller en intern kommentar? KI i Office kan i tillegg hente innhold fra andre dokumenter du har tilgang til. Les teksten før du sender som om mottakeren var en konkurrent.',
        en: 'Check not only what you put in, but also what comes out. Has the answer picked up something from your notes that the recipient should not see, such as your internal margin, another customer’s name from earlier in the conversation or an internal comment? AI in Office can also pull in content from other documents you have access to. Before you send, read the text as if the recipient were a competitor.',
      },
    },
    {
      id: 'critical-eye.c7',
      title: {
        nb: 'Sjekklisten',
        en: 'The checklist',
      },
      body: {
        nb: 'Før du bruker et KI-svar, går du gjennom fem punkter:\n\n**1. Fakta og tall sjekket?** Mot en kilde du stoler på.\n\n**2. Oppdiktede kilder fjernet?** Bare kilder du har åpnet selv.\n\n**3. Skjevhet vurdert?** Ingen utelukket eller stereotypt framstilt.\n\n**4. Fortrolighet ivaretatt?** Ingenting internt eller personlig på avveie.\n\n**5. Passer til formålet?** Riktig mottaker, tone og innhold.\n\nDen samme sjekklisten bruker du i promptutfordringene i Løft.',
        en: 'Before you use an AI answer, go through five points:\n\n**1. Facts and numbers checked?** Against a source you trust.\n\n**2. Invented sources removed?** Only sources you have opened yourself.\n\n**3. Bias considered?** Nobody excluded or shown as a stereotype.\n\n**4. Confidentiality kept?** Nothing internal or personal going astray.\n\n**5. Fit for purpose?** The right recipient, tone and content.\n\nYou use the same checklist in the prompt challenges in Løft.',
      },
    },
    {
      id: 'critical-eye.c8',
      title: {
        nb: 'Når du finner feil',
        en: 'When you find mistakes',
      },
      body: {
        nb: 'Feil i KI-svar er normalt, ikke et tegn på at du har gjort noe galt. Rett dem, og fortell gjerne KI hva som var feil – da blir neste utkast bedre. Legg merke til mønstre: Finner du ofte feil i samme type oppgave, juster prompten eller la være å bruke KI til akkurat det. Del det du lærer med kollegaene. Har en feil allerede gått ut, retter du den åpent, som med alle andre feil.',
        en: 'Mistakes in AI output are normal, not a sign that you did something wrong. Fix them, and tell the AI what was wrong – the next draft will be better. Look for patterns: if you often find errors in the same kind of task, adjust the prompt or stop using AI for that particular job. Share what you learn with colleagues. If a mistake has already gone out, correct it openly, as you would with any other error.',
      },
    },
  ],
  example: {
    department: 'sales',
    situation: {
      nb: 'Kristian er selger i et firma som leverer solcelleanlegg til næringskunder. Han vil sende et salgsbrev til gårdbrukere i Trøndelag om solceller på låvetak, og han vil at det skal være overbevisende uten å love for mye.',
      en: 'Kristian is a sales rep at a company that supplies solar panel systems to business customers. He wants to send a sales letter to farmers in Trøndelag about solar panels on barn roofs, and he wants it to be persuasive without overpromising.',
    },
    weakPrompt: {
      nb: 'Skriv et overbevisende salgsbrev med tall og forskning som viser hvor mye bønder sparer på solceller.',
      en: 'Write a persuasive sales letter with figures and research showing how much farmers save with solar panels.',
    },
    strongPrompt: {
      nb: 'Du er en saklig salgsrådgiver. Skriv et salgsbrev på høyst 200 ord til gårdbrukere i Trøndelag om solcelleanlegg på låvetak. Bruk bare disse tallene fra våre egne prosjekter i fjor: Et typisk anlegg på 30 kWp kostet 360 000 kr eks. mva. og produserte i snitt 24 000 kWh i året. Ikke oppgi andre tall, studier eller kilder. Ikke lov en bestemt innsparing – den avhenger av strømpris og forbruk. Marker med [SJEKK] alt du er usikker på. Avslutt med en liste over påstandene i teksten som bør kontrolleres.',
      en: 'You are a matter-of-fact sales adviser. Write a sales letter of no more than 200 words to farmers in Trøndelag about solar panel systems on barn roofs. Use only these figures from our own projects last year: a typical 30 kWp system cost NOK 360,000 excluding VAT and produced an average of 24,000 kWh a year. Do not give any other figures, studies or sources. Do not promise a specific saving – it depends on electricity prices and consumption. Mark anything you are unsure of with [CHECK]. Finish with a list of the claims in the text that should be verified.',
    },
    whyItWorks: {
      nb: 'Den svake prompten inviterer KI til å finne på tall og forskning. Den sterke gir fakta fra egne prosjekter, forbyr andre kilder, stopper løfter om innsparing og ber om en liste over påstander som må sjekkes. Det gjør kontrollen raskere – men Kristian går likevel gjennom sjekklisten før brevet sendes.',
      en: 'The weak prompt invites the AI to make up figures and research. The strong one supplies facts from the company’s own projects, rules out other sources, stops promises of savings and asks for a list of claims to verify. That makes checking quicker – but Kristian still goes through the checklist before the letter goes out.',
    },
  },
  quiz: [
    {
      id: 'critical-eye.q1',
      question: {
        nb: 'KI-utkastet ditt sier: «En rapport fra 2022 viser at bedrifter sparer 35 % på strøm.» Hva gjør du?',
        en: 'Your AI draft says: “A 2022 report shows that companies save 35 % on electricity.” What do you do?',
      },
      choices: [
        {
          id: 'critical-eye.q1.a',
          text: {
            nb: 'Beholder setningen – den høres troverdig og nøyaktig ut',
            en: 'Keep the sentence – it sounds credible and precise',
          },
        },
        {
          id: 'critical-eye.q1.b',
          text: {
            nb: 'Spør KI om rapporten finnes, og stoler på svaret den gir',
            en: 'Ask the AI whether the report exists, and trust its answer',
          },
        },
        {
          id: 'critical-eye.q1.c',
          text: {
            nb: 'Åpner rapporten selv, eller fjerner påstanden',
            en: 'Open the report yourself, or remove the claim',
          },
        },
        {
          id: 'critical-eye.q1.d',
          text: {
            nb: 'Skriver «ifølge KI» foran tallet, så ansvaret er tydelig',
            en: 'Add “according to AI” before the figure, so blame is clear',
          },
        },
      ],
      correct: 'critical-eye.q1.c',
      explanation: {
        nb: 'Kilder kan være oppdiktet, og KI kan godt bekrefte sin egen oppdiktede kilde. Bare en kilde du har åpnet selv, kan brukes. «Ifølge KI» flytter ikke ansvaret – det er fortsatt ditt.',
        en: 'Sources can be invented, and the AI may well confirm its own invented source. Only a source you have opened yourself can be used. “According to AI” does not shift the responsibility – it is still yours.',
      },
    },
    {
      id: 'critical-eye.q2',
      question: {
        nb: 'Et utkast til stillingsannonse sier: «Vi søker en sprek, ung mann til lageret.» Hva er problemet?',
        en: 'A draft job ad says: “We are looking for a fit young man for the warehouse.” What is the problem?',
      },
      choices: [
        {
          id: 'critical-eye.q2.a',
          text: {
            nb: 'Den utelukker søkere på grunn av kjønn og alder',
            en: 'It rules out applicants because of gender and age',
          },
        },
        {
          id: 'critical-eye.q2.b',
          text: {
            nb: 'Den er for kort til å gi søkerne et godt bilde',
            en: 'It is too short to give applicants a good picture',
          },
        },
        {
          id: 'critical-eye.q2.c',
          text: {
            nb: 'Den er for formell for en jobb på lageret',
            en: 'It is too formal for a job in the warehouse',
          },
        },
        {
          id: 'critical-eye.q2.d',
          text: {
            nb: 'Den sier ikke noe om lønn og arbeidstid',
            en: 'It says nothing about pay and working hours',
          },
        },
      ],
      correct: 'critical-eye.q2.a',
      explanation: {
        nb: 'Dette er en klassisk skjevhet, og den er i strid med diskrimineringsreglene: Stillingsannonser skal ikke utelukke søkere på grunn av kjønn eller alder. Beskriv heller hva jobben krever, for eksempel «jobben innebærer mye løfting».',
        en: 'This is a classic bias, and it goes against anti-discrimination rules: job ads must not rule out applicants because of gender or age. Describe what the job requires instead, for example “the job involves a lot of lifting”.',
      },
    },
    {
      id: 'critical-eye.q3',
      question: {
        nb: 'Hvem har ansvaret for en e-post du sender, når KI skrev utkastet?',
        en: 'Who is responsible for an e-mail you send when AI wrote the draft?',
      },
      choices: [
        {
          id: 'critical-eye.q3.a',
          text: {
            nb: 'Leverandøren av KI-verktøyet',
            en: 'The supplier of the AI tool',
          },
        },
        {
          id: 'critical-eye.q3.b',
          text: {
            nb: 'Du, som sender den',
            en: 'You, as the sender',
          },
        },
        {
          id: 'critical-eye.q3.c',
          text: {
            nb: 'IT, som godkjente verktøyet',
            en: 'IT, who approved the tool',
          },
        },
        {
          id: 'critical-eye.q3.d',
          text: {
            nb: 'Ingen, siden en maskin skrev den',
            en: 'Nobody, since a machine wrote it',
          },
        },
      ],
      correct: 'critical-eye.q3.b',
      explanation: {
        nb: 'KI er et hjelpemiddel, ikke en avsender. Det du sender i ditt navn, står du for – derfor sjekker du før du sender.',
        en: 'AI is an aid, not a sender. You stand behind what you send in your name – which is why you check before you send.',
      },
    },
    {
      id: 'critical-eye.q4',
      question: {
        nb: 'Et KI-sammendrag til en kunde inneholder internmarginen fra notatene dine. Hvilket punkt på sjekklisten fanger dette?',
        en: 'An AI summary for a customer includes the internal margin from your notes. Which point on the checklist catches this?',
      },
      choices: [
        {
          id: 'critical-eye.q4.a',
          text: {
            nb: 'Skjevhet',
            en: 'Bias',
          },
        },
        {
          id: 'critical-eye.q4.b',
          text: {
            nb: 'Oppdiktede kilder',
            en: 'Invented sources',
          },
        },
        {
          id: 'critical-eye.q4.c',
          text: {
            nb: 'Fortrolighet',
            en: 'Confidentiality',
          },
        },
        {
          id: 'critical-eye.q4.d',
          text: {
            nb: 'Passer til formålet',
            en: 'Fit for purpose',
          },
        },
      ],
      correct: 'critical-eye.q4.c',
      explanation: {
        nb: 'Fortrolighet gjelder også det som kommer ut av KI. Interne opplysninger fra konteksten kan havne i svaret, så du leser alltid over før noe sendes ut av huset.',
        en: 'Confidentiality also covers what comes out of the AI. Internal information from the context can end up in the answer, so always read it through before anything leaves the building.',
      },
    },
    {
      id: 'critical-eye.q5',
      question: {
        nb: 'Hvilket av disse er ikke et punkt på sjekklisten?',
        en: 'Which of these is not a point on the checklist?',
      },
      choices: [
        {
          id: 'critical-eye.q5.a',
          text: {
            nb: 'Fakta og tall er sjekket',
            en: 'Facts and figures checked',
          },
        },
        {
          id: 'critical-eye.q5.b',
          text: {
            nb: 'Teksten passer til formålet',
            en: 'Fit for its purpose',
          },
        },
        {
          id: 'critical-eye.q5.c',
          text: {
            nb: 'Fortrolighet er ivaretatt',
            en: 'Confidentiality kept',
          },
        },
        {
          id: 'critical-eye.q5.d',
          text: {
            nb: 'Teksten er lang',
            en: 'The text is long',
          },
        },
      ],
      correct: 'critical-eye.q5.d',
      explanation: {
        nb: 'Sjekklisten har fem punkter: fakta og tall, oppdiktede kilder, skjevhet, fortrolighet og formål. Lengde er ikke et mål i seg selv – ofte er kortere bedre.',
        en: 'The checklist has five points: facts and numbers, invented sources, bias, confidentiality and purpose. Length is not a goal in itself – shorter is often better.',
      },
    },
  ],
  tryIt: {
    nb: 'Ta et KI-svar du har fått den siste uka, eller lag et nytt i et godkjent verktøy for en ekte oppgave. Gå gjennom de fem punktene i sjekklisten og marker alt du må endre. Tell opp: Hvor mange fakta måtte du sjekke, og fant du noe som var feil? Skriv ned én ting du vil be KI om på en annen måte neste gang.',
    en: 'Take an AI answer you got in the past week, or create a new one in an approved tool for a real task. Go through the five points on the checklist and mark everything you need to change. Count up: how many facts did you have to check, and did you find anything wrong? Write down one thing you will ask the AI for differently next time.',
  },
  review: [
    {
      id: 'critical-eye.r1',
      front: {
        nb: 'Hva er de fem punktene på sjekklisten for KI-svar?',
        en: 'What are the five points on the checklist for AI output?',
      },
      back: {
        nb: 'Fakta og tall sjekket, oppdiktede kilder fjernet, skjevhet vurdert, fortrolighet ivaretatt, og passer til formålet.',
        en: 'Facts and numbers checked, invented sources removed, bias considered, confidentiality kept, and fit for purpose.',
      },
    },
    {
      id: 'critical-eye.r2',
      front: {
        nb: 'Hva er regelen for kilder i KI-svar?',
        en: 'What is the rule for sources in AI output?',
      },
      back: {
        nb: 'Siter aldri en kilde du ikke har åpnet selv. Finner du den ikke, fjerner du både kilden og påstanden.',
        en: 'Never cite a source you have not opened yourself. If you cannot find it, remove both the source and the claim.',
      },
    },
    {
      id: 'critical-eye.r3',
      front: {
        nb: 'Hvem står ansvarlig for tekst som KI har skrevet utkast til?',
        en: 'Who is responsible for text that AI drafted?',
      },
      back: {
        nb: 'Du. Det du sender i ditt navn, er ditt ansvar, uansett hvem som skrev utkastet.',
        en: 'You are. What you send in your name is your responsibility, whoever wrote the draft.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
