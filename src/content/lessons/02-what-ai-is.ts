import type { Lesson } from '../types'

export default {
  id: 'what-ai-is',
  order: 2,
  competency: 'ai-basics',
  level: 'basic',
  module: 1,
  minutes: 7,
  literacy: true,
  title: {
    nb: 'Hva KI er – og hva den ikke er',
    en: 'What AI is – and what it isn’t',
  },
  summary: {
    nb: 'Hvordan generativ KI lager tekst, hvorfor den av og til finner på ting, og hvilke oppgaver den er god og dårlig på. Med realistiske forventninger får du mer ut av verktøyet.',
    en: 'How generative AI produces text, why it sometimes makes things up, and which tasks it is good and bad at. Realistic expectations help you get more out of the tool.',
  },
  cards: [
    {
      id: 'what-ai-is.c1',
      title: {
        nb: 'Et verktøy som skriver sannsynlig tekst',
        en: 'A tool that writes likely text',
      },
      body: {
        nb: 'Generativ KI som ChatGPT, Claude, Gemini og Copilot bygger på **språkmodeller**. En språkmodell er trent på enorme mengder tekst og har lært mønstrene i språket. Når du skriver en prompt, regner den ut hvilke ord som sannsynligvis passer videre – litt etter litt. Resultatet er ofte imponerende. Men husk hva som skjer: Modellen lager tekst som høres riktig ut. Den slår ikke opp hva som er sant.',
        en: 'Generative AI such as ChatGPT, Claude, Gemini and Copilot is built on **language models**. A language model has been trained on huge amounts of text and has learned the patterns of language. When you write a prompt, it works out which words are likely to come next – a little at a time. The result is often impressive. But remember what is happening: the model produces text that sounds right. It does not look up what is true.',
      },
      term: {
        word: { nb: 'språkmodell', en: 'language model' },
        definition: {
          nb: 'En KI-modell som er trent på store mengder tekst til å forutsi hvilke ord som kommer videre. Den er motoren i verktøy som ChatGPT, Claude, Gemini og Copilot. Kalles også stor språkmodell (LLM).',
          en: 'An AI model trained on large amounts of text to predict which words come next. It is the engine inside tools such as ChatGPT, Claude, Gemini and Copilot. Also called a large language model (LLM).',
        },
      },
    },
    {
      id: 'what-ai-is.c2',
      title: {
        nb: 'Ingen forståelse, ikke et oppslagsverk',
        en: 'No understanding, not a reference book',
      },
      body: {
        nb: 'En språkmodell forstår ikke verden slik du gjør, og den har ikke en database med kontrollerte fakta. Noen verktøy kan søke på nettet eller lese dokumentene dine. Det hjelper, men modellen kan fortsatt misforstå kildene eller blande dem sammen. Tenk på den som en svært rask og belest praktikant som aldri har vært innom bedriften din: nyttig til mye, men du må forklare sammenhengen og sjekke arbeidet.',
        en: 'A language model does not understand the world the way you do, and it has no database of verified facts. Some tools can search the web or read your documents. That helps, but the model can still misread the sources or mix them up. Think of it as a very fast, well-read intern who has never set foot in your company: useful for a lot, but you have to explain the background and check the work.',
      },
    },
    {
      id: 'what-ai-is.c3',
      title: {
        nb: 'Hallusinering: når KI finner på',
        en: 'Hallucination: when AI makes things up',
      },
      body: {
        nb: 'Fordi modellen lager sannsynlig tekst, kan den dikte opp ting som høres helt riktige ut: en paragraf som ikke finnes, en rapport med feil årstall, et tall med to desimaler og uten grunnlag. Dette kalles **hallusinering**. Det skjer oftest med navn, tall, sitater, kilder og detaljer om norske forhold. Modellen sier sjelden fra om at den er usikker – den skriver like selvsikkert om det den finner på som om det som stemmer.',
        en: 'Because the model produces likely text, it can invent things that sound entirely right: a legal section that does not exist, a report with the wrong year, a figure with two decimals and nothing behind it. This is called **hallucination**. It happens most often with names, numbers, quotes, sources and details about Norwegian matters. The model rarely tells you it is unsure – it writes just as confidently about what it invents as about what is true.',
      },
      term: {
        word: { nb: 'hallusinering', en: 'hallucination' },
        definition: {
          nb: 'Når en KI-modell presenterer noe som høres troverdig ut, men som er feil eller oppdiktet – for eksempel et tall, et sitat eller en kilde.',
          en: 'When an AI model presents something that sounds credible but is wrong or made up – for example a figure, a quote or a source.',
        },
      },
    },
    {
      id: 'what-ai-is.c4',
      title: {
        nb: 'Kunnskapsgrense og tilfeldighet',
        en: 'Knowledge cut-off and randomness',
      },
      body: {
        nb: '**Kunnskapsgrense:** En modell er trent på tekst fram til en bestemt dato. Det som har skjedd etterpå – nye regler, priser, produkter eller nyheter – vet den ikke noe om, med mindre verktøyet søker på nettet.\n\n**Tilfeldighet:** Stiller du samme spørsmål to ganger, får du ofte to ulike svar. Det er ikke en feil, men en del av hvordan modellen lager tekst. Et svar er derfor ikke riktig fordi det kommer igjen, og et nytt forsøk kan gi et bedre utkast.',
        en: '**Knowledge cut-off:** A model is trained on text up to a certain date. It knows nothing about what happened after that – new rules, prices, products or news – unless the tool searches the web.\n\n**Randomness:** Ask the same question twice and you will often get two different answers. That is not a fault but part of how the model produces text. So an answer is not right just because it comes up again, and another attempt may give you a better draft.',
      },
    },
    {
      id: 'what-ai-is.c5',
      title: {
        nb: 'Her er KI sterk',
        en: 'Where AI is strong',
      },
      body: {
        nb: 'KI er best når du gir den stoffet og ber den jobbe med formen.\n\n**Utkast:** e-poster, annonser, følgebrev og referater ut fra stikkordene dine. **Struktur:** rotete notater blir til punkter, tabeller eller en disposisjon. **Omskriving:** kortere, enklere, mer formelt eller vennligere. **Oppsummering** av tekst du limer inn. **Idémyldring:** ti forslag til overskrifter eller tre måter å åpne et møte på. **Oversettelse**, som du leser over selv.',
        en: 'AI works best when you supply the material and ask it to work on the form.\n\n**Drafts:** e-mails, ads, cover letters and minutes from your bullet points. **Structure:** messy notes turned into lists, tables or an outline. **Rewriting:** shorter, simpler, more formal or friendlier. **Summaries** of text you paste in. **Brainstorming:** ten headline ideas or three ways to open a meeting. **Translation**, which you read through yourself.',
      },
    },
    {
      id: 'what-ai-is.c6',
      title: {
        nb: 'Her er KI svak',
        en: 'Where AI is weak',
      },
      body: {
        nb: 'Vær ekstra varsom når svaret avhenger av noe av dette.\n\n**Fakta og kilder:** De kan være oppdiktet. **Tall og utregninger:** Regn selv, eller bruk Excel eller kalkulator. **Nye hendelser:** Modellen kan ha en gammel kunnskapsgrense. **Interne forhold:** Prisene, rutinene og kundene deres kjenner den ikke. **Vurderinger av mennesker,** for eksempel hvem som bør få en jobb: Den beslutningen er din.',
        en: 'Take extra care when the answer depends on any of these.\n\n**Facts and sources:** They may be invented. **Numbers and calculations:** Do the maths yourself, or use Excel or a calculator. **Recent events:** The model may have an old knowledge cut-off. **Internal matters:** It does not know your prices, procedures or customers. **Judgements about people,** such as who should get a job: that decision is yours.',
      },
    },
    {
      id: 'what-ai-is.c7',
      title: {
        nb: '80 % mennesker, 20 % teknologi',
        en: '80 % people, 20 % technology',
      },
      body: {
        nb: 'Verktøyet er den minste delen av jobben. Det som gjør forskjellen, er menneskene: at du kjenner oppgavene dine, gir gode instruksjoner, sjekker resultatet og deler det som virker med kollegaene. Derfor handler Løft om dine egne arbeidsoppgaver, ikke om knapper og menyer. KI tar ikke over fagkunnskapen din – den trenger den. Jo bedre du kjenner faget, jo lettere ser du hva som er bra, og hva som må rettes.',
        en: 'The tool is the smallest part of the job. What makes the difference is people: knowing your own tasks, giving good instructions, checking the result and sharing what works with colleagues. That is why Løft is about your own work, not about buttons and menus. AI does not replace your expertise – it depends on it. The better you know your field, the easier it is to see what is good and what needs fixing.',
      },
    },
    {
      id: 'what-ai-is.c8',
      title: {
        nb: 'Realistiske forventninger',
        en: 'Realistic expectations',
      },
      body: {
        nb: 'KI er ingen tryllestav. Den sparer tid på rutineoppgaver som å skrive utkast, oppsummere og strukturere, men den løser ikke alt med en gang. De fleste trenger noen uker med jevnlig bruk før gevinsten blir tydelig, og et vanlig anslag er at klare resultater kommer etter fire til seks uker. Begynn med små, konkrete oppgaver du gjør ofte. Det er der tiden spares – og der du lærer raskest hva verktøyet kan.',
        en: 'AI is not a magic wand. It saves time on routine tasks such as drafting, summarising and structuring, but it does not solve everything at once. Most people need a few weeks of regular use before the gains become clear, and a common estimate is that solid results come after four to six weeks. Start with small, concrete tasks you do often. That is where time is saved – and where you learn fastest what the tool can do.',
      },
    },
  ],
  example: {
    department: 'production',
    situation: {
      nb: 'Ingrid er skiftleder i en bedrift som lager aluminiumsprofiler. Hun skal lage en enkel sjekkliste for nye operatører på pakkelinja, basert på den interne rutinen for oppstart. Rutinen er intern (gul) og inneholder ingen personopplysninger, og hun bruker verktøyet bedriften har godkjent for gule data.',
      en: 'Ingrid is a shift supervisor at a company that makes aluminium profiles. She needs a simple checklist for new operators on the packing line, based on the internal start-up procedure. The procedure is internal (yellow) and contains no personal data, and she uses the tool her company has approved for yellow data.',
    },
    weakPrompt: {
      nb: 'Hvilke regler gjelder for verneutstyr ved pakkelinjer i Norge? Lag en sjekkliste.',
      en: 'What are the rules for protective equipment on packing lines in Norway? Make a checklist.',
    },
    strongPrompt: {
      nb: 'Du hjelper en skiftleder i en norsk produksjonsbedrift. Under står vår interne rutine for oppstart av pakkelinje 2. Gjør den om til en sjekkliste for nye operatører: høyst 12 punkter i riktig rekkefølge, korte setninger som begynner med et verb, enkelt språk. Ikke legg til krav som ikke står i rutinen. Er noe i rutinen uklart, lister du det opp til slutt som spørsmål til meg.\n\n[Rutinen limes inn her]',
      en: 'You are helping a shift supervisor in a Norwegian manufacturing company. Below is our internal procedure for starting up packing line 2. Turn it into a checklist for new operators: no more than 12 points in the right order, short sentences that start with a verb, plain language. Do not add requirements that are not in the procedure. If anything in the procedure is unclear, list it at the end as questions for me.\n\n[Paste the procedure here]',
    },
    whyItWorks: {
      nb: 'Den svake prompten ber om fakta om regelverk – nettopp der modellen kan hallusinere og ha en gammel kunnskapsgrense. Den sterke bruker KI til det den er god på: å omforme tekst Ingrid selv gir den. Den forbyr nye krav og ber om spørsmål der noe er uklart. Ingrid sjekker likevel lista mot rutinen og HMS-reglene før den tas i bruk.',
      en: 'The weak prompt asks for facts about regulations – exactly where the model may hallucinate or rely on an old knowledge cut-off. The strong one uses AI for what it does well: reshaping text that Ingrid supplies herself. It rules out new requirements and asks for questions where something is unclear. Ingrid still checks the list against the procedure and the health and safety rules before it is used.',
    },
  },
  quiz: [
    {
      id: 'what-ai-is.q1',
      question: {
        nb: 'Hva gjør en språkmodell når den svarer deg?',
        en: 'What does a language model do when it answers you?',
      },
      choices: [
        {
          id: 'what-ai-is.q1.a',
          text: {
            nb: 'Slår opp i en stor database med kontrollerte fakta',
            en: 'Looks things up in a large database of verified facts',
          },
        },
        {
          id: 'what-ai-is.q1.b',
          text: {
            nb: 'Lager sannsynlig tekst ut fra mønstre den har lært',
            en: 'Produces likely text from patterns it has learned',
          },
        },
        {
          id: 'what-ai-is.q1.c',
          text: {
            nb: 'Kopierer et svar som en ekspert har skrevet på forhånd',
            en: 'Copies an answer written in advance by an expert',
          },
        },
        {
          id: 'what-ai-is.q1.d',
          text: {
            nb: 'Søker på nettet og gir deg det svaret flest har lest',
            en: 'Searches the web and gives you the answer most people read',
          },
        },
      ],
      correct: 'what-ai-is.q1.b',
      explanation: {
        nb: 'En språkmodell forutsier hvilken tekst som passer videre. Derfor kan svaret høres riktig ut uten å være det. Noen verktøy kan i tillegg søke på nettet, men heller ikke da er svaret kontrollert for deg.',
        en: 'A language model predicts which text fits next. That is why an answer can sound right without being right. Some tools can also search the web, but even then nobody has checked the answer for you.',
      },
    },
    {
      id: 'what-ai-is.q2',
      question: {
        nb: 'Hva betyr det at KI hallusinerer?',
        en: 'What does it mean when AI hallucinates?',
      },
      choices: [
        {
          id: 'what-ai-is.q2.a',
          text: {
            nb: 'At verktøyet krasjer midt i svaret og må startes på nytt',
            en: 'That the tool crashes mid-answer and has to be restarted',
          },
        },
        {
          id: 'what-ai-is.q2.b',
          text: {
            nb: 'At svaret blir altfor langt og går utenfor temaet',
            en: 'That the answer gets far too long and drifts off topic',
          },
        },
        {
          id: 'what-ai-is.q2.c',
          text: {
            nb: 'At den legger fram noe oppdiktet som om det var sant',
            en: 'That it presents something made up as if it were true',
          },
        },
        {
          id: 'what-ai-is.q2.d',
          text: {
            nb: 'At den nekter å svare fordi spørsmålet er for vanskelig',
            en: 'That it refuses to answer because the question is too hard',
          },
        },
      ],
      correct: 'what-ai-is.q2.c',
      explanation: {
        nb: 'Hallusinering er troverdig, men feil eller oppdiktet innhold – typisk tall, navn, sitater og kilder. Modellen sier sjelden selv fra, så det er du som må sjekke.',
        en: 'Hallucination is credible-sounding but wrong or invented content – typically numbers, names, quotes and sources. The model rarely flags it, so checking is up to you.',
      },
    },
    {
      id: 'what-ai-is.q3',
      question: {
        nb: 'Hvilken oppgave er KI som regel best på?',
        en: 'Which task is AI usually best at?',
      },
      choices: [
        {
          id: 'what-ai-is.q3.a',
          text: {
            nb: 'Å skrive om en tekst du limer inn, til enklere språk',
            en: 'Rewriting a text you paste in into plainer language',
          },
        },
        {
          id: 'what-ai-is.q3.b',
          text: {
            nb: 'Å oppgi hvor mange ansatte en konkurrent har i dag',
            en: 'Stating how many employees a competitor has today',
          },
        },
        {
          id: 'what-ai-is.q3.c',
          text: {
            nb: 'Å regne ut sluttprisen i et stort tilbud uten at du sjekker',
            en: 'Working out a large offer’s final price without you checking',
          },
        },
        {
          id: 'what-ai-is.q3.d',
          text: {
            nb: 'Å fortelle hva som skjedde i bransjen forrige uke',
            en: 'Telling you what happened in your industry last week',
          },
        },
      ],
      correct: 'what-ai-is.q3.a',
      explanation: {
        nb: 'Omskriving av tekst du selv gir modellen, spiller på styrken dens: språk og form. De andre oppgavene krever ferske fakta, eksakte tall eller kunnskap modellen kanskje ikke har.',
        en: 'Rewriting text you supply plays to the model’s strength: language and form. The other tasks need up-to-date facts, exact figures or knowledge the model may not have.',
      },
    },
    {
      id: 'what-ai-is.q4',
      question: {
        nb: 'Du stiller det samme spørsmålet to ganger og får to ulike svar. Hvorfor?',
        en: 'You ask the same question twice and get two different answers. Why?',
      },
      choices: [
        {
          id: 'what-ai-is.q4.a',
          text: {
            nb: 'Verktøyet er ødelagt og bør meldes til IT med en gang',
            en: 'The tool is broken and should be reported to IT at once',
          },
        },
        {
          id: 'what-ai-is.q4.b',
          text: {
            nb: 'Det andre svaret er alltid mer riktig enn det første',
            en: 'The second answer is always more correct than the first',
          },
        },
        {
          id: 'what-ai-is.q4.c',
          text: {
            nb: 'Modellen har et element av tilfeldighet i hvert svar',
            en: 'The model has an element of chance in every answer',
          },
        },
        {
          id: 'what-ai-is.q4.d',
          text: {
            nb: 'Modellen har lært av det første svaret og rettet seg selv',
            en: 'The model learned from the first answer and corrected itself',
          },
        },
      ],
      correct: 'what-ai-is.q4.c',
      explanation: {
        nb: 'Variasjon er en normal del av hvordan språkmodeller lager tekst. Ingen av svarene er riktig bare fordi det kom sist eller kom igjen – du vurderer dem som utkast.',
        en: 'Variation is a normal part of how language models produce text. Neither answer is right just because it came last or came up again – treat both as drafts.',
      },
    },
    {
      id: 'what-ai-is.q5',
      question: {
        nb: 'Hva betyr «80 % mennesker, 20 % teknologi»?',
        en: 'What does “80 % people, 20 % technology” mean?',
      },
      choices: [
        {
          id: 'what-ai-is.q5.a',
          text: {
            nb: 'At omtrent 80 % av svarene fra KI er riktige',
            en: 'That about 80 % of the answers from AI are correct',
          },
        },
        {
          id: 'what-ai-is.q5.b',
          text: {
            nb: 'At ferdigheter og arbeidsmåter betyr mer enn verktøyet',
            en: 'That skills and ways of working matter more than the tool',
          },
        },
        {
          id: 'what-ai-is.q5.c',
          text: {
            nb: 'At KI kan gjøre omtrent 80 % av jobben din for deg',
            en: 'That AI can do about 80 % of your job for you',
          },
        },
        {
          id: 'what-ai-is.q5.d',
          text: {
            nb: 'At 80 % av budsjettet bør gå til lisenser og utstyr',
            en: 'That 80 % of the budget should go on licences and kit',
          },
        },
      ],
      correct: 'what-ai-is.q5.b',
      explanation: {
        nb: 'Uttrykket handler om hvor innsatsen bør ligge: Det er menneskene – kompetanse, gode instruksjoner, kritisk sjekk og deling – som avgjør om KI gir gevinst. Det sier ingenting om hvor ofte svarene er riktige.',
        en: 'The phrase is about where the effort should go: it is people – skills, good instructions, critical checking and sharing – who decide whether AI pays off. It says nothing about how often the answers are right.',
      },
    },
  ],
  tryIt: {
    nb: 'Velg en oppgave du skal gjøre denne uka, og del den i to: det KI kan hjelpe med (utkast, struktur, omskriving) og det du må gjøre selv (fakta, tall, vurderinger). Prøv KI på den første delen i et godkjent verktøy, med grønne eller gule opplysninger. Noter ett sted der svaret var godt, og ett sted der du måtte rette.',
    en: 'Pick a task you have to do this week and split it in two: what AI can help with (drafting, structure, rewriting) and what you must do yourself (facts, numbers, judgements). Try AI on the first part in an approved tool, using green or yellow information. Note one place where the answer was good and one place where you had to correct it.',
  },
  review: [
    {
      id: 'what-ai-is.r1',
      front: {
        nb: 'Hva er hallusinering?',
        en: 'What is hallucination?',
      },
      back: {
        nb: 'At KI presenterer noe oppdiktet eller feil som om det var sant – oftest tall, navn, sitater og kilder.',
        en: 'When AI presents something invented or wrong as if it were true – most often numbers, names, quotes and sources.',
      },
    },
    {
      id: 'what-ai-is.r2',
      front: {
        nb: 'Hva er KI sterk på, og hva er den svak på?',
        en: 'What is AI strong at, and what is it weak at?',
      },
      back: {
        nb: 'Sterk på utkast, struktur, omskriving og oppsummering av tekst du gir den. Svak på fakta, tall, kilder, nye hendelser og interne forhold.',
        en: 'Strong at drafts, structure, rewriting and summarising text you give it. Weak at facts, numbers, sources, recent events and internal matters.',
      },
    },
    {
      id: 'what-ai-is.r3',
      front: {
        nb: 'Hva er en kunnskapsgrense?',
        en: 'What is a knowledge cut-off?',
      },
      back: {
        nb: 'Datoen modellens treningsdata slutter. Det som har skjedd etterpå, vet den ikke, med mindre verktøyet søker på nettet.',
        en: 'The date the model’s training data ends. It does not know what happened after that unless the tool searches the web.',
      },
    },
  ],
  departments: [],
} satisfies Lesson
