import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-inclusive-job-ad',
  competency: 'simple-prompts',
  level: 'basic',
  dataClass: 'green',
  minutes: 15,
  title: {
    nb: 'En stillingsannonse som når flere',
    en: 'A job ad that reaches more people',
  },
  task: {
    nb: 'Skriv en prompt som lager en stillingsannonse for en ledig stilling hos dere. Annonsen skal være konkret om oppgaver og krav, skrevet i klarspråk, og uten formuleringer som stenger ute søkere på grunn av kjønn, alder, etnisitet, funksjonsevne eller andre forhold som ikke har med jobben å gjøre.',
    en: 'Write a prompt that produces a job ad for a vacancy at your workplace. The ad should be concrete about tasks and requirements, written in plain language, and free of wording that shuts out applicants because of gender, age, ethnicity, disability or anything else that has nothing to do with the job.',
  },
  flavours: {
    hr: {
      nb: 'Dere søker en lønns- og personalkonsulent i 80 prosent stilling som skal ha ansvar for lønnskjøring og svare på spørsmål fra ansatte.',
      en: 'You are looking for a payroll and HR officer in an 80 per cent position, responsible for running payroll and answering questions from employees.',
    },
    production: {
      nb: 'Dere søker en produksjonsoperatør til tre-skift. Jobben innebærer å betjene en linje, gjøre enkelt vedlikehold og registrere avvik.',
      en: 'You are looking for a production operator on a three-shift rota. The job means running a line, doing simple maintenance and logging deviations.',
    },
    'customer-service': {
      nb: 'Dere søker en kundeservicemedarbeider som svarer på chat, e-post og telefon, også noen kvelder.',
      en: 'You are looking for a customer service agent to answer chat, e-mail and phone, including some evenings.',
    },
  },
  hints: [
    {
      nb: 'Gi KI faktaene om stillingen: oppgaver, krav, hva dere tilbyr, arbeidstid og søknadsfrist.',
      en: 'Give the AI the facts about the job: tasks, requirements, what you offer, working hours and the closing date.',
    },
    {
      nb: 'Be om å skille mellom det som er et krav og det som er en fordel. Lange kravlister skremmer bort gode søkere.',
      en: 'Ask it to separate what is required from what is an advantage. Long lists of requirements scare off good applicants.',
    },
    {
      nb: 'Les svaret og se etter ord som «ung», «sprek» eller «norsk som morsmål». Krav må være saklige og nødvendige for jobben.',
      en: 'Read the answer and look for words such as "young", "energetic" or "native Norwegian speaker". Requirements must be relevant and necessary for the job.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren rekrutterer som skriver i klarspråk.

Kontekst: Vi er en norsk produksjonsbedrift med 150 ansatte. Vi søker en produksjonsoperatør til tre-skift. Oppgaver: betjene og overvåke pakkelinja, gjøre enkelt vedlikehold, registrere avvik. Krav: kunne lese og forstå arbeidsinstrukser på norsk eller engelsk. Fordel: erfaring fra industri eller fagbrev. Vi tilbyr fast stilling, skifttillegg og opplæring. Søknadsfrist: [DATO].

Oppgave: Skriv stillingsannonsen.

Format: Tittel, en innledning på to setninger, så punktlister for «Oppgaver», «Vi ser etter deg som», «Vi tilbyr», og til slutt hvordan man søker. Høyst 250 ord.

Begrensninger: Bruk «du». Ikke bruk ord som viser til alder, kjønn eller opprinnelse. Ikke legg til krav som ikke står over. Skriv [KONTAKTPERSON] der kontaktinformasjonen skal stå.`,
    en: `You are an experienced recruiter who writes in plain language.

Context: We are a Norwegian manufacturing company with 150 employees. We are looking for a production operator on a three-shift rota. Tasks: run and monitor the packing line, do simple maintenance, log deviations. Requirement: able to read and understand work instructions in Norwegian or English. Advantage: industrial experience or a trade certificate. We offer a permanent position, a shift allowance and training. Closing date: [DATE].

Task: Write the job ad.

Format: A title, a two-sentence introduction, then bullet lists for "What you will do", "We are looking for someone who", "We offer", and finally how to apply. At most 250 words.

Constraints: Address the reader as "you". Do not use words that refer to age, gender or origin. Do not add requirements that are not listed above. Write [CONTACT PERSON] where the contact details go.`,
  },
} satisfies PromptChallenge
