import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-workwear-offers',
  competency: 'quality-assurance',
  level: 'intermediate',
  department: 'purchasing',
  title: {
    nb: 'To tilbud på arbeidsklær',
    en: 'Two offers for workwear',
  },
  request: {
    nb: 'Sammenlign to tilbud på arbeidsklær til 80 ansatte og skriv en kort anbefaling. Leverandør A: 690 kroner per sett, fri frakt ved bestilling av minst 50 sett, levering på 3 uker, prisen gjelder bare ved en avtale på minst 2 år. Leverandør B: 640 kroner per sett, frakt 2 500 kroner per ordre, levering på 6 uker, ingen bindingstid.',
    en: 'Compare two offers for workwear for 80 employees and write a short recommendation. Supplier A: NOK 690 per set, free shipping on orders of at least 50 sets, delivery in 3 weeks, the price only applies with an agreement of at least 2 years. Supplier B: NOK 640 per set, shipping NOK 2,500 per order, delivery in 6 weeks, no commitment period.',
  },
  sentences: [
    {
      id: 'fl-workwear-offers.s1',
      flawed: false,
      text: {
        nb: 'Begge leverandørene kan levere de arbeidsklærne dere trenger.',
        en: 'Both suppliers can deliver the workwear you need.',
      },
    },
    {
      id: 'fl-workwear-offers.s2',
      flawed: true,
      kind: 'omitted-condition',
      text: {
        nb: 'Leverandør A tilbyr 690 kroner per sett og fri frakt.',
        en: 'Supplier A offers NOK 690 per set and free shipping.',
      },
      explanation: {
        nb: 'Vilkårene mangler. Prisen gjelder bare med en avtale på minst to år, og frakten er bare gratis ved minst 50 sett. Uten vilkårene ser tilbudet bedre ut enn det er. KI kutter ofte «bare hvis» og «forutsatt at» når den forkorter. Sjekk hvert vilkår i tilbudet.',
        en: 'The conditions are missing. The price only applies with an agreement of at least two years, and shipping is only free from 50 sets. Without the conditions the offer looks better than it is. AI often cuts “only if” and “provided that” when it shortens a text. Check every condition in the offer.',
      },
    },
    {
      id: 'fl-workwear-offers.s3',
      flawed: true,
      kind: 'changed-detail',
      text: {
        nb: 'Leverandør B tar 640 kroner per sett, og leveringstiden er tre uker.',
        en: 'Supplier B charges NOK 640 per set, and delivery takes three weeks.',
      },
      explanation: {
        nb: 'Feil leveringstid. Tilbudet fra B sier seks uker; tre uker er leveringstiden til A. KI blander lett sammen tall når den sammenligner to kilder. Lag gjerne en tabell selv og fyll den inn direkte fra tilbudene.',
        en: 'Wrong delivery time. Supplier B’s offer says six weeks; three weeks is A’s delivery time. AI easily mixes up figures when it compares two sources. Make a table yourself and fill it in straight from the offers.',
      },
    },
    {
      id: 'fl-workwear-offers.s4',
      flawed: false,
      text: {
        nb: 'Leverandør B har ingen bindingstid.',
        en: 'Supplier B has no commitment period.',
      },
    },
    {
      id: 'fl-workwear-offers.s5',
      flawed: true,
      kind: 'unverifiable-source',
      text: {
        nb: 'Ifølge Innkjøpsrådets leverandørindeks for 2025 er A blant de tre mest pålitelige leverandørene i Norge.',
        en: 'According to the 2025 Procurement Council supplier index, A is among the three most reliable suppliers in Norway.',
      },
      explanation: {
        nb: 'En kilde ingen kan finne. Indeksen stod ikke i underlaget, og KI gir verken lenke eller utgiver du kan sjekke. Slike kilder høres troverdige ut fordi de har navn og årstall. Finn kilden selv, eller stryk setningen.',
        en: 'A source nobody can find. The index was not in your material, and the AI gives neither a link nor a publisher you can check. Sources like this sound credible because they have a name and a year. Find the source yourself, or delete the sentence.',
      },
    },
    {
      id: 'fl-workwear-offers.s6',
      flawed: true,
      kind: 'invented-claim',
      text: {
        nb: 'Begge leverandørene har lovet å holde prisene uendret i fem år.',
        en: 'Both suppliers have promised to keep their prices unchanged for five years.',
      },
      explanation: {
        nb: 'Et løfte ingen har gitt. Ingen av tilbudene sier noe om prisgaranti. Skriver dere dette i en anbefaling, kan noen bygge en beslutning på det. Stryk det, eller spør leverandørene.',
        en: 'A promise nobody made. Neither offer says anything about a price guarantee. If you write this in a recommendation, someone may base a decision on it. Delete it, or ask the suppliers.',
      },
    },
    {
      id: 'fl-workwear-offers.s7',
      flawed: false,
      text: {
        nb: 'Regn ut totalprisen med frakt for 80 sett før dere bestemmer dere.',
        en: 'Work out the total price including shipping for 80 sets before you decide.',
      },
    },
  ],
} satisfies SpotTheFlaw
