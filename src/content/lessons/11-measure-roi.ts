import type { Lesson } from '../types'

export default {
  id: 'measure-roi',
  order: 11,
  competency: 'roi-measurement',
  level: 'expert',
  module: 3,
  minutes: 6,
  title: {
    nb: 'Mål og dokumenter gevinsten av KI',
    en: 'Measure and document the return on AI',
  },
  summary: {
    nb: 'Slik regner du ROI for et KI-brukstilfelle: kostnads- og nyttelinjer, nullpunktsmåling, hva som er målt, selvrapportert eller modellert – og målefellene som får tall til å lyve.',
    en: 'How to calculate the ROI of an AI use case: cost and benefit lines, a baseline, what is measured, self-reported or modelled — and the measurement traps that make numbers lie.',
  },
  cards: [
    {
      id: 'measure-roi.c1',
      title: { nb: 'Hvorfor måle?', en: 'Why measure?' },
      body: {
        nb: 'En vanlig fallgruve er å lære opp folk og håpe på det beste, uten å måle. Da vet ingen om innsatsen lønner seg, eller hvor neste krone gjør mest nytte. Ledelsen vil se resultater, og ærlige tall bygger tillit – også når de er mindre enn ventet. Bestem derfor suksesskriterier før dere starter: spart tid, hvor ofte KI brukes, kvaliteten på det som lages, og hva de ansatte selv sier.',
        en: 'A common pitfall is to train people and hope for the best, without measuring. Then nobody knows whether the effort pays off, or where the next krone does the most good. Leadership wants to see results, and honest numbers build trust — also when they are smaller than expected. So decide on success criteria before you start: time saved, how often AI is used, the quality of what is produced, and what employees themselves say.',
      },
    },
    {
      id: 'measure-roi.c2',
      title: { nb: 'Formelen', en: 'The formula' },
      body: {
        nb: '**ROI = (nytte − kostnad) / kostnad × 100**, oppgitt i prosent. ROI betyr avkastning på investeringen. Et eksempel: koster en satsing 50 000 kr og gir en nytte på 75 000 kr, blir ROI (75 000 − 50 000) / 50 000 × 100 = 50 %. Er ROI 0 %, har dere fått igjen akkurat det det kostet. Er den 100 %, er nytten dobbelt så stor som kostnaden. Formelen er enkel – det krevende er å få ærlige tall inn i den.',
        en: '**ROI = (benefit − cost) / cost × 100**, given as a percentage. ROI means return on investment. An example: if an initiative costs NOK 50,000 and gives a benefit of NOK 75,000, the ROI is (75,000 − 50,000) / 50,000 × 100 = 50%. An ROI of 0% means you got back exactly what it cost. At 100%, the benefit is twice the cost. The formula is simple — the hard part is getting honest numbers into it.',
      },
    },
    {
      id: 'measure-roi.c3',
      title: { nb: 'Kostnadslinjene', en: 'The cost lines' },
      body: {
        nb: 'Ta med fire kostnader: **intern opplæringstid**, **ekstern bistand**, **lisenser** og **HR-koordinering**. Den største er som regel opplæringstiden, fordi den er arbeidstid. Regn timer × timekost. Eksempel: 40 ansatte × 8 timer × 650 kr = 208 000 kr. Timekosten er mer enn timelønnen: arbeidsgiveravgift, feriepenger og pensjon kommer i tillegg. Bruk gjerne den timekosten økonomiavdelingen allerede bruker, så tallene henger sammen med resten av bedriften.',
        en: 'Include four costs: **internal training time**, **external help**, **licences** and **HR coordination**. The largest is usually training time, because it is working time. Calculate hours × hourly cost. Example: 40 employees × 8 hours × NOK 650 = NOK 208,000. The hourly cost is more than the hourly wage: employer’s national insurance contributions, holiday pay and pension come on top. Preferably use the hourly cost your finance team already uses, so the figures match the rest of the company.',
      },
    },
    {
      id: 'measure-roi.c4',
      title: { nb: 'Nyttelinjene', en: 'The benefit lines' },
      body: {
        nb: 'Nytten kommer ofte fra tre kilder: **spart tid × timekost**, **færre omskrivingsrunder** og **raskere prosesser**, som tilbud som går ut dagen før. Eksempel: 30 minutter spart per uke i 40 uker er 20 timer, og med 650 kr i timekost blir det 13 000 kr per person i året. Vær nøktern. Spart tid blir bare verdi hvis den brukes på noe nyttig. Og uten en nullpunktsmåling kan du ikke vise at noe har endret seg.',
        en: 'The benefit often comes from three sources: **time saved × hourly cost**, **fewer rewrite rounds** and **faster processes**, such as offers that go out a day earlier. Example: 30 minutes saved per week for 40 weeks is 20 hours, and with an hourly cost of NOK 650 that makes NOK 13,000 per person per year. Be sober. Time saved only becomes value if it is used for something useful. And without a baseline you cannot show that anything has changed.',
      },
      term: {
        word: { nb: 'Nullpunktsmåling (baseline)', en: 'Baseline' },
        definition: {
          nb: 'En måling av hvordan en oppgave gjøres i dag – tid, antall runder, feil – før KI tas i bruk. Den er sammenligningsgrunnlaget for all senere gevinst.',
          en: 'A measurement of how a task is done today — time, number of rounds, errors — before AI is introduced. It is the point of comparison for any later gain.',
        },
      },
    },
    {
      id: 'measure-roi.c5',
      title: { nb: 'Et regneeksempel: 544 %', en: 'A worked example: 544%' },
      body: {
        nb: 'Et regneeksempel fra kildeteksten vår gjelder 100 ansatte. Tallene er et eksempel, ikke et resultat noen har målt. Kostnadene er omtrent 90 000 euro og den mulige nytten 580 000 euro. ROI = (580 000 − 90 000) / 90 000 × 100 = 544 %. Regner du om begge tallene til kroner med samme kurs, for eksempel tenkte 11,50 kr per euro, blir det 1 035 000 kr og 6 670 000 kr – og fortsatt 544 %, fordi ROI er et forhold. Legg merke til ordet «mulig»: nytten er et anslag, ikke et målt resultat.',
        en: 'A worked example from our source text covers 100 employees. The figures are an illustration, not a result anyone has measured. The costs are about 90,000 euros and the potential benefit 580,000 euros. ROI = (580,000 − 90,000) / 90,000 × 100 = 544%. If you convert both figures to kroner at the same rate, say a hypothetical NOK 11.50 per euro, you get NOK 1,035,000 and NOK 6,670,000 — still 544%, because ROI is a ratio. Note the word “potential”: the benefit is an estimate, not a measured result.',
      },
    },
    {
      id: 'measure-roi.c6',
      title: {
        nb: 'Målt, selvrapportert eller modellert',
        en: 'Measured, self-reported or modelled',
      },
      body: {
        nb: 'Merk alltid hvor et tall kommer fra. **Målt**: observert, for eksempel tatt tid på fem tilbud før og fem etter. **Selvrapportert**: folks egne anslag, som «sparte ca. 40 minutter» i en pulsmåling. **Modellert**: regnet fram med forutsetninger, som minutter per uke × antall ansatte × uker i året. Alle tre kan være nyttige, men de er ikke like sikre. Vis et lavt, et middels og et høyt anslag, og skriv hvilke forutsetninger som ligger bak.',
        en: 'Always label where a figure comes from. **Measured**: observed, for example timing five offers before and five after. **Self-reported**: people’s own estimates, such as “saved about 40 minutes” in a pulse check. **Modelled**: calculated from assumptions, such as minutes per week × number of employees × weeks in the year. All three can be useful, but they are not equally reliable. Show a low, a middle and a high estimate, and write down the assumptions behind them.',
      },
    },
    {
      id: 'measure-roi.c7',
      title: { nb: 'Målefeller', en: 'Measurement traps' },
      body: {
        nb: '**Pyntetall**, som antall deltakere på et kurs, er bare kontekst – aldri hovedargumentet. **Ikke konkluder for tidlig**: folk trenger tid til å bli vant med verktøyet. Et anslag fra kildeteksten vår er 4–6 uker før gevinstene blir tydelige, men det varierer. **Ikke tell bare suksessene**: det som ikke virket, hører med i regnestykket og i læringen. **Sammenlign egenvurdering med objektiv observasjon**: folk anslår ofte egen tidsbruk og egne ferdigheter feil, i begge retninger.',
        en: '**Vanity metrics**, such as the number of course participants, are context only — never the main argument. **Do not conclude too early**: people need time to get used to the tool. One estimate from our source text is 4–6 weeks before gains become clear, but it varies. **Do not count only the successes**: what did not work belongs in the sums and in the learning. **Compare self-assessment with objective observation**: people often misjudge their own time use and skills, in both directions.',
      },
    },
    {
      id: 'measure-roi.c8',
      title: { nb: 'Rapportér så ledelsen forstår', en: 'Report so leadership understands' },
      body: {
        nb: 'En god månedsrapport er kort: de viktigste nøkkeltallene, én konkret historie, neste steg og ROI-status med spenn og merking. Hvert kvartal kan dere gå grundigere til verks, med resultater, ressursplan og ærlige lærepunkter. Rapporter bare tall for grupper, aldri for enkeltpersoner, og rapporter aldri for grupper som er så små at noen kan kjennes igjen. Målet er å ta bedre beslutninger, ikke å overvåke de ansatte.',
        en: 'A good monthly report is short: the key figures, one concrete story, next steps and the ROI status with a range and labels. Each quarter you can go deeper, with results, a resource plan and honest lessons learned. Report figures for groups only, never for individuals, and do not report groups so small that someone can be recognised. The aim is to make better decisions, not to monitor employees.',
      },
    },
  ],
  example: {
    department: 'hr',
    situation: {
      nb: 'Lene er HR-rådgiver i et regnskapsbyrå med 80 ansatte. Etter åtte uker med en KI-pilot i to avdelinger skal hun lage ROI-status til månedsrapporten for ledelsen.',
      en: 'Lene is an HR adviser at an accounting firm with 80 employees. After an eight-week AI pilot in two departments, she is preparing the ROI status for the monthly report to leadership.',
    },
    weakPrompt: {
      nb: 'Regn ut ROI for KI-prosjektet vårt og skriv at det har vært en stor suksess.',
      en: 'Calculate the ROI of our AI project and write that it has been a great success.',
    },
    strongPrompt: {
      nb: 'Du er en nøktern økonomirådgiver. Hjelp meg å sette opp en ROI-oversikt for en KI-pilot med formelen ROI = (nytte − kostnad) / kostnad × 100. Kostnader: opplæring [timer] × [timekost], lisenser [beløp], ekstern bistand [beløp], HR-koordinering [timer] × [timekost]. Nytte: spart tid fra pulsmålingene [minutter per uke, snitt for gruppen], merket selvrapportert; tidsmåling før og etter på månedsavslutning [timer], merket målt. Lag en tabell med lavt, middels og høyt anslag, vis utregningen for hvert, og skriv tre setninger om usikkerheten. Bruk bare tallene jeg gir deg, og legg ikke til nye.',
      en: 'You are a sober financial adviser. Help me set up an ROI overview for an AI pilot using the formula ROI = (benefit − cost) / cost × 100. Costs: training [hours] × [hourly cost], licences [amount], external help [amount], HR coordination [hours] × [hourly cost]. Benefit: time saved from the pulse checks [minutes per week, group average], labelled self-reported; timing before and after for month-end closing [hours], labelled measured. Make a table with a low, middle and high estimate, show the calculation for each, and write three sentences about the uncertainty. Use only the figures I give you, and do not add new ones.',
    },
    whyItWorks: {
      nb: 'Prompten bestiller en nøktern analyse, ikke en konklusjon. Den gir formelen og alle linjene, merker hvor tallene kommer fra og ber om et spenn med synlig utregning, så Lene kan kontrollere hvert tall. Bare aggregerte tall for gruppen går inn – ingen opplysninger om enkeltpersoner.',
      en: 'The prompt orders a sober analysis, not a conclusion. It gives the formula and every line, labels where the figures come from and asks for a range with visible calculations, so Lene can check each figure. Only aggregated group figures go in — no information about individuals.',
    },
  },
  quiz: [
    {
      id: 'measure-roi.q1',
      question: {
        nb: 'En KI-pilot kostet 200 000 kr og ga en nytte på 500 000 kr. Hva er ROI?',
        en: 'An AI pilot cost NOK 200,000 and gave a benefit of NOK 500,000. What is the ROI?',
      },
      choices: [
        {
          id: 'measure-roi.q1.a',
          text: {
            nb: '250 %',
            en: '250%',
          },
        },
        {
          id: 'measure-roi.q1.b',
          text: {
            nb: '150 %',
            en: '150%',
          },
        },
        {
          id: 'measure-roi.q1.c',
          text: {
            nb: '40 %',
            en: '40%',
          },
        },
        {
          id: 'measure-roi.q1.d',
          text: {
            nb: '300 %',
            en: '300%',
          },
        },
      ],
      correct: 'measure-roi.q1.b',
      explanation: {
        nb: '(500 000 − 200 000) / 200 000 × 100 = 300 000 / 200 000 × 100 = 150 %. 250 % får du hvis du glemmer å trekke fra kostnaden.',
        en: '(500,000 − 200,000) / 200,000 × 100 = 300,000 / 200,000 × 100 = 150%. You get 250% if you forget to subtract the cost.',
      },
    },
    {
      id: 'measure-roi.q2',
      question: {
        nb: 'Kari sparer 4 timer per kravspesifikasjon og lager 25 i året. Timekosten er 800 kr. Hva er årlig nytte av tidsbesparelsen?',
        en: 'Kari saves 4 hours per requirement specification and writes 25 a year. The hourly cost is NOK 800. What is the annual benefit of the time saved?',
      },
      choices: [
        {
          id: 'measure-roi.q2.a',
          text: {
            nb: '20 000 kr',
            en: 'NOK 20,000',
          },
        },
        {
          id: 'measure-roi.q2.b',
          text: {
            nb: '3 200 kr',
            en: 'NOK 3,200',
          },
        },
        {
          id: 'measure-roi.q2.c',
          text: {
            nb: '80 000 kr',
            en: 'NOK 80,000',
          },
        },
        {
          id: 'measure-roi.q2.d',
          text: {
            nb: '800 000 kr',
            en: 'NOK 800,000',
          },
        },
      ],
      correct: 'measure-roi.q2.c',
      explanation: {
        nb: '4 timer × 25 dokumenter = 100 timer i året. 100 timer × 800 kr = 80 000 kr. Tallet er bare reelt hvis de 4 timene er målt med gjennomgangen tatt med.',
        en: '4 hours × 25 documents = 100 hours a year. 100 hours × NOK 800 = NOK 80,000. The figure is only real if the 4 hours were measured with the review included.',
      },
    },
    {
      id: 'measure-roi.q3',
      question: {
        nb: 'I pulsmålingen anslår de ansatte at de i snitt sparer 45 minutter i uka. Hvordan merker du tallet?',
        en: 'In the pulse check, employees estimate that they save 45 minutes a week on average. How do you label the figure?',
      },
      choices: [
        {
          id: 'measure-roi.q3.a',
          text: {
            nb: 'Selvrapportert',
            en: 'Self-reported',
          },
        },
        {
          id: 'measure-roi.q3.b',
          text: {
            nb: 'Målt',
            en: 'Measured',
          },
        },
        {
          id: 'measure-roi.q3.c',
          text: {
            nb: 'Modellert',
            en: 'Modelled',
          },
        },
        {
          id: 'measure-roi.q3.d',
          text: {
            nb: 'Dokumentert',
            en: 'Documented',
          },
        },
      ],
      correct: 'measure-roi.q3.a',
      explanation: {
        nb: 'Det er folks egne anslag, altså selvrapportert. Nyttig, men usikkert – sammenlign med noen målte stikkprøver. Ganger du tallet opp til et helt år for alle ansatte, blir resultatet modellert.',
        en: 'These are people’s own estimates, so self-reported. Useful, but uncertain — compare with some measured samples. If you scale the figure up to a whole year for all employees, the result is modelled.',
      },
    },
    {
      id: 'measure-roi.q4',
      question: {
        nb: 'Hvilket tall bør bare være kontekst, ikke hovedargument, i en rapport om KI-satsingen?',
        en: 'Which figure should be context only, not the main argument, in a report on the AI initiative?',
      },
      choices: [
        {
          id: 'measure-roi.q4.a',
          text: {
            nb: 'Målt tid per tilbud før og etter',
            en: 'Measured time per offer before and after',
          },
        },
        {
          id: 'measure-roi.q4.b',
          text: {
            nb: 'Antall deltakere på lunsjøktene',
            en: 'The number at the lunch sessions',
          },
        },
        {
          id: 'measure-roi.q4.c',
          text: {
            nb: 'Antall feil funnet i fire-øyne-kontrollen',
            en: 'Errors found in the four-eyes check',
          },
        },
        {
          id: 'measure-roi.q4.d',
          text: {
            nb: 'Antall runder per kundesvar før og etter',
            en: 'Rounds per customer reply before and after',
          },
        },
      ],
      correct: 'measure-roi.q4.b',
      explanation: {
        nb: 'Antall deltakere er et pyntetall: det sier noe om interesse, men ikke om tid spart eller bedre kvalitet.',
        en: 'The number of participants is a vanity metric: it says something about interest, but nothing about time saved or better quality.',
      },
    },
    {
      id: 'measure-roi.q5',
      question: {
        nb: 'Etter to uker med pilot ser dere ingen tydelig gevinst. Hva er klokest?',
        en: 'After two weeks of the pilot you see no clear gain. What is wisest?',
      },
      choices: [
        {
          id: 'measure-roi.q5.a',
          text: {
            nb: 'Avslutte piloten – KI virker ikke for oss',
            en: 'End the pilot — AI does not work for us',
          },
        },
        {
          id: 'measure-roi.q5.b',
          text: {
            nb: 'Runde tallene litt opp, så ledelsen holder interessen',
            en: 'Round the figures up a little to keep leaders interested',
          },
        },
        {
          id: 'measure-roi.q5.c',
          text: {
            nb: 'Fortsette, måle videre og se etter hindringer',
            en: 'Carry on, keep measuring and look for obstacles',
          },
        },
        {
          id: 'measure-roi.q5.d',
          text: {
            nb: 'Bytte til et nytt verktøy og starte målingen på nytt',
            en: 'Switch to a new tool and start measuring afresh',
          },
        },
      ],
      correct: 'measure-roi.q5.c',
      explanation: {
        nb: 'Det tar tid å lære nye arbeidsmåter, og de første ukene går ofte med til øving. Et anslag fra kildeteksten vår er 4–6 uker før gevinster blir tydelige, men det varierer. Fortsett å måle ærlig, og se etter hva som hindrer bruken.',
        en: 'Learning new ways of working takes time, and the first weeks often go on practice. One estimate from our source text is 4–6 weeks before gains become clear, but it varies. Keep measuring honestly, and look for what holds people back.',
      },
    },
  ],
  tryIt: {
    nb: 'Velg én oppgave der du bruker KI. Ta en nullpunktsmåling: hvor lang tid tok den sist uten KI? Ta tiden neste gang med KI, med kontroll og retting tatt med. Regn ut spart tid per år × en timekost bedriften bruker, for eksempel 650 kr. Skriv ned om tallene dine er målt, selvrapportert eller modellert.',
    en: 'Choose one task where you use AI. Take a baseline: how long did it take last time without AI? Time it the next time with AI, including checking and correcting. Calculate the time saved per year × an hourly cost your company uses, for example NOK 650. Write down whether your figures are measured, self-reported or modelled.',
  },
  review: [
    {
      id: 'measure-roi.r1',
      front: { nb: 'Hva er ROI-formelen?', en: 'What is the ROI formula?' },
      back: {
        nb: 'ROI = (nytte − kostnad) / kostnad × 100. Eksempel: (580 000 − 90 000) / 90 000 × 100 = 544 %.',
        en: 'ROI = (benefit − cost) / cost × 100. Example: (580,000 − 90,000) / 90,000 × 100 = 544%.',
      },
    },
    {
      id: 'measure-roi.r2',
      front: {
        nb: 'Hvilke kostnads- og nyttelinjer hører med?',
        en: 'Which cost and benefit lines belong in the sum?',
      },
      back: {
        nb: 'Kostnad: intern opplæringstid, ekstern bistand, lisenser, HR-koordinering. Nytte: spart tid × timekost, færre omskrivingsrunder, raskere prosesser.',
        en: 'Cost: internal training time, external help, licences, HR coordination. Benefit: time saved × hourly cost, fewer rewrite rounds, faster processes.',
      },
    },
    {
      id: 'measure-roi.r3',
      front: {
        nb: 'Hva er forskjellen på målt, selvrapportert og modellert?',
        en: 'What is the difference between measured, self-reported and modelled?',
      },
      back: {
        nb: 'Målt er observert. Selvrapportert er folks egne anslag. Modellert er regnet fram med forutsetninger. Merk alltid tallet, og vis et spenn.',
        en: 'Measured is observed. Self-reported is people’s own estimates. Modelled is calculated from assumptions. Always label the figure, and show a range.',
      },
    },
    {
      id: 'measure-roi.r4',
      front: {
        nb: 'Nevn fire målefeller.',
        en: 'Name four measurement traps.',
      },
      back: {
        nb: 'Pyntetall som hovedargument, konklusjon før folk har blitt vant med verktøyet, bare å telle suksesser, og egenvurdering uten objektiv sammenligning.',
        en: 'Vanity metrics as the main argument, concluding before people are used to the tool, counting only successes, and self-assessment without objective comparison.',
      },
    },
  ],
  departments: ['hr'],
} satisfies Lesson
