import type { LibraryPrompt } from '@/content/types'

export default [
  {
    id: 'lp-marketing-linkedin-post',
    title: { nb: 'Innlegg på LinkedIn', en: 'LinkedIn post' },
    department: 'marketing',
    task: { nb: 'Sosiale medier', en: 'Social media' },
    level: 'basic',
    dataClass: 'green',
    tags: ['social-media', 'linkedin', 'writing'],
    placeholders: [
      {
        key: { nb: 'tema', en: 'topic' },
        label: { nb: 'Tema for innlegget', en: 'Topic of the post' },
      },
      {
        key: { nb: 'fakta', en: 'facts' },
        label: { nb: 'Fakta som skal med', en: 'Facts to include' },
      },
      { key: { nb: 'målgruppe', en: 'audience' }, label: { nb: 'Målgruppe', en: 'Target group' } },
    ],
    body: {
      nb: `Du er en dyktig skribent for sosiale medier i en norsk bedrift. Tonen er jordnær og faglig, ikke reklamete.

Kontekst: Innlegget handler om {{tema}}. Fakta: {{fakta}}. Målgruppen er {{målgruppe}}.

Oppgave: Skriv tre ulike utkast til et LinkedIn-innlegg.

Format: Hvert utkast høyst 120 ord, med en første linje som vekker interesse, og en avslutning som inviterer til å kommentere. Høyst tre emneknagger.

Begrensninger: Bruk bare faktaene over. Ingen emojier i starten, ingen superlativer og ingen tall som ikke står i faktaene. Ikke nevn kunder eller ansatte ved navn.`,
      en: `You are a skilled social media writer in a Norwegian company. The tone is down-to-earth and professional, not salesy.

Context: The post is about {{topic}}. Facts: {{facts}}. The target group is {{audience}}.

Task: Write three different drafts of a LinkedIn post.

Format: Each draft at most 120 words, with a first line that sparks interest and an ending that invites comments. At most three hashtags.

Constraints: Use only the facts above. No emojis at the start, no superlatives and no figures that are not in the facts. Do not mention customers or employees by name.`,
    },
  },
  {
    id: 'lp-marketing-newsletter-examples',
    title: { nb: 'Nyhetsbrev i husets stil', en: 'Newsletter in your house style' },
    department: 'marketing',
    task: { nb: 'Nyhetsbrev', en: 'Newsletter' },
    level: 'intermediate',
    dataClass: 'green',
    tags: ['newsletter', 'few-shot', 'tone-of-voice'],
    placeholders: [
      {
        key: { nb: 'eksempel_1', en: 'example_1' },
        label: { nb: 'Tidligere nyhetsbrev 1', en: 'Earlier newsletter 1' },
      },
      {
        key: { nb: 'eksempel_2', en: 'example_2' },
        label: { nb: 'Tidligere nyhetsbrev 2', en: 'Earlier newsletter 2' },
      },
      {
        key: { nb: 'nyheter', en: 'news' },
        label: { nb: 'Fakta om nyhetene', en: 'Facts about the news' },
      },
    ],
    body: {
      nb: `Du er redaktør for kundenyhetsbrevet vårt.

Kontekst: Her er to nyhetsbrev kundene likte godt.
Eksempel 1: {{eksempel_1}}
Eksempel 2: {{eksempel_2}}

Oppgave: Beskriv først med tre punkter hva som kjennetegner tonen og oppbygningen. Skriv så et nytt nyhetsbrev om dette: {{nyheter}}

Format: Overskrift, ingress på to setninger, tre korte avsnitt og en tydelig oppfordring til slutt. Høyst 200 ord.

Begrensninger: Ta stilen fra eksemplene, men hold deg til faktaene i nyhetene. Ingen priser, tilbud eller datoer som ikke står der.`,
      en: `You are the editor of our customer newsletter.

Context: Here are two newsletters our customers liked.
Example 1: {{example_1}}
Example 2: {{example_2}}

Task: First describe in three bullet points what characterises the tone and structure. Then write a new newsletter about this: {{news}}

Format: A headline, a two-sentence lead, three short paragraphs and a clear call to action at the end. At most 200 words.

Constraints: Take the style from the examples, but stick to the facts in the news. No prices, offers or dates that are not stated there.`,
    },
  },
  {
    id: 'lp-marketing-product-text',
    title: { nb: 'Produkttekst fra produktark', en: 'Product text from a product sheet' },
    department: 'marketing',
    task: { nb: 'Produkttekst', en: 'Product copy' },
    level: 'basic',
    dataClass: 'green',
    tags: ['product-copy', 'website', 'writing'],
    placeholders: [
      { key: { nb: 'produkt', en: 'product' }, label: { nb: 'Produktnavn', en: 'Product name' } },
      {
        key: { nb: 'produktfakta', en: 'product_facts' },
        label: { nb: 'Fakta fra produktarket', en: 'Facts from the product sheet' },
      },
      { key: { nb: 'målgruppe', en: 'audience' }, label: { nb: 'Målgruppe', en: 'Target group' } },
    ],
    body: {
      nb: `Du er tekstforfatter for en norsk nettbutikk og skriver kort, konkret og lett å skumlese.

Kontekst: Produktet er {{produkt}}. Fakta fra produktarket: {{produktfakta}}. Målgruppen er {{målgruppe}}.

Oppgave: Skriv en produkttekst til nettsiden.

Format: En overskrift, to setninger om hva produktet løser for kunden, fem punkter med egenskaper, og en kort linje om vedlikehold eller garanti hvis det står i faktaene. Høyst 120 ord.

Begrensninger: Hold deg til faktaene i produktarket. Skriv [MANGLER: …] der du trenger mer informasjon. Ingen påstander som «best» eller «mest miljøvennlig».`,
      en: `You are a copywriter for a Norwegian online shop and write short, concrete, easy-to-scan text.

Context: The product is {{product}}. Facts from the product sheet: {{product_facts}}. The target group is {{audience}}.

Task: Write a product text for the website.

Format: A headline, two sentences on what the product solves for the customer, five bullet points with features, and a short line on care or warranty if it is in the facts. At most 120 words.

Constraints: Stick to the facts in the product sheet. Write [MISSING: …] where you need more information. No claims such as "best" or "most environmentally friendly".`,
    },
  },
  {
    id: 'lp-marketing-content-plan',
    title: { nb: 'Innholdsplan for en måned', en: 'Content plan for a month' },
    department: 'marketing',
    task: { nb: 'Innholdsplan', en: 'Content plan' },
    level: 'intermediate',
    dataClass: 'green',
    tags: ['planning', 'content', 'social-media'],
    placeholders: [
      { key: { nb: 'måned', en: 'month' }, label: { nb: 'Måned', en: 'Month' } },
      { key: { nb: 'målgruppe', en: 'audience' }, label: { nb: 'Målgruppe', en: 'Target group' } },
      { key: { nb: 'kanaler', en: 'channels' }, label: { nb: 'Kanaler', en: 'Channels' } },
      {
        key: { nb: 'hovedbudskap', en: 'key_messages' },
        label: { nb: 'Hovedbudskap og aktuelle hendelser', en: 'Key messages and current events' },
      },
    ],
    body: {
      nb: `Du er en erfaren innholdsstrateg for små og mellomstore norske bedrifter.

Kontekst: Vi planlegger {{måned}}. Målgruppen er {{målgruppe}}. Kanaler: {{kanaler}}. Hovedbudskap og hendelser: {{hovedbudskap}}.

Oppgave: Lag en innholdsplan. Tenk på norske høytider og ferier som påvirker når folk leser, som påske og fellesferien.

Format: En tabell med kolonnene Uke, Kanal, Tema, Format (tekst, bilde, video) og Mål med innlegget. Høyst tre innlegg per uke. Avslutt med to idéer som kan gjenbrukes på tvers av kanalene.

Begrensninger: Planen må være realistisk for et lite team på én til to personer. Ikke ta med innlegg som krever bilder av kunder eller ansatte uten at samtykke er innhentet.`,
      en: `You are an experienced content strategist for small and medium-sized Norwegian companies.

Context: We are planning {{month}}. The target group is {{audience}}. Channels: {{channels}}. Key messages and events: {{key_messages}}.

Task: Make a content plan. Take into account Norwegian holidays that affect when people read, such as Easter and the summer holiday (fellesferie).

Format: A table with the columns Week, Channel, Topic, Format (text, image, video) and Goal of the post. At most three posts per week. Finish with two ideas that can be reused across channels.

Constraints: The plan must be realistic for a small team of one or two people. Do not include posts that need photos of customers or employees unless consent has been obtained.`,
    },
  },
  {
    id: 'lp-marketing-plain-language',
    title: { nb: 'Skriv om til klarspråk', en: 'Rewrite in plain language' },
    department: 'marketing',
    task: { nb: 'Klarspråk', en: 'Plain language' },
    level: 'basic',
    dataClass: 'green',
    tags: ['plain-language', 'editing', 'writing'],
    placeholders: [
      {
        key: { nb: 'tekst', en: 'text' },
        label: { nb: 'Teksten som skal skrives om', en: 'The text to rewrite' },
      },
      {
        key: { nb: 'målgruppe', en: 'audience' },
        label: { nb: 'Hvem som skal lese den', en: 'Who will read it' },
      },
    ],
    body: {
      nb: `Du er språkkonsulent og ekspert på klarspråk.

Kontekst: Teksten under skal leses av {{målgruppe}}.

Oppgave: Skriv teksten om til klarspråk.

Format: Først den nye teksten. Deretter en kort liste over de viktigste endringene du gjorde.

Begrensninger: Behold alle fakta og alt innhold. Korte setninger, aktive verb, «du» til leseren, ingen fagord uten forklaring. Ikke gjør teksten lengre enn originalen.

Tekst:
{{tekst}}`,
      en: `You are a language consultant and an expert in plain language.

Context: The text below will be read by {{audience}}.

Task: Rewrite the text in plain language.

Format: First the new text. Then a short list of the most important changes you made.

Constraints: Keep all facts and all content. Short sentences, active verbs, "you" to the reader, no jargon without an explanation. Do not make the text longer than the original.

Text:
{{text}}`,
    },
  },
  {
    id: 'lp-marketing-claims-check',
    title: { nb: 'Sjekk påstandene i en reklametekst', en: 'Check the claims in an ad' },
    department: 'marketing',
    task: { nb: 'Kvalitetssikring', en: 'Quality assurance' },
    level: 'intermediate',
    dataClass: 'green',
    tags: ['quality-check', 'claims', 'compliance'],
    placeholders: [
      {
        key: { nb: 'reklametekst', en: 'ad_copy' },
        label: { nb: 'Reklameteksten', en: 'The ad copy' },
      },
    ],
    body: {
      nb: `Du er en grundig kvalitetssikrer for markedsføring i Norge.

Kontekst: Påstander i markedsføring må kunne dokumenteres, og Forbrukertilsynet følger særlig med på miljøpåstander og prispåstander.

Oppgave: Gå gjennom teksten under og finn alle påstander om fakta: tall, sammenligninger, superlativer, miljø, priser og kilder.

Format: En tabell med kolonnene Påstand (sitat), Type, Hva vi trenger for å dokumentere den og Forslag til tryggere formulering.

Begrensninger: Du skal ikke avgjøre om noe er lovlig; marker heller påstander som bør sjekkes med [SJEKK]. Finn ikke på kilder som støtter påstandene.

Tekst:
{{reklametekst}}`,
      en: `You are a thorough quality reviewer for marketing in Norway.

Context: Claims in marketing must be possible to document, and the Norwegian Consumer Authority keeps a particularly close eye on environmental claims and price claims.

Task: Go through the text below and find every factual claim: figures, comparisons, superlatives, environment, prices and sources.

Format: A table with the columns Claim (quote), Type, What we need to document it and Suggested safer wording.

Constraints: Do not decide whether something is lawful; mark claims that should be checked with [CHECK] instead. Do not invent sources to support the claims.

Text:
{{ad_copy}}`,
    },
  },
] satisfies LibraryPrompt[]
