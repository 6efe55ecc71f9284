import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-pilot-plan',
  competency: 'ai-strategy',
  level: 'expert',
  dataClass: 'green',
  minutes: 20,
  title: {
    nb: 'Planlegg en KI-pilot som kan måles',
    en: 'Plan an AI pilot you can measure',
  },
  task: {
    nb: 'Planlegg en pilot der en liten gruppe bruker KI på én eller to faste oppgaver i seks til åtte uker. Få KI til å hjelpe deg med å velge oppgaver, sette suksesskriterier med tall, planlegge hvordan dere måler før og etter, og tenke gjennom de vanligste fallgruvene: alt på én gang, opplæring uten praksis, for store forventninger og ingen måling.',
    en: 'Plan a pilot in which a small group uses AI on one or two regular tasks for six to eight weeks. Get the AI to help you choose the tasks, set success criteria with figures, plan how you will measure before and after, and think through the most common pitfalls: everything at once, training without practice, expectations that are too high, and no measurement.',
  },
  flavours: {
    management: {
      nb: 'Ledergruppen vil teste KI på sitt eget arbeid først – månedsrapporten og sakspapirer til ledermøtet – før de ber resten av bedriften gjøre det samme.',
      en: 'The leadership group wants to test AI on its own work first – the monthly report and papers for leadership meetings – before asking the rest of the company to do the same.',
    },
    marketing: {
      nb: 'Markedsteamet vil teste KI på nyhetsbrev og innlegg i sosiale medier. I dag tar et nyhetsbrev omtrent en halv arbeidsdag.',
      en: 'The marketing team wants to test AI on newsletters and social media posts. Today a newsletter takes about half a working day.',
    },
    'customer-service': {
      nb: 'Kundeservice vil teste KI på svar på e-post. Dere har tall for svartid og antall henvendelser i saksbehandlingssystemet.',
      en: 'Customer service wants to test AI on e-mail replies. You have figures for reply time and number of enquiries in the case system.',
    },
    project: {
      nb: 'Tre prosjektledere vil teste KI på tilbud og kravspesifikasjoner. Timeføringen viser hvor lang tid de bruker i dag.',
      en: 'Three project managers want to test AI on offers and requirement specifications. The time records show how long they spend today.',
    },
  },
  hints: [
    {
      nb: 'Mål tiden før piloten starter. Uten et utgangspunkt kan dere ikke vise hva som er spart.',
      en: 'Measure the time before the pilot starts. Without a baseline you cannot show what has been saved.',
    },
    {
      nb: 'Velg oppgaver som gjentas ofte og der data kan brukes i et godkjent verktøy. Oppgaver med rød data passer dårlig i en første pilot.',
      en: 'Choose tasks that recur often and whose data may be used in an approved tool. Tasks with red data are a poor fit for a first pilot.',
    },
    {
      nb: 'Et vanlig anslag er at tydelige gevinster kommer etter fire til seks uker, men det varierer. Planlegg en ærlig evaluering, også av det som ikke virket.',
      en: 'A common estimate is that clear gains come after four to six weeks, but it varies. Plan an honest evaluation, including of what did not work.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren rådgiver som hjelper norske SMB-er med å innføre KI i små, målbare steg.

Kontekst: Jeg leder kundeservice i en bedrift med 70 ansatte. Fem av oss skal teste KI på svar på e-post i åtte uker, med et verktøy som er godkjent for interne data. I dag svarer vi på rundt [ANTALL] e-poster i uka, og snittet for svartid er [SVARTID] timer. Vi har ikke målt hvor lang tid hvert svar tar å skrive.

Oppgave: Lag en plan for piloten.

Format: Fem overskrifter: Mål (høyst tre, med tall), Oppgaver i piloten, Måling (hva, hvordan, når: før, underveis og etter), Risiko og fallgruver (med tiltak), Tidsplan uke for uke. Avslutt med hva som må være oppfylt for at vi skal utvide piloten.

Begrensninger: Hold deg til tallene jeg har gitt; skriv [MÅ MÅLES] der vi mangler et utgangspunkt. Vær nøktern om gevinsten. Ikke foreslå nye verktøy.`,
    en: `You are an experienced adviser who helps Norwegian SMEs adopt AI in small, measurable steps.

Context: I lead customer service in a company with 70 employees. Five of us will test AI on e-mail replies for eight weeks, using a tool approved for internal data. Today we answer around [NUMBER] e-mails a week, and the average reply time is [REPLY TIME] hours. We have not measured how long each reply takes to write.

Task: Write a plan for the pilot.

Format: Five headings: Goals (at most three, with figures), Tasks in the pilot, Measurement (what, how, when: before, during and after), Risks and pitfalls (with measures), Week-by-week schedule. Finish with what must be achieved for us to extend the pilot.

Constraints: Stick to the figures I have given; write [MUST BE MEASURED] where we lack a baseline. Be sober about the benefit. Do not suggest new tools.`,
  },
} satisfies PromptChallenge
