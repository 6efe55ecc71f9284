import type { Lesson } from '../types'

export default {
  id: 'prompt-mistakes',
  order: 5,
  competency: 'simple-prompts',
  level: 'basic',
  module: 1,
  minutes: 7,
  title: {
    nb: 'Fra svak til sterk prompt',
    en: 'From weak to strong prompts',
  },
  summary: {
    nb: 'Typiske promptfeil fra salg, HR og kundeservice, med før- og etter-versjoner. Du lærer å stille gode oppfølgingsspørsmål og å la KI spørre deg om det den mangler.',
    en: 'Typical prompt mistakes from sales, HR and customer service, with before and after versions. You learn to ask good follow-up questions and to let the AI ask you for what it is missing.',
  },
  cards: [
    {
      id: 'prompt-mistakes.c1',
      title: {
        nb: 'Hvorfor det blir mange runder',
        en: 'Why it takes so many rounds',
      },
      body: {
        nb: 'Dårlige prompter er den vanligste grunnen til at KI ikke sparer tid: Du får et svar, retter, spør igjen og retter på nytt. Den gode nyheten er at de fleste feilene er de samme, uansett avdeling – og at de kan rettes med noen få grep. I denne leksjonen ser du før- og etter-versjoner fra salg, HR og kundeservice. Legg merke til hva som blir lagt til, ikke bare hvor lang prompten blir.',
        en: 'Poor prompts are the most common reason AI fails to save time: you get an answer, fix it, ask again and fix it again. The good news is that most mistakes are the same whatever your department – and a few simple moves fix them. In this lesson you will see before and after versions from sales, HR and customer service. Notice what gets added, not just how long the prompt becomes.',
      },
    },
    {
      id: 'prompt-mistakes.c2',
      title: {
        nb: 'Salg: e-posten uten mottaker',
        en: 'Sales: the e-mail with no recipient',
      },
      body: {
        nb: '**Før:** «Skriv en salgs-e-post om produktet vårt.»\n\n**Etter:** «Skriv en kort oppfølgings-e-post til en innkjøpssjef i en mellomstor matprodusent som besøkte standen vår på en fagmesse. Hun spurte om transportbånd som tåler daglig vask. Målet er å avtale et Teams-møte på 20 minutter. Høyst 120 ord, personlig og konkret, ingen superlativer.»\n\nEtter-versjonen sier hvem som skal lese, hva som har skjedd, hva målet er, og hvordan teksten skal være.',
        en: '**Before:** “Write a sales e-mail about our product.”\n\n**After:** “Write a short follow-up e-mail to a purchasing manager at a mid-sized food producer who visited our stand at a trade fair. She asked about conveyor belts that can take daily washing. The goal is to book a 20-minute Teams meeting. No more than 120 words, personal and specific, no superlatives.”\n\nThe after version says who will read it, what has happened, what the goal is and what the text should be like.',
      },
    },
    {
      id: 'prompt-mistakes.c3',
      title: {
        nb: 'HR: stillingsannonsen',
        en: 'HR: the job ad',
      },
      body: {
        nb: '**Før:** «Lag en stillingsannonse for en lagermedarbeider.»\n\n**Etter:** «Skriv en stillingsannonse for en lagermedarbeider i 100 % fast stilling hos en grossist på Gardermoen. Oppgaver: plukk, pakking og varemottak. Krav: truckførerbevis. Fint om du har erfaring med lagersystem. Vi tilbyr fast dagtid og bedriftshytte. Høyst 250 ord, enkelt språk. Bruk kjønnsnøytrale formuleringer, og unngå ord som utelukker søkere på grunn av alder.»\n\nKonkrete krav gir en ærlig annonse, og inkluderende språk gir flere søkere.',
        en: '**Before:** “Write a job ad for a warehouse worker.”\n\n**After:** “Write a job ad for a permanent, full-time warehouse worker at a wholesaler near Oslo Airport. Tasks: picking, packing and goods receipt. Required: a forklift licence. Experience with a warehouse system is a plus. We offer regular daytime hours and a company cabin. No more than 250 words, plain language. Use gender-neutral wording, and avoid words that rule out applicants because of age.”\n\nSpecific requirements make an honest ad, and inclusive language brings more applicants.',
      },
    },
    {
      id: 'prompt-mistakes.c4',
      title: {
        nb: 'Kundeservice: svaret som ble for glatt',
        en: 'Customer service: the reply that was too smooth',
      },
      body: {
        nb: '**Før:** «Svar på denne klagen.» Resultatet blir ofte høflig, langt og tomt – eller det lover noe dere ikke kan holde.\n\n**Etter:** Fortell hva som gikk galt, hva dere kan tilby, og hvilken tone dere bruker. Skriv for eksempel: «Beklag tydelig, forklar hva vi gjør nå, og ikke lov noe annet enn det som står her.» Anonymiser kunden, og lim bare inn den delen av klagen som trengs.',
        en: '**Before:** “Reply to this complaint.” The result is often polite, long and empty – or it promises something you cannot deliver.\n\n**After:** Say what went wrong, what you can offer and what tone you use. For example: “Apologise clearly, explain what we are doing now, and do not promise anything beyond what is written here.” Anonymise the customer, and paste in only the part of the complaint that is needed.',
      },
    },
    {
      id: 'prompt-mistakes.c5',
      title: {
        nb: 'Ikke be om fakta KI ikke har',
        en: 'Don’t ask for facts the AI doesn’t have',
      },
      body: {
        nb: 'En vanlig feil er å be KI skrive om priser, leveringstider, lagerstatus eller egne rutiner – ting bare dere vet. Da fyller modellen hullene med noe som høres sannsynlig ut. Gi den heller fakta selv, og skriv: «Bruk bare opplysningene under. Der du trenger noe du ikke har, skriver du [MANGLER].» Da ser du med en gang hva du må fylle inn, i stedet for å lete etter oppdiktede tall.',
        en: 'A common mistake is asking AI to write about prices, delivery times, stock levels or your own procedures – things only your company knows. The model then fills the gaps with something that sounds plausible. Give it the facts yourself instead, and write: “Use only the information below. Wherever you need something you don’t have, write [MISSING].” Then you can see straight away what you need to fill in, instead of hunting for invented figures.',
      },
    },
    {
      id: 'prompt-mistakes.c6',
      title: {
        nb: 'Still oppfølgingsspørsmål',
        en: 'Ask follow-up questions',
      },
      body: {
        nb: 'Samtalen er et verktøy i seg selv. Modellen ser det som er sagt tidligere, så du kan bygge videre:\n\n«Gi meg tre varianter av åpningen.»\n\n«Hva vil en skeptisk innkjøpssjef savne i denne teksten?»\n\n«Gjør den kortere uten å miste tilbudet.»\n\n«Hvorfor valgte du den formuleringen?»\n\nOppfølgingsspørsmål gir ofte mer enn å skrive en helt ny prompt – og du lærer hva som påvirker svaret.',
        en: 'The conversation is a tool in its own right. The model sees what has been said earlier, so you can build on it:\n\n“Give me three versions of the opening.”\n\n“What would a sceptical purchasing manager miss in this text?”\n\n“Make it shorter without losing the offer.”\n\n“Why did you choose that wording?”\n\nFollow-up questions often achieve more than writing a completely new prompt – and you learn what shapes the answer.',
      },
    },
    {
      id: 'prompt-mistakes.c7',
      title: {
        nb: 'La KI spørre deg',
        en: 'Let the AI ask you',
      },
      body: {
        nb: 'Er du usikker på hva prompten bør inneholde, snur du rollene. Skriv oppgaven kort, og legg til: «Før du skriver, still meg de spørsmålene du trenger for å gjøre en god jobb – høyst fem.» Modellen spør da ofte om målgruppe, tone, lengde og fakta du har glemt. Du svarer, og først da skriver den. Det tar ett minutt ekstra og sparer deg ofte for flere runder med retting.',
        en: 'If you are unsure what the prompt should include, turn the roles around. Write the task briefly and add: “Before you write, ask me the questions you need to do a good job – five at most.” The model will often ask about audience, tone, length and facts you forgot. You answer, and only then does it write. It takes an extra minute and often saves you several rounds of corrections.',
      },
    },
    {
      id: 'prompt-mistakes.c8',
      title: {
        nb: 'Ny samtale og lagring',
        en: 'A fresh chat, and saving what works',
      },
      body: {
        nb: 'Blir samtalen lang og svarene rotete, starter du en ny – med en bedre prompt som tar med det du har lært. Når noe virker, lagrer du det som en **promptmal** med plassholdere. Del den gjerne i promptbiblioteket i Løft: Det kollegaen din bruker ti minutter på å finne ut av, kan du få gratis, og omvendt.',
        en: 'If the conversation gets long and the answers messy, start a new one – with a better prompt that includes what you have learned. When something works, save it as a **prompt template** with placeholders. Consider sharing it in the prompt library in Løft: what takes a colleague ten minutes to figure out, you can get for free, and the other way round.',
      },
      term: {
        word: { nb: 'promptmal', en: 'prompt template' },
        definition: {
          nb: 'En prompt som er lagret med plassholdere, for eksempel [KUNDE] eller [PRODUKT], slik at du og kollegaene kan bruke den igjen på nye saker.',
          en: 'A prompt saved with placeholders, such as [CUSTOMER] or [PRODUCT], so that you and your colleagues can reuse it for new cases.',
        },
      },
    },
  ],
  example: {
    department: 'customer-service',
    situation: {
      nb: 'Amir jobber i kundeservice i en nettbutikk for sportsutstyr. En kunde har for andre gang fått langrennsski i feil lengde og skriver at hun er skuffet. Amir vil ha et godt utkast til svar.',
      en: 'Amir works in customer service at an online sports shop. A customer has received cross-country skis in the wrong length for the second time and writes that she is disappointed. Amir wants a good draft reply.',
    },
    weakPrompt: {
      nb: 'Skriv et svar til kunden som er sur.',
      en: 'Write a reply to the customer who is annoyed.',
    },
    strongPrompt: {
      nb: 'Du er en erfaren kundebehandler i en norsk nettbutikk for sportsutstyr. Kunden [KUNDE] har for andre gang fått langrennsski i feil lengde og skriver at hun er skuffet. Dette kan vi tilby: nye ski med ekspresslevering uten kostnad, og et gavekort på 300 kr. Skriv et svar på e-post: Beklag tydelig uten bortforklaringer, forklar hva vi gjør nå, og avslutt med direktenummeret til kundeservice, skrevet som [TELEFON]. Høyst 130 ord, varm og saklig tone, du-form. Ikke lov noe annet enn det som står her. Før du skriver: Still meg inntil tre spørsmål hvis noe er uklart.',
      en: 'You are an experienced customer service adviser at a Norwegian online sports shop. The customer [CUSTOMER] has received cross-country skis in the wrong length for the second time and writes that she is disappointed. This is what we can offer: new skis by express delivery at no cost, and a NOK 300 gift card. Write an e-mail reply: apologise clearly without making excuses, explain what we are doing now, and end with the customer service direct number, written as [PHONE]. No more than 130 words, warm and matter-of-fact, informal “you”. Do not promise anything beyond what is written here. Before you write: ask me up to three questions if anything is unclear.',
    },
    whyItWorks: {
      nb: 'Den sterke prompten gir KI det den ikke kan vite: hva som skjedde, hva butikken faktisk kan tilby, og hvilken tone de bruker. Den setter grenser for løfter, holder kunden anonym og lar modellen spørre før den skriver. Resultatet er et svar Amir kan sende etter en rask gjennomlesning, i stedet for et generisk svar han må skrive om.',
      en: 'The strong prompt gives the AI what it cannot know: what happened, what the shop can actually offer and what tone they use. It limits the promises, keeps the customer anonymous and lets the model ask before it writes. The result is a reply Amir can send after a quick read-through, instead of a generic one he has to rewrite.',
    },
  },
  quiz: [
    {
      id: 'prompt-mistakes.q1',
      question: {
        nb: 'KI trenger priser og leveringstider som bare bedriften din kjenner. Hva gjør du?',
        en: 'The AI needs prices and delivery times that only your company knows. What do you do?',
      },
      choices: [
        {
          id: 'prompt-mistakes.q1.a',
          text: {
            nb: 'Ber KI finne dem på nettet og lime dem inn for deg',
            en: 'Ask the AI to find them online and fill them in for you',
          },
        },
        {
          id: 'prompt-mistakes.q1.b',
          text: {
            nb: 'Stoler på tallene KI foreslår, og sjekker dem hvis kunden klager',
            en: 'Trust the AI’s figures, and check them if the customer complains',
          },
        },
        {
          id: 'prompt-mistakes.q1.c',
          text: {
            nb: 'Skriver dem inn selv og ber KI markere [MANGLER] der noe mangler',
            en: 'Type them in yourself and ask the AI to mark gaps with [MISSING]',
          },
        },
        {
          id: 'prompt-mistakes.q1.d',
          text: {
            nb: 'Ber KI bruke vanlige tall fra bransjen som et rimelig anslag inntil videre',
            en: 'Ask the AI to use typical industry figures as a fair estimate for now',
          },
        },
      ],
      correct: 'prompt-mistakes.q1.c',
      explanation: {
        nb: 'Interne fakta kjenner bare dere. Gir du dem selv og ber om [MANGLER] der noe ikke er oppgitt, slipper du oppdiktede tall, og du ser med en gang hva som må fylles inn.',
        en: 'Only you know your internal facts. If you supply them yourself and ask for [MISSING] wherever something is not given, you avoid invented figures and can see at once what still needs filling in.',
      },
    },
    {
      id: 'prompt-mistakes.q2',
      question: {
        nb: 'Hva oppnår du ved å skrive «Før du skriver, still meg inntil fem spørsmål»?',
        en: 'What do you achieve by writing “Before you write, ask me up to five questions”?',
      },
      choices: [
        {
          id: 'prompt-mistakes.q2.a',
          text: {
            nb: 'At KI finner ut hva som mangler før den skriver',
            en: 'The AI finds out what is missing before it writes',
          },
        },
        {
          id: 'prompt-mistakes.q2.b',
          text: {
            nb: 'At svaret kommer raskere fordi KI vet mer om deg',
            en: 'The answer arrives faster because the AI knows more about you',
          },
        },
        {
          id: 'prompt-mistakes.q2.c',
          text: {
            nb: 'At du slipper å følge datareglene i resten av samtalen',
            en: 'You no longer need to follow the data rules in the rest of the chat',
          },
        },
        {
          id: 'prompt-mistakes.q2.d',
          text: {
            nb: 'At KI blir helt sikker på at svaret blir riktig',
            en: 'The AI becomes fully certain that its answer is right',
          },
        },
      ],
      correct: 'prompt-mistakes.q2.a',
      explanation: {
        nb: 'Når KI får spørre først, avdekker den ofte hull i bestillingen – målgruppe, tone eller fakta du har glemt. Datareglene gjelder fortsatt for alt du svarer, og svaret må fortsatt sjekkes.',
        en: 'When the AI gets to ask first, it often uncovers gaps in the brief – the audience, the tone or facts you forgot. The data rules still apply to everything you answer, and the result still needs checking.',
      },
    },
    {
      id: 'prompt-mistakes.q3',
      question: {
        nb: 'Hvilken prompt for en stillingsannonse er best?',
        en: 'Which job ad prompt is best?',
      },
      choices: [
        {
          id: 'prompt-mistakes.q3.a',
          text: {
            nb: '«Lag en fengende og morsom stillingsannonse for lageret vårt.»',
            en: '“Write a catchy, fun job ad for our warehouse.”',
          },
        },
        {
          id: 'prompt-mistakes.q3.b',
          text: {
            nb: '«Annonse for lagermedarbeider: oppgaver, krav, tilbud, høyst 250 ord.»',
            en: '“Ad for a warehouse worker: tasks, requirements, offer, 250 words max.”',
          },
        },
        {
          id: 'prompt-mistakes.q3.c',
          text: {
            nb: '«Skriv en annonse for en ung og sprek lagergutt med førerkort.»',
            en: '“Write an ad for a young, fit warehouse lad with a licence.”',
          },
        },
        {
          id: 'prompt-mistakes.q3.d',
          text: {
            nb: '«Skriv en stillingsannonse som ligner den konkurrenten vår har ute nå.»',
            en: '“Write a job ad like the one our competitor has out at the moment.”',
          },
        },
      ],
      correct: 'prompt-mistakes.q3.b',
      explanation: {
        nb: 'Den beste prompten gir innhold og format. Den første er for vag, den fjerde inviterer til kopiering, og den tredje utelukker søkere på grunn av alder og kjønn – noe som er i strid med diskrimineringsreglene.',
        en: 'The best prompt gives content and format. The first is too vague, the fourth invites copying, and the third rules out applicants because of age and gender – which goes against anti-discrimination rules.',
      },
    },
    {
      id: 'prompt-mistakes.q4',
      question: {
        nb: 'Samtalen har gått mange runder, og svarene blir stadig mer rotete. Hva er lurt?',
        en: 'The conversation has gone on for many rounds and the answers keep getting messier. What is wise?',
      },
      choices: [
        {
          id: 'prompt-mistakes.q4.a',
          text: {
            nb: 'Skrive «prøv igjen» helt til svaret blir bra',
            en: 'Keep writing “try again” until the answer gets good',
          },
        },
        {
          id: 'prompt-mistakes.q4.b',
          text: {
            nb: 'Bytte til et verktøy som ikke er godkjent, men som er raskere',
            en: 'Switch to a tool that is not approved but is faster',
          },
        },
        {
          id: 'prompt-mistakes.q4.c',
          text: {
            nb: 'Gi opp KI for denne typen oppgaver for godt',
            en: 'Give up on AI for this kind of task for good',
          },
        },
        {
          id: 'prompt-mistakes.q4.d',
          text: {
            nb: 'Starte en ny samtale med en bedre prompt',
            en: 'Start a new chat with a better prompt',
          },
        },
      ],
      correct: 'prompt-mistakes.q4.d',
      explanation: {
        nb: 'Lange, rotete samtaler drar svarene i mange retninger. En ny samtale med en bedre prompt gir modellen en ren start og samler det du har lært underveis.',
        en: 'Long, messy conversations pull the answers in many directions. A new conversation with a better prompt gives the model a clean start and brings together what you learned along the way.',
      },
    },
  ],
  tryIt: {
    nb: 'Finn en prompt du har brukt som ga et middels svar, eller skriv en typisk «før»-prompt fra din egen jobb. Skriv en etter-versjon med mottaker, mål, fakta og format, og avslutt med: «Still meg inntil tre spørsmål før du skriver.» Kjør begge i et godkjent verktøy og sammenlign svarene. Lagre den beste som en promptmal.',
    en: 'Find a prompt you have used that gave a mediocre answer, or write a typical “before” prompt from your own job. Write an after version with the recipient, goal, facts and format, and end with: “Ask me up to three questions before you write.” Run both in an approved tool and compare the answers. Save the better one as a prompt template.',
  },
  review: [
    {
      id: 'prompt-mistakes.r1',
      front: {
        nb: 'Hvordan hindrer du at KI finner på priser og andre interne fakta?',
        en: 'How do you stop the AI inventing prices and other internal facts?',
      },
      back: {
        nb: 'Gi fakta selv, skriv «bruk bare opplysningene under», og be om [MANGLER] der noe ikke er oppgitt.',
        en: 'Supply the facts yourself, write “use only the information below”, and ask for [MISSING] wherever something is not given.',
      },
    },
    {
      id: 'prompt-mistakes.r2',
      front: {
        nb: 'Hvordan kan du la KI hjelpe deg med å lage en bedre bestilling?',
        en: 'How can you let the AI help you write a better brief?',
      },
      back: {
        nb: 'Skriv: «Før du skriver, still meg de spørsmålene du trenger – høyst fem.» Svar, og la den så skrive.',
        en: 'Write: “Before you write, ask me the questions you need – five at most.” Answer them, then let it write.',
      },
    },
    {
      id: 'prompt-mistakes.r3',
      front: {
        nb: 'Hva gjør du når en samtale med KI blir lang og rotete?',
        en: 'What do you do when a conversation with the AI gets long and messy?',
      },
      back: {
        nb: 'Start en ny samtale med en forbedret prompt. Lagre den som en promptmal når den virker.',
        en: 'Start a new conversation with an improved prompt. Save it as a prompt template once it works.',
      },
    },
  ],
  departments: ['sales', 'hr', 'customer-service'],
} satisfies Lesson
