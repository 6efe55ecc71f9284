/**
 * The phrases the coach looks for, in bokmål and English. Every pattern is case-insensitive and
 * Unicode aware; `w()` puts letter-aware word boundaries around a list of alternatives, because
 * `\b` does not treat æ, ø and å as letters.
 */
function w(...alternatives: string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`
}

function re(source: string): RegExp {
  return new RegExp(source, 'iu')
}

/** Clause starts: the beginning, after a sentence mark, comma or list bullet, or after "and". */
const CLAUSE_START = String.raw`(?:^|[.!?:;\n]\s*|,\s+|^\s*[-*•]\s*|\n\s*[-*•]\s*|\s(?:og|and|så|then)\s+)`

/** Polite lead-ins before an imperative: "Kan du skrive …", "Could you draft …". */
const LEAD_IN = String.raw`(?:(?:kan|kunne|vil) du(?: være så snill å)?|jeg vil at du(?: skal)?|jeg ønsker at du(?: skal)?|jeg trenger at du|jeg trenger hjelp til å|hjelp meg(?: med)?(?: å)?|du skal|din oppgave er å|oppgaven er å|please|could you|can you|would you|i want you to|i need you to|i'd like you to|help me|your task is to)\s+`

/**
 * Task verbs as [the form we report, other forms that mean the same task]. Bokmål imperatives come
 * with their infinitive ("Kan du skrive …"), English ones with their spelling variants.
 */
const TASK_VERB_FORMS: [string, ...string[]][] = [
  ['skriv', 'skrive'],
  ['skriv om', 'skrive om', 'omskriv', 'omskrive'],
  ['lag', 'lage'],
  ['lag et utkast', 'lage et utkast'],
  ['oppsummer', 'oppsummere'],
  ['sammenfatt', 'sammenfatte'],
  ['foreslå'],
  ['utarbeid', 'utarbeide'],
  ['forklar', 'forklare'],
  ['beskriv', 'beskrive'],
  ['list opp', 'liste opp', 'liste'],
  ['analyser', 'analysere'],
  ['sammenlign', 'sammenligne'],
  ['oversett', 'oversette'],
  ['forbedre'],
  ['korriger', 'korrigere'],
  ['rett', 'rette'],
  ['forkort', 'forkorte'],
  ['strukturer', 'strukturere'],
  ['gi'],
  ['finn', 'finne'],
  ['vurder', 'vurdere'],
  ['svar', 'svare'],
  ['besvar', 'besvare'],
  ['planlegg', 'planlegge'],
  ['utform', 'utforme'],
  ['generer', 'generere'],
  ['formuler', 'formulere'],
  ['kategoriser', 'kategorisere'],
  ['prioriter', 'prioritere'],
  ['identifiser', 'identifisere'],
  ['sjekk', 'sjekke'],
  ['kontroller', 'kontrollere'],
  ['tolk', 'tolke'],
  ['rediger', 'redigere', 'redigér'],
  ['tilpass', 'tilpasse'],
  ['skisser', 'skissere'],
  ['beregn', 'beregne', 'regn ut', 'regne ut'],
  ['trekk ut', 'trekke ut'],
  ['klassifiser', 'klassifisere'],
  ['write'],
  ['rewrite'],
  ['draft'],
  ['create'],
  ['make'],
  ['summarise', 'summarize'],
  ['list'],
  ['suggest'],
  ['propose'],
  ['explain'],
  ['describe'],
  ['compare'],
  ['translate'],
  ['improve'],
  ['correct'],
  ['shorten'],
  ['structure'],
  ['give'],
  ['find'],
  ['evaluate'],
  ['assess'],
  ['answer'],
  ['reply', 'reply to', 'respond to'],
  ['plan'],
  ['design'],
  ['generate'],
  ['outline'],
  ['review'],
  ['check'],
  ['identify'],
  ['prioritise', 'prioritize'],
  ['categorise', 'categorize'],
  ['proofread'],
  ['prepare'],
  ['compose'],
  ['calculate'],
  ['extract'],
  ['classify'],
  ['edit'],
  ['adapt'],
  ['analyse', 'analyze'],
]

/** Any form of a task verb (lower case, single spaces) → the form we report. */
export const TASK_VERB_LEMMA = new Map<string, string>(
  TASK_VERB_FORMS.flatMap(([lemma, ...others]) =>
    [lemma, ...others].map((form) => [form, lemma] as [string, string]),
  ),
)

const escapeWord = (verb: string) => verb.replace(/ /g, '\\s+')

/** A task verb at the start of a clause, captured in group 1. Global: used to count tasks. */
export const TASK_VERB = new RegExp(
  `${CLAUSE_START}(?:${LEAD_IN})?(${[...TASK_VERB_LEMMA.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)

export const ROLE = re(
  [
    w(
      'du er (?:en|et|ei)',
      // "Du er kundebehandler …": a job title without an article
      'du er [\\p{L}-]*(?:leder|rådgiver|konsulent|behandler|ansvarlig|sjef|ekspert|spesialist|analytiker|ingeniør|medarbeider|skribent|forfatter|redaktør|selger|jurist|advokat|økonom|planlegger|koordinator|assistent|tekniker|designer|utvikler|arkitekt|lærer|veileder|rekrutterer)',
      'du skal være (?:en|et)',
      'opptre som',
      'ta rollen som',
      'i rollen som',
      'svar som (?:en|et)',
      'forestill deg at du er',
      'late som du er',
      'rolle\\s*:',
      'som (?:en )?erfaren',
    ),
    w(
      'you are (?:an?|the|my)',
      "you're (?:an?|the|my)",
      'act as',
      'acting as',
      'take the role of',
      'in the role of',
      'imagine you are',
      'pretend (?:to be|you are)',
      'role\\s*:',
      'as an? (?:experienced|expert|senior|skilled)',
    ),
  ].join('|'),
)

/** Who will read the result. Also counts as context. */
export const AUDIENCE = re(
  [
    w(
      'målgruppen?',
      'mottakere?n?',
      'mottakerne',
      'leserne?',
      'leseren',
      '(?:til|for) (?:de |den |det |våre |vår |alle )?(?:[\\p{L}-]+ ){0,2}?(?:kunden|kundene|kunder|ledelsen|ledergruppen|styret|ansatte|nyansatte|kolleger|kollegaer|kollegene|søkere|søkerne|jobbsøkere|innbyggere|publikum|leverandøren|leverandørene|oppdragsgiver|brukerne|pasienter|foreldre|elever|medarbeidere|teamet|avdelingen|beboerne|medlemmene|deltakerne)',
      'skal leses av',
      'rettet mot',
    ),
    w(
      'audience',
      'readers?',
      'recipients?',
      'addressed to',
      'aimed at',
      "(?:for|to) (?:the |our |a |all )?(?:[\\p{L}'’-]+ ){0,2}?(?:customers?|clients?|management|board|committee|employees|staff|new hires|colleagues|applicants|candidates|users|team|suppliers?|patients|parents|residents|members|participants)",
      'will be read by',
    ),
  ].join('|'),
)

export const CONTEXT = re(
  [
    w(
      'bakgrunn(?:en)?',
      'kontekst(?:en)?',
      'situasjonen',
      'vi er (?:en|et)',
      'vi jobber',
      'jeg jobber',
      'jeg er (?:en |et )?[\\p{L}-]*(?:leder|ansvarlig|rådgiver|konsulent|medarbeider|ingeniør|sjef|selger|planlegger)',
      'firmaet',
      'bedriften',
      'selskapet',
      'virksomheten',
      'kunden (?:er|har|ønsker|vil|trenger)',
      'fordi',
      'formålet',
      'hensikten',
      'målet er',
      'her er',
      'under (?:er|følger)',
      'vedlagt',
      'teksten under',
      'dette gjelder',
      'det gjelder',
      'bruk (?:disse|følgende) (?:opplysninger|fakta|punktene)',
    ),
    w(
      'background',
      'context',
      'we are an?',
      'we work',
      'i work',
      'our company',
      'our team',
      'the company',
      'the customer (?:is|has|wants|needs)',
      'because',
      'the goal is',
      'the purpose',
      'here is',
      'here are',
      'below (?:is|are)',
      'attached',
      'the text below',
      'this is about',
      'use (?:these|the following) (?:facts|details|points)',
    ),
  ].join('|'),
)

export const FORMAT = re(
  [
    w(
      'som (?:en |et )?(?:tabell|punktliste|liste|nummerert liste|e-post|epost|brev|notat|rapport|json|csv|markdown|sjekkliste|tidslinje|e-postutkast)',
      'i (?:en )?(?:tabell|punktliste|punktform|kulepunkter|stikkord)',
      'punktliste',
      'kulepunkt(?:er)?',
      'tabell(?:en)?',
      'overskrift(?:er)?',
      'maks(?:imalt)?\\.? \\d+ (?:ord|tegn|setninger|avsnitt|sider?|punkter)',
      'under \\d+ (?:ord|tegn)',
      '\\d+[-–]\\d+ (?:ord|setninger|avsnitt|punkter)',
      '(?:én|en|ett|to|tre|fire|fem|\\d+) (?:avsnitt|setninger|punkter|kulepunkter|alternativer|forslag)',
      'format(?:et)?',
      'én side',
      'en halv side',
      'kolonner?',
      'emnefelt',
    ),
    w(
      'as an? (?:table|list|bulleted list|numbered list|email|e-mail|letter|memo|report|checklist|timeline)',
      'as json',
      'as csv',
      'in (?:a )?table',
      'bullet(?:ed)? points?',
      'bullet list',
      'numbered list',
      '(?:under|max(?:imum)?|at most|no more than) \\d+ (?:words|characters|sentences|paragraphs|pages?|bullets)',
      '\\d+[-–]\\d+ (?:words|sentences|paragraphs|bullets)',
      '(?:one|two|three|four|five|\\d+) (?:paragraphs?|sentences|bullets|options|suggestions)',
      'headings?',
      'format',
      'one page',
      'half a page',
      'columns?',
      'subject line',
    ),
  ].join('|'),
)

export const CONSTRAINTS = re(
  [
    w(
      'unngå',
      'uten å',
      'ikke (?:bruk|nevn|ta med|inkluder|finn på|gjett|dikt|skriv|lov|oppgi|legg til)',
      '(?:skal|må|bør) ikke',
      'kun',
      'husk å',
      'pass på',
      'sørg for',
      'tonen? (?:skal|må|bør)',
      '(?:vennlig|formell|uformell|nøktern|saklig|profesjonell|positiv|varm|tydelig|personlig|rolig) tone',
      'klarspråk',
      'du-form',
      'hvis du er usikker',
      'hvis du ikke vet',
      'oppgi kilder(?:n|ne)?',
      'hold deg til',
      'ikke mer enn',
    ),
    w(
      "don't",
      'do not',
      'avoid',
      'without',
      'never',
      'only use',
      'must not',
      'should not',
      'make sure',
      'keep it',
      '(?:friendly|formal|informal|neutral|professional|warm|plain|calm|positive) tone',
      'tone of voice',
      'plain language',
      'if you are unsure',
      "if you don't know",
      'cite (?:your )?sources',
      'stick to',
      'no more than',
    ),
    String.raw`(?:^|[.!?\n]\s*)(?:ikke|not)\s`,
  ].join('|'),
)

export const EXAMPLES = re(
  [
    w(
      'eksempel(?:et|er|ene)?',
      'for eksempel',
      'f\\.\\s?eks',
      'som dette',
      'slik som dette',
      'etter mønster av',
      'i samme stil som',
      'mønster',
    ),
    w(
      'examples?',
      'for example',
      'for instance',
      'e\\.g',
      'like this',
      'such as this',
      'in the style of',
      'sample',
    ),
  ].join('|'),
)

/** Quoted text: «…», "…" or “…” (a quoted sample counts as an example when it has 4+ words). */
export const QUOTED = /[«"“]([^«»"“”\n]{1,600})[»"”]/gu

/** Vague objects: "noe om", "en tekst om", "something about", "some ideas". */
export const VAGUE = re(
  [
    w(
      'noe (?:om|med|til|bra|fint|lurt)',
      'en tekst om',
      'litt om',
      'noen ideer',
      'noe greier',
      'bare noe',
      'hva som helst',
      'et eller annet',
      'noe sånt',
    ),
    w(
      'something (?:about|on|for|nice|good)',
      'a text about',
      'some ideas',
      'some stuff',
      'anything',
      'whatever',
      'a bit about',
      'stuff about',
    ),
  ].join('|'),
)

/** Writing meant for other people, where naming the reader matters. */
export const WRITING_FOR_SOMEONE = re(
  [
    w(
      'e-post(?:en)?',
      'epost',
      'mail',
      'brev(?:et)?',
      'tilbud(?:et)?',
      'stillingsannonse(?:n)?',
      'annonse(?:n)?',
      'innlegg(?:et)?',
      'nyhetsbrev(?:et)?',
      'informasjon til',
      'svar til',
      'melding(?:en)?',
      'presentasjon(?:en)?',
      'invitasjon(?:en)?',
      'kunngjøring(?:en)?',
      'pressemelding(?:en)?',
    ),
    w(
      'e-?mails?',
      'letter',
      'offer',
      'proposal',
      'job ad(?:vert)?',
      'job posting',
      'advert',
      'post',
      'newsletter',
      'message',
      'presentation',
      'invitation',
      'announcement',
      'press release',
    ),
  ].join('|'),
)

/** Numbered steps (1. … 2. …) mean several tasks are already organised. */
export const NUMBERED_STEP = /(?:^|\n)\s*\d+[.)]\s+\S/g

const NB_MARKERS = w(
  'og',
  'jeg',
  'ikke',
  'det',
  'som',
  'til',
  'på',
  'med',
  'skal',
  'er',
  'vi',
  'en',
  'et',
  'av',
  'å',
  'kan',
  'du',
  'eller',
  'hvordan',
  'hva',
)
const EN_MARKERS = w(
  'the',
  'and',
  'is',
  'are',
  'to',
  'of',
  'with',
  'you',
  'we',
  'should',
  'not',
  'or',
  'a',
  'an',
  'be',
  'how',
  'what',
  'this',
  'that',
  'your',
)
export const NB_WORD = new RegExp(NB_MARKERS, 'giu')
export const EN_WORD = new RegExp(EN_MARKERS, 'giu')
export const NB_LETTER = /[æøå]/giu
