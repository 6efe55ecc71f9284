import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-sales-followup',
  competency: 'data-compliance',
  level: 'basic',
  department: 'sales',
  title: {
    nb: 'Oppfølging etter et kundemøte',
    en: 'Follow-up after a customer meeting',
  },
  request: {
    nb: 'Skriv en kort oppfølgings-e-post til [KUNDE] etter møtet i dag om nytt kassasystem. Vi tilbød 10 prosent rabatt på listeprisen 85 000 kroner eks. mva. Foreslått oppstart [DATO], med opplæring av de ansatte uka før. Svarfrist fredag. (Internt: konkurrenten deres på Torget fikk samme rabatt i fjor.)',
    en: "Write a short follow-up e-mail to [CUSTOMER] after today's meeting about a new till system. We offered a 10 per cent discount on the list price of NOK 85,000 excl. VAT. Proposed start [DATE], with staff training the week before. Reply by Friday. (Internal: their competitor on the square got the same discount last year.)",
  },
  sentences: [
    {
      id: 'fl-sales-followup.s1',
      flawed: false,
      text: {
        nb: 'Takk for et godt møte i dag om nytt kassasystem for butikkene deres.',
        en: 'Thank you for a good meeting today about a new till system for your shops.',
      },
    },
    {
      id: 'fl-sales-followup.s2',
      flawed: false,
      text: {
        nb: 'Her er en kort oppsummering og forslag til neste steg.',
        en: 'Here is a short summary and a proposal for the next steps.',
      },
    },
    {
      id: 'fl-sales-followup.s3',
      flawed: false,
      text: {
        nb: 'Listeprisen for løsningen er 85 000 kroner eksklusiv merverdiavgift.',
        en: 'The list price for the solution is NOK 85,000 excluding VAT.',
      },
    },
    {
      id: 'fl-sales-followup.s4',
      flawed: false,
      text: {
        nb: 'Med 10 prosent rabatt blir prisen deres 76 500 kroner eksklusiv mva.',
        en: 'With a 10 per cent discount, your price is NOK 76,500 excluding VAT.',
      },
    },
    {
      id: 'fl-sales-followup.s5',
      flawed: true,
      kind: 'confidential-leak',
      text: {
        nb: 'Det er den samme rabatten som konkurrenten deres på Torget fikk i fjor, så dere ligger helt likt.',
        en: 'That is the same discount your competitor on the square got last year, so you are on exactly the same terms.',
      },
      explanation: {
        nb: 'Lekker fortrolige opplysninger om en annen kunde. Hva andre kunder betaler, er forretningshemmeligheter. KI tok med det interne notatet fordi det stod i prompten. Lim bare inn det KI trenger, og les alltid gjennom før du sender.',
        en: 'Leaks confidential information about another customer. What other customers pay is a trade secret. The AI included the internal note because it was in the prompt. Paste in only what the AI needs, and always read through before you send.',
      },
    },
    {
      id: 'fl-sales-followup.s6',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'Husk at en avtale i Norge først er bindende når den er signert med BankID.',
        en: 'Remember that in Norway an agreement is only binding once it has been signed with BankID.',
      },
      explanation: {
        nb: 'Feil fakta om norsk avtalerett. Hovedregelen er formfrihet: en avtale kan bli bindende muntlig, på e-post eller ved at kunden godtar et tilbud (se avtaleloven kapittel 1). En signatur er først og fremst bevis. Noen få avtaletyper har egne formkrav, men ikke et vanlig salg mellom bedrifter. Det betyr også at tilbudet i denne e-posten kan binde dere.',
        en: 'A wrong fact about Norwegian contract law. The main rule is freedom of form: an agreement can become binding orally, by e-mail or when the customer accepts an offer (see chapter 1 of the Contracts Act). A signature is mainly evidence. A few types of contract have their own formal requirements, but not an ordinary sale between businesses. It also means that the offer in this e-mail can bind you.',
      },
    },
    {
      id: 'fl-sales-followup.s7',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Vi foreslår oppstart [DATO], med opplæring av de ansatte uka etter.',
        en: 'We propose starting on [DATE], with staff training the week after.',
      },
      explanation: {
        nb: 'Rekkefølgen er snudd. I underlaget skal opplæringen være uka før oppstart, ikke uka etter. Kunden planlegger etter det som står i e-posten. Les sammendrag opp mot notatene dine, ord for ord der det gjelder tid og tall.',
        en: 'The order has been reversed. In your notes the training is the week before the start, not the week after. The customer will plan by what the e-mail says. Read summaries against your notes, word for word where times and figures are concerned.',
      },
    },
    {
      id: 'fl-sales-followup.s8',
      flawed: false,
      text: {
        nb: 'Gi meg gjerne beskjed innen fredag om dere vil gå videre.',
        en: 'Please let me know by Friday whether you would like to go ahead.',
      },
    },
  ],
} satisfies SpotTheFlaw
