import type { Lesson } from '../types'

export default {
  id: 'offers-and-specs',
  order: 8,
  competency: 'advanced-prompting',
  level: 'intermediate',
  module: 2,
  minutes: 7,
  title: {
    nb: 'Tilbud og kravspesifikasjoner med KI',
    en: 'Offers and requirement specifications with AI',
  },
  summary: {
    nb: 'Slik bruker prosjektledere og selgere KI på tilbud og kravspesifikasjoner: dele arbeidet i steg, gi struktur i stedet for fortrolige data, og gå grundig gjennom alt før det sendes.',
    en: 'How project managers and salespeople use AI for offers and requirement specifications: break the work into steps, provide structure instead of confidential data, and review everything thoroughly before it is sent.',
  },
  cards: [
    {
      id: 'offers-and-specs.c1',
      title: {
        nb: 'Casen: en industribedrift med 140 ansatte',
        en: 'The case: an industrial firm with 140 staff',
      },
      body: {
        nb: 'Tenk deg Thomas, daglig leder i en industribedrift med 140 ansatte. Prosjektlederne hans bruker mange timer på tilbud og kravspesifikasjoner. Dokumentene følger ofte samme mønster, og mye av teksten ligner fra gang til gang. Det er akkurat den typen arbeid KI kan gjøre raskere og mer ensartet. Men verktøyet kjenner ikke prisene deres, kapasiteten i verkstedet eller hva kunden egentlig trenger. Det vet fortsatt prosjektlederen best. KI skriver utkastet – fagpersonen står for innholdet.',
        en: 'Picture Thomas, managing director of an industrial firm with 140 employees. His project managers spend many hours on offers and requirement specifications. The documents often follow the same pattern, and much of the text is similar each time. That is exactly the kind of work AI can do faster and more consistently. But the tool does not know your prices, the capacity of your workshop or what the customer really needs. The project manager still knows that best. The AI writes the draft — the professional stands behind the content.',
      },
    },
    {
      id: 'offers-and-specs.c2',
      title: { nb: 'Del arbeidet i steg', en: 'Break the work into steps' },
      body: {
        nb: 'Be ikke om et ferdig dokument i én prompt. Del det opp: **1)** Be om en disposisjon basert på malen deres. **2)** Fyll ut én del om gangen, med stikkordene dine som grunnlag. **3)** Be KI lete etter hull, uklarheter og motsigelser. **4)** Gjør ferdig, sjekk og send selv. Hvert steg gir et mindre svar som er lett å kontrollere. Og når en del ikke blir bra, trenger du bare å gjøre den ene delen om igjen.',
        en: 'Do not ask for a finished document in one prompt. Break it up: **1)** Ask for an outline based on your template. **2)** Fill in one section at a time, using your notes as the basis. **3)** Ask the AI to look for gaps, vagueness and contradictions. **4)** Finish, check and send it yourself. Each step gives a smaller answer that is easy to check. And when one section does not turn out well, you only need to redo that one section.',
      },
    },
    {
      id: 'offers-and-specs.c3',
      title: { nb: 'Gi struktur, ikke hemmeligheter', en: 'Provide structure, not secrets' },
      body: {
        nb: 'KI trenger strukturen mer enn de fortrolige detaljene. Gi den overskriftene fra malen, typen kunde og stikkord om behovet: «en kunde i næringsmiddelindustrien» i stedet for firmanavnet. Priser, marginer, kontaktpersoner og kundens interne tegninger holder du utenfor, med mindre verktøyet er godkjent for den dataklassen. Bruk plassholdere som [KUNDE], [PRIS] og [LEVERINGSDATO], og fyll dem inn selv i ditt eget dokument til slutt.',
        en: 'The AI needs the structure more than the confidential details. Give it the headings from your template, the type of customer and notes on the need: “a customer in the food industry” instead of the company name. Keep prices, margins, contact persons and the customer’s internal drawings out, unless the tool is approved for that data class. Use placeholders such as [CUSTOMER], [PRICE] and [DELIVERY DATE], and fill them in yourself in your own document at the end.',
      },
    },
    {
      id: 'offers-and-specs.c4',
      title: {
        nb: 'Kravspesifikasjonen: fra notater til krav',
        en: 'The specification: from notes to requirements',
      },
      body: {
        nb: 'Etter et kundemøte har du ofte sider med stikkord. Be KI sortere dem i funksjonelle krav, ytelseskrav, krav til sikkerhet og grensesnitt, og merke hvert krav som «må» eller «bør». Be den deretter finne krav som er uklare, motstridende eller umulige å teste, og foreslå spørsmål til kunden. Har du mye tekst, del den opp: blir den lengre enn kontekstvinduet, kan verktøyet overse deler uten å si fra.',
        en: 'After a customer meeting you often have pages of notes. Ask the AI to sort them into functional requirements, performance requirements, safety requirements and interfaces, and to mark each one “must” or “should”. Then ask it to find requirements that are vague, contradictory or impossible to test, and to suggest questions for the customer. If you have a lot of text, split it up: if it grows longer than the context window, the tool may overlook parts without telling you.',
      },
      term: {
        word: { nb: 'Kontekstvindu', en: 'Context window' },
        definition: {
          nb: 'Hvor mye tekst en KI-modell kan ta hensyn til på én gang – både det du har limt inn, samtalen så langt og svaret. Blir det for langt, kan tidlige deler falle ut eller bli oversett.',
          en: 'How much text an AI model can take into account at once — what you pasted in, the conversation so far and the answer. If it gets too long, early parts may drop out or be overlooked.',
        },
      },
    },
    {
      id: 'offers-and-specs.c5',
      title: { nb: 'Tilbudet: tydelig, ærlig og ditt', en: 'The offer: clear, honest and yours' },
      body: {
        nb: 'I et tilbud er KI god til å beskrive leveransen forståelig, foreslå forutsetninger og forbehold, og gi teksten en jevn tone. Tallene kommer fra deg: priser, timer, leveringstid og betingelser hentes fra egne systemer og kalkyler. Be uttrykkelig om at KI ikke skal finne på referanseprosjekter, sertifiseringer eller frister. Et tilbud er et løfte til kunden, og bedriften er bundet av det som står der – uansett hvem som skrev utkastet.',
        en: 'In an offer, AI is good at describing the delivery clearly, suggesting assumptions and reservations, and giving the text an even tone. The figures come from you: prices, hours, delivery time and terms are taken from your own systems and calculations. Say explicitly that the AI must not invent reference projects, certifications or deadlines. An offer is a promise to the customer, and the company is bound by what it says — no matter who wrote the draft.',
      },
    },
    {
      id: 'offers-and-specs.c6',
      title: { nb: 'Gå gjennom før det går ut', en: 'Review before it goes out' },
      body: {
        nb: 'Før et tilbud eller en kravspesifikasjon sendes: Sjekk hvert tall og hvert løfte mot kilden. Sammenlign med kundens forespørsel – har vi svart på alt de spurte om? La en kollega lese dokumentet med fire øyne, slik dere gjør med andre eksterne dokumenter. Du kan også be KI lese utkastet som kundens innkjøper: «Hva er uklart, og hva ville du spurt om?» Det avslører ofte svakheter før kunden finner dem.',
        en: 'Before an offer or a specification is sent: check every figure and every promise against the source. Compare with the customer’s request — have we answered everything they asked? Let a colleague read the document as a second pair of eyes, as you do with other external documents. You can also ask the AI to read the draft as the customer’s buyer: “What is unclear, and what would you ask about?” That often reveals weaknesses before the customer finds them.',
      },
    },
    {
      id: 'offers-and-specs.c7',
      title: {
        nb: 'To timer i stedet for seks – ærlig fortalt',
        en: 'Two hours instead of six — told honestly',
      },
      body: {
        nb: 'En prosjektleder laget en kravspesifikasjon på to timer i stedet for seks med hjelp av KI. Det er en ekte gevinst, men se hva som lå bak: en god mal, tidligere dokumenter som eksempler, og noen ukers øvelse. De første forsøkene tok lengre tid. Ikke alle dokumenter går like raskt, og gjennomgangen må være med i regnestykket. Mål din egen tid før og etter, og del resultatet – også når gevinsten ble mindre enn du håpet.',
        en: 'A project manager produced a requirement specification in two hours instead of six with help from AI. That is a real gain, but look at what lay behind it: a good template, earlier documents as examples, and a few weeks of practice. The first attempts took longer. Not every document goes as fast, and the review has to be part of the sum. Measure your own time before and after, and share the result — also when the gain was smaller than you hoped.',
      },
    },
    {
      id: 'offers-and-specs.c8',
      title: {
        nb: 'Fra én prosjektleder til hele avdelingen',
        en: 'From one project manager to the whole department',
      },
      body: {
        nb: 'Når du har prompter som virker for hvert steg – disposisjon, utfylling, kontroll – er de verdt mer enn ett godt dokument. Lagre dem i promptbiblioteket med plassholdere, dataklasse og en kort sjekkliste for gjennomgangen. Da kan en ny kollega bruke samme framgangsmåte fra første dag, og dere får tilbud som ligner hverandre i struktur og kvalitet. Be en KI-ambassadør se over dem før de deles bredt.',
        en: 'Once you have prompts that work for each step — outline, filling in, checking — they are worth more than one good document. Save them in the prompt library with placeholders, data class and a short checklist for the review. Then a new colleague can use the same method from day one, and your offers become consistent in structure and quality. Ask an AI ambassador to look them over before they are shared widely.',
      },
    },
  ],
  example: {
    department: 'project',
    situation: {
      nb: 'Kari er prosjektleder i en bedrift som lager transportbånd og pakkelinjer. Etter et møte med en ny kunde har hun fire sider med stikkord og skal lage en kravspesifikasjon for en pakkelinje.',
      en: 'Kari is a project manager at a company that makes conveyor belts and packing lines. After a meeting with a new customer she has four pages of notes and needs to write a requirement specification for a packing line.',
    },
    weakPrompt: {
      nb: 'Her er alle notatene mine fra kundemøtet, med navn, priser og kontaktinfo. Lag en kravspesifikasjon.',
      en: 'Here are all my notes from the customer meeting, with names, prices and contact details. Write a requirement specification.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren prosjektleder i en norsk industribedrift som leverer transportbånd og pakkelinjer. Jeg skal lage en kravspesifikasjon for en ny pakkelinje til en kunde i næringsmiddelindustrien. Steg 1: Sorter stikkordene under i funksjonelle krav, ytelseskrav, krav til hygiene og sikkerhet, og grensesnitt mot eksisterende utstyr. Merk hvert krav med «må» eller «bør». Steg 2: List krav som er uklare, motstridende eller ikke kan testes, og foreslå ett spørsmål til kunden for hvert. Ikke finn på tall – skriv [AVKLARES] der noe mangler. Stikkord (anonymisert): [lim inn]',
      en: 'You are an experienced project manager at a Norwegian industrial company that supplies conveyor belts and packing lines. I am writing a requirement specification for a new packing line for a customer in the food industry. Step 1: Sort the notes below into functional requirements, performance requirements, hygiene and safety requirements, and interfaces with existing equipment. Mark each requirement “must” or “should”. Step 2: List requirements that are vague, contradictory or not testable, and suggest one question to the customer for each. Do not invent numbers — write [TO BE CLARIFIED] where something is missing. Notes (anonymised): [paste here]',
    },
    whyItWorks: {
      nb: 'Prompten gir rolle og bransje, deler jobben i to tydelige steg og ber om en kontroll av kravene, ikke bare en pen tekst. Den forbyr oppdiktede tall og markerer hull. Notatene er anonymisert, så ingen navn, priser eller kontaktdata går inn i verktøyet.',
      en: 'The prompt gives a role and industry, splits the job into two clear steps and asks for a check of the requirements, not just a polished text. It forbids invented numbers and marks gaps. The notes are anonymised, so no names, prices or contact details go into the tool.',
    },
  },
  quiz: [
    {
      id: 'offers-and-specs.q1',
      question: {
        nb: 'Du lager et tilbud i et verktøy som ikke er godkjent for fortrolige data. Hva gir du KI?',
        en: 'You are writing an offer in a tool that is not approved for confidential data. What do you give the AI?',
      },
      choices: [
        {
          id: 'offers-and-specs.q1.a',
          text: {
            nb: 'Kundens navn, priser og marginer, så svaret blir presist',
            en: 'The customer’s name, prices and margins, for a precise answer',
          },
        },
        {
          id: 'offers-and-specs.q1.b',
          text: {
            nb: 'Hele forrige tilbud til samme kunde, med alle vedlegg',
            en: 'The whole previous offer to the same customer, with attachments',
          },
        },
        {
          id: 'offers-and-specs.q1.c',
          text: {
            nb: 'Strukturen og behovet, med [KUNDE] og [PRIS]',
            en: 'The structure and the need, with [CUSTOMER] and [PRICE]',
          },
        },
        {
          id: 'offers-and-specs.q1.d',
          text: {
            nb: 'Bare kundens navn – prisene fyller du inn selv',
            en: 'Only the customer’s name – you fill in the prices',
          },
        },
      ],
      correct: 'offers-and-specs.q1.c',
      explanation: {
        nb: 'KI trenger strukturen mer enn detaljene. Fortrolige tall og kundenavn fyller du inn selv etterpå, i ditt eget dokument.',
        en: 'The AI needs the structure more than the details. You fill in confidential figures and customer names yourself afterwards, in your own document.',
      },
    },
    {
      id: 'offers-and-specs.q2',
      question: {
        nb: 'Hvorfor er det lurt å be KI finne krav som ikke kan testes?',
        en: 'Why is it smart to ask the AI to find requirements that cannot be tested?',
      },
      choices: [
        {
          id: 'offers-and-specs.q2.a',
          text: {
            nb: 'Uklare krav gir uenighet senere og bør avklares nå',
            en: 'Vague requirements cause disputes later; clarify them now',
          },
        },
        {
          id: 'offers-and-specs.q2.b',
          text: {
            nb: 'KI kan da teste kravene for deg før dere leverer',
            en: 'The AI can then test the requirements before you deliver',
          },
        },
        {
          id: 'offers-and-specs.q2.c',
          text: {
            nb: 'Dokumentet blir lengre og ser grundigere ut for kunden',
            en: 'The document gets longer and looks more thorough to the customer',
          },
        },
        {
          id: 'offers-and-specs.q2.d',
          text: {
            nb: 'Krav som ikke kan testes, er ikke lov i norske kontrakter',
            en: 'Untestable requirements are not allowed in Norwegian contracts',
          },
        },
      ],
      correct: 'offers-and-specs.q2.a',
      explanation: {
        nb: 'Et krav som ikke kan testes, kan ikke bevises oppfylt. Å finne dem tidlig gir bedre spørsmål til kunden og færre konflikter ved overlevering.',
        en: 'A requirement that cannot be tested cannot be shown to be met. Finding such requirements early gives better questions for the customer and fewer disputes at handover.',
      },
    },
    {
      id: 'offers-and-specs.q3',
      question: {
        nb: 'En kollega sier: «KI laget kravspesifikasjonen på to timer, så nå skal alle bruke to timer.» Hva er den ærlige innvendingen?',
        en: 'A colleague says: “AI produced the specification in two hours, so now everyone should take two hours.” What is the honest objection?',
      },
      choices: [
        {
          id: 'offers-and-specs.q3.a',
          text: {
            nb: 'Ingen – med KI tar det alltid omtrent to timer',
            en: 'None — with AI it always takes about two hours',
          },
        },
        {
          id: 'offers-and-specs.q3.b',
          text: {
            nb: 'Det er ett eksempel; mål egen tid før og etter',
            en: 'It is one example; measure your own time before and after',
          },
        },
        {
          id: 'offers-and-specs.q3.c',
          text: {
            nb: 'KI kan ikke spare tid på kravspesifikasjoner i det hele tatt',
            en: 'AI cannot save any time on requirement specifications at all',
          },
        },
        {
          id: 'offers-and-specs.q3.d',
          text: {
            nb: 'To timer er for lite – KI bruker alltid lengre tid',
            en: 'Two hours is too little – AI always takes longer',
          },
        },
      ],
      correct: 'offers-and-specs.q3.b',
      explanation: {
        nb: 'En suksesshistorie viser hva som er mulig, ikke hva som alltid skjer. Egne målinger før og etter, med gjennomgangen tatt med, gir et ærlig bilde.',
        en: 'A success story shows what is possible, not what always happens. Your own measurements before and after, with the review included, give an honest picture.',
      },
    },
    {
      id: 'offers-and-specs.q4',
      question: { nb: 'Hva er kontekstvinduet?', en: 'What is the context window?' },
      choices: [
        {
          id: 'offers-and-specs.q4.a',
          text: {
            nb: 'Vinduet i nettleseren der du skriver prompten',
            en: 'The browser window where you type the prompt',
          },
        },
        {
          id: 'offers-and-specs.q4.b',
          text: {
            nb: 'Tiden du har før verktøyet logger deg ut',
            en: 'The time you have before the tool logs you out',
          },
        },
        {
          id: 'offers-and-specs.q4.c',
          text: {
            nb: 'Hvor mye tekst modellen tar hensyn til på én gang',
            en: 'How much text the model takes into account at once',
          },
        },
        {
          id: 'offers-and-specs.q4.d',
          text: {
            nb: 'Listen over dokumenter verktøyet har lov til å lese',
            en: 'The list of documents the tool is allowed to read',
          },
        },
      ],
      correct: 'offers-and-specs.q4.c',
      explanation: {
        nb: 'Kontekstvinduet omfatter det du limer inn, samtalen og svaret. Lange dokumenter bør deles opp, ellers kan deler bli oversett uten at du merker det.',
        en: 'The context window covers what you paste in, the conversation and the answer. Long documents should be split up, or parts may be overlooked without you noticing.',
      },
    },
    {
      id: 'offers-and-specs.q5',
      question: {
        nb: 'Hvem har ansvaret for priser og leveringstid i et tilbud der KI skrev utkastet?',
        en: 'Who is responsible for prices and delivery time in an offer whose draft was written by AI?',
      },
      choices: [
        {
          id: 'offers-and-specs.q5.a',
          text: {
            nb: 'Leverandøren av KI-verktøyet',
            en: 'The supplier of the AI tool',
          },
        },
        {
          id: 'offers-and-specs.q5.b',
          text: {
            nb: 'Du og bedriften som sender det',
            en: 'You and the company sending it',
          },
        },
        {
          id: 'offers-and-specs.q5.c',
          text: {
            nb: 'Ingen, når KI-bruken er oppgitt',
            en: 'Nobody, once AI use is stated',
          },
        },
        {
          id: 'offers-and-specs.q5.d',
          text: {
            nb: 'Kunden, som må sjekke tilbudet',
            en: 'The customer, who must check it',
          },
        },
      ],
      correct: 'offers-and-specs.q5.b',
      explanation: {
        nb: 'Tilbudet er bedriftens løfte til kunden. Tallene skal komme fra egne kalkyler og systemer, og du sjekker dem før tilbudet sendes.',
        en: 'The offer is the company’s promise to the customer. The figures must come from your own calculations and systems, and you check them before the offer is sent.',
      },
    },
  ],
  tryIt: {
    nb: 'Ta et tilbud eller en kravspesifikasjon du holder på med, eller et gammelt et. Lag en anonymisert versjon av stikkordene. Be KI først om en disposisjon, og deretter om å finne uklare krav eller manglende forbehold. Noter hvor lang tid du brukte, inkludert gjennomgangen, og sammenlign med hvor lang tid det pleier å ta.',
    en: 'Take an offer or requirement specification you are working on, or an old one. Make an anonymised version of the notes. Ask the AI for an outline first, then ask it to find vague requirements or missing reservations. Note how long it took, including the review, and compare it with how long it usually takes.',
  },
  review: [
    {
      id: 'offers-and-specs.r1',
      front: {
        nb: 'Hva gir du KI når du lager tilbud og kravspesifikasjoner?',
        en: 'What do you give the AI when writing offers and specifications?',
      },
      back: {
        nb: 'Struktur, anonymiserte stikkord og plassholdere som [KUNDE] og [PRIS]. Fortrolige tall og navn fyller du inn selv.',
        en: 'Structure, anonymised notes and placeholders such as [CUSTOMER] and [PRICE]. You fill in confidential figures and names yourself.',
      },
    },
    {
      id: 'offers-and-specs.r2',
      front: {
        nb: 'Hvilke fire steg følger et KI-assistert tilbud?',
        en: 'Which four steps does an AI-assisted offer follow?',
      },
      back: {
        nb: 'Disposisjon, én del om gangen, be KI finne hull og uklarheter, og til slutt egen kontroll og fire øyne før sending.',
        en: 'Outline, one section at a time, ask the AI to find gaps and vagueness, and finally your own check and a second pair of eyes before sending.',
      },
    },
    {
      id: 'offers-and-specs.r3',
      front: {
        nb: 'Hvordan forteller du «to timer i stedet for seks» ærlig?',
        en: 'How do you tell “two hours instead of six” honestly?',
      },
      back: {
        nb: 'Som ett eksempel, med det som lå bak (mal, eksempler, øvelse) og med gjennomgangen tatt med i tiden. Mål egne tall før og etter.',
        en: 'As one example, with what lay behind it (template, examples, practice) and with the review included in the time. Measure your own figures before and after.',
      },
    },
  ],
  departments: ['project', 'sales'],
} satisfies Lesson
