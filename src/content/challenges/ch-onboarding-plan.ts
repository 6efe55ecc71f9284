import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-onboarding-plan',
  competency: 'ai-workflows',
  level: 'intermediate',
  dataClass: 'yellow',
  minutes: 15,
  title: {
    nb: 'Opplæringsplan for de første to ukene',
    en: 'A training plan for the first two weeks',
  },
  task: {
    nb: 'Lag en opplæringsplan for de to første ukene til en ny medarbeider, bygget på sjekklistene og rutinene dere allerede har. Be KI fordele innholdet over dagene, sette av tid til oppfølging og foreslå hvem (rolle) som har ansvar for hver del. Planen skal ikke inneholde noe om den nye personen utover stillingen.',
    en: 'Make a training plan for the first two weeks of a new employee, built on the checklists and routines you already have. Ask the AI to spread the content over the days, set aside time for follow-up and suggest who (by role) is responsible for each part. The plan must not contain anything about the new person beyond the job title.',
  },
  flavours: {
    hr: {
      nb: 'Planen gjelder en ny kundekonsulent. HR har en generell sjekkliste for første dag, og avdelingen har en liste over systemer den nye må lære.',
      en: 'The plan is for a new customer adviser. HR has a general first-day checklist, and the department has a list of systems the newcomer must learn.',
    },
    production: {
      nb: 'Planen gjelder en ny operatør. Sikkerhetsopplæring og opplæring på maskinen må være godkjent før vedkommende jobber alene på linja.',
      en: 'The plan is for a new operator. Safety training and training on the machine must be signed off before the operator works alone on the line.',
    },
    sales: {
      nb: 'Planen gjelder en ny selger, som skal lære produktene og CRM-systemet og være med på kundemøter før egne møter.',
      en: 'The plan is for a new salesperson, who must learn the products and the CRM system and join customer meetings before running their own.',
    },
  },
  hints: [
    {
      nb: 'Lim inn sjekklistene dere har. KI er flink til å fordele og strukturere, men den kjenner ikke rutinene deres.',
      en: 'Paste in the checklists you have. The AI is good at spreading and structuring work, but it does not know your routines.',
    },
    {
      nb: 'Be om en tabell per dag med tid, aktivitet og ansvarlig rolle, så blir planen lett å følge.',
      en: 'Ask for a table per day with time, activity and responsible role, so the plan is easy to follow.',
    },
    {
      nb: 'Be KI peke ut hva som må godkjennes før den nye kan jobbe selvstendig, og sjekk at det stemmer med kravene deres.',
      en: 'Ask the AI to point out what must be signed off before the newcomer can work independently, and check that it matches your requirements.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren opplæringsansvarlig i en norsk produksjonsbedrift.

Kontekst: Vi får en ny operatør på pakkelinja om to uker. Her er sjekklistene vi bruker:
HR-sjekkliste første dag: [LIM INN]
Sikkerhetsopplæring: [LIM INN]
Maskinopplæring linje 2: [LIM INN]
Operatøren kan ikke jobbe alene før sikkerhetsopplæringen og maskinopplæringen er signert av skiftleder.

Oppgave: Lag en opplæringsplan for de ti første arbeidsdagene.

Format: Én tabell per dag med kolonnene Tid, Aktivitet og Ansvarlig (rolle). Sett av en kort oppfølgingssamtale på dag 3 og dag 10. Avslutt med en liste over hva som må signeres, og når.

Begrensninger: Bruk bare innholdet i sjekklistene. Ikke mer enn seks timer planlagt opplæring per dag. Skriv [AVKLAR] der noe mangler.`,
    en: `You are an experienced training coordinator in a Norwegian manufacturing company.

Context: A new operator joins the packing line in two weeks. Here are the checklists we use:
HR first-day checklist: [PASTE]
Safety training: [PASTE]
Machine training, line 2: [PASTE]
The operator may not work alone until the safety training and the machine training have been signed off by the shift leader.

Task: Make a training plan for the first ten working days.

Format: One table per day with the columns Time, Activity and Responsible (role). Schedule a short follow-up talk on day 3 and day 10. Finish with a list of what must be signed off, and when.

Constraints: Use only the content of the checklists. No more than six hours of planned training per day. Write [CLARIFY] where something is missing.`,
  },
} satisfies PromptChallenge
