import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-offer-cover-letter',
  competency: 'simple-prompts',
  level: 'basic',
  dataClass: 'yellow',
  minutes: 15,
  title: {
    nb: 'Følgebrev til et tilbud',
    en: 'A cover letter for an offer',
  },
  task: {
    nb: 'Du skal sende et tilbud til en bedriftskunde. Skriv en prompt som får KI til å lage et kort følgebrev: hva kunden får, hva det koster, når arbeidet kan skje og hva som er neste steg. Bruk plassholdere som [KUNDE] i stedet for navn på kunden og kontaktpersonen.',
    en: 'You are about to send an offer to a business customer. Write a prompt that gets the AI to draft a short cover letter: what the customer gets, what it costs, when the work can be done and what happens next. Use placeholders such as [CUSTOMER] instead of the names of the customer and the contact person.',
  },
  flavours: {
    project: {
      nb: 'Du er prosjektleder og sender tilbud på ombygging av et lager: riving av gamle reoler, nye pallreoler og ny belysning. Følgebrevet skal oppsummere omfang, fremdrift og pris, og vise til tilbudet som ligger ved.',
      en: 'You are a project manager sending an offer for converting a warehouse: removing old racks, installing new pallet racks and new lighting. The cover letter should sum up the scope, the schedule and the price, and refer to the attached offer.',
    },
    sales: {
      nb: 'Du er selger og sender tilbud på en serviceavtale for kaffemaskiner til en kontorbedrift med tre etasjer. Følgebrevet skal få fram hva kunden sparer av bryderi, og foreslå et kort møte.',
      en: 'You are a salesperson sending an offer for a service agreement for coffee machines to an office company on three floors. The cover letter should show what hassle the customer is spared and suggest a short meeting.',
    },
  },
  hints: [
    {
      nb: 'Gi KI en rolle, for eksempel «erfaren prosjektleder i en norsk byggebedrift».',
      en: 'Give the AI a role, for example "an experienced project manager in a Norwegian construction company".',
    },
    {
      nb: 'Skriv inn nøkkelfaktaene selv: omfang, pris og frist. KI kan ikke vite dem, og den finner gjerne på noe hvis du ikke oppgir dem.',
      en: 'Type in the key facts yourself: scope, price and deadline. The AI cannot know them, and it tends to make something up if you leave them out.',
    },
    {
      nb: 'Si hvor langt brevet skal være, hvordan det skal deles opp og hvilken tone du vil ha.',
      en: 'Say how long the letter should be, how it should be structured and what tone you want.',
    },
    {
      nb: 'Bytt ut navn med [KUNDE] og [KONTAKTPERSON], og fyll dem inn selv i det ferdige brevet.',
      en: 'Replace names with [CUSTOMER] and [CONTACT PERSON], and fill them in yourself in the finished letter.',
    },
  ],
  examplePrompt: {
    nb: `Du er en erfaren prosjektleder i en norsk byggebedrift med 120 ansatte.

Kontekst: Vi sender et tilbud til [KUNDE], en grossist som vil bygge om lageret sitt. Tilbudet omfatter riving av gamle reoler, montering av nye pallreoler og ny LED-belysning. Pris: [PRIS] kroner eksklusiv mva. Mulig oppstart: uke [UKE]. Tilbudet gjelder i 30 dager.

Oppgave: Skriv følgebrevet som skal ligge ved tilbudet.

Format: Høyst 150 ord i tre korte avsnitt: 1) hva kunden får, 2) pris og fremdrift, 3) neste steg. Avslutt med hilsen fra [PROSJEKTLEDER].

Begrensninger: Bruk bare fakta fra denne teksten, og ikke lov noe som ikke står her. Skriv klart og vennlig bokmål og tiltal kunden med «dere».`,
    en: `You are an experienced project manager in a Norwegian construction company with 120 employees.

Context: We are sending an offer to [CUSTOMER], a wholesaler who wants to convert their warehouse. The offer covers removing the old racks, installing new pallet racks and new LED lighting. Price: NOK [PRICE] excluding VAT. Possible start: week [WEEK]. The offer is valid for 30 days.

Task: Write the cover letter to go with the offer.

Format: At most 150 words in three short paragraphs: 1) what the customer gets, 2) price and schedule, 3) next step. End with a greeting from [PROJECT MANAGER].

Constraints: Use only the facts in this text, and do not promise anything that is not stated here. Write in clear, friendly English and address the customer directly.`,
  },
} satisfies PromptChallenge
