import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-offer-from-template',
  competency: 'ai-workflows',
  level: 'intermediate',
  dataClass: 'yellow',
  minutes: 20,
  title: {
    nb: 'Tilbud fra mal og prisliste',
    en: 'An offer from a template and a price list',
  },
  task: {
    nb: 'Lag en fast arbeidsflyt for tilbud: tilbudsmalen, prislisten og kundens forespørsel går inn, og ut kommer et utkast som du kvalitetssikrer. Skriv prompten slik at kollegaene kan bruke den om igjen, med plassholdere for det som endrer seg fra gang til gang.',
    en: "Build a fixed workflow for offers: your offer template, the price list and the customer's request go in, and out comes a draft that you quality-check. Write the prompt so that your colleagues can reuse it, with placeholders for what changes from one offer to the next.",
  },
  flavours: {
    project: {
      nb: 'Dere er en elektroentreprenør som ofte gir tilbud på ladepunkter for elbil i borettslag. Forespørslene ligner hverandre, men antall ladepunkter og avstand til tavla varierer.',
      en: 'You are an electrical contractor that often quotes for EV charging points in housing co-operatives. The requests are similar, but the number of charging points and the distance to the switchboard vary.',
    },
    sales: {
      nb: 'Dere selger kontorrekvisita og kantinevarer til bedrifter med fast månedlig levering. Tilbudet skal bygge på kundens forbruk og den gjeldende prislisten.',
      en: "You sell office supplies and canteen goods to companies with a fixed monthly delivery. The offer should be based on the customer's consumption and the current price list.",
    },
  },
  hints: [
    {
      nb: 'Skill det faste (mal, vilkår, tone) fra det som endrer seg (kunde, omfang, mengder).',
      en: 'Separate what stays the same (template, terms, tone) from what changes (customer, scope, quantities).',
    },
    {
      nb: 'Be KI vise mellomregningene. Kontroller alle summer og mva selv før tilbudet sendes.',
      en: 'Ask the AI to show its workings. Check every sum and the VAT yourself before the offer goes out.',
    },
    {
      nb: 'Be KI liste opp forutsetninger og forbehold den har lagt til, slik at du kan ta stilling til dem.',
      en: 'Ask the AI to list any assumptions and reservations it has added, so that you can decide on them.',
    },
    {
      nb: 'Når prompten fungerer, del den i promptbiblioteket så kollegaene slipper å begynne på nytt.',
      en: 'When the prompt works, share it in the prompt library so your colleagues do not have to start from scratch.',
    },
  ],
  examplePrompt: {
    nb: `Du er en nøyaktig tilbudsansvarlig i en norsk elektroentreprenør.

Kontekst: Vi gir tilbud på ladepunkter for elbil i borettslag. Under følger tilbudsmalen vår, prislisten og forespørselen fra [KUNDE]. Prisene i prislisten er eksklusiv mva, og mva er 25 prosent.

Oppgave: Fyll ut tilbudsmalen for denne forespørselen.

Format: Følg malen nøyaktig. Sett opp prisene i en tabell med linjene fra prislisten, mengde, enhetspris og sum. Vis sum eksklusiv mva, mva og sum inklusiv mva, med mellomregning. Til slutt: en liste med overskriften «Forutsetninger jeg har lagt til».

Begrensninger: Bruk bare priser fra prislisten. Mangler en pris, skriv [PRIS MANGLER]. Ikke endre vilkårene i malen.

Tilbudsmal: [LIM INN MAL]
Prisliste: [LIM INN PRISLISTE]
Forespørsel: [LIM INN FORESPØRSEL UTEN NAVN OG KONTAKTINFO]`,
    en: `You are a meticulous estimator in a Norwegian electrical contracting company.

Context: We quote for EV charging points in housing co-operatives. Below are our offer template, our price list and the request from [CUSTOMER]. The prices in the price list exclude VAT, and VAT is 25 per cent.

Task: Fill in the offer template for this request.

Format: Follow the template exactly. Set out the prices in a table with the lines from the price list, quantity, unit price and total. Show the total excluding VAT, the VAT and the total including VAT, with your workings. At the end: a list headed "Assumptions I have added".

Constraints: Use only prices from the price list. If a price is missing, write [PRICE MISSING]. Do not change the terms in the template.

Offer template: [PASTE TEMPLATE]
Price list: [PASTE PRICE LIST]
Request: [PASTE REQUEST WITHOUT NAMES AND CONTACT DETAILS]`,
  },
} satisfies PromptChallenge
