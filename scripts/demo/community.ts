/*
 * The demo company's community (issue 16; tables community_posts, _comments, _reactions,
 * _replications, _reports): a year of posts about real Norwegian workplace tasks — tilbud,
 * møtereferat, kundesvar, HMS-rutine, stillingsannonse, skiftrapport, månedsrapport — in all four
 * kinds, with comments, reactions, "I tried this too", two reports and one post an ambassador hid.
 * Drawn from its own seeded generator, so the rest of the company's rows stay as they were.
 *
 * The shape: about one post per two to three active people a quarter, twice that in the pilot
 * department; quiet holidays; bokmål, and English from the English-speaking people. Prompts hold
 * placeholders ([kunde], [produkt]), never a name. Rows are inserted with the server's triggers
 * off (replica mode), so the aggregates on each post (reaction_counts, comment_count,
 * replication_count, replication_median_saved) and each comment's post_status are computed here,
 * exactly as the triggers would (test/db/demoCompany.test.ts compares them).
 */

interface CommunityRandom {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  poisson: (mean: number) => number
  normal: () => number
  uuid: () => string
}

export interface CommunityPerson {
  id: string
  language: 'nb' | 'en'
  /** Index into `departments`. */
  department: number
  roles: readonly string[]
  startWeek: number | null
  stopWeek: number | null
  pace: number
}

export interface CommunityOptions {
  rng: CommunityRandom
  people: readonly CommunityPerson[]
  organisationId: string
  departments: readonly { id: string; name: string }[]
  /** The pilot department's name (posts twice as often). */
  pilot: string
  /** Start of the year (ms, UTC midnight), its number of weeks, the last day (ms). */
  firstWeek: number
  weeks: number
  until: number
  season: (date: Date) => number
  /** People who get a post of their own whatever the draw (the demo's personas). */
  alwaysPosts?: readonly string[]
  /** The ambassador who hid the hidden post. */
  moderatorId?: string
}

type Row = Record<string, unknown>
type Kind = 'use_case' | 'success_story' | 'show_and_tell' | 'question'

interface Template {
  kind: Kind
  titles: string[]
  task: string
  body: string
  prompt?: string
  /** Minutes before / after, as typical values (drawn around them). */
  minutes?: [number, number]
  tags: string[]
  dataClass?: 'green' | 'yellow'
  /** Departments where this task is at home (empty: any). */
  departments?: string[]
}

const TOOLS = ['m365-copilot', 'chatgpt-business'] as const

const nb: Template[] = [
  {
    kind: 'use_case',
    titles: [
      'Første utkast til tilbud på 20 minutter',
      'Tilbud fra stikkord til utkast',
      'Tilbudsbrev uten blankt ark',
    ],
    task: 'Skrive tilbud',
    body: '**Før:** jeg skrev hvert tilbud fra bunnen, ofte halvannen time.\n\n**Nå:** jeg gir KI stikkordene og vår standardtekst, og retter utkastet.\n\n- Priser og leveringstid sjekker jeg alltid selv\n- Kundenavn legger jeg inn til slutt, ikke i prompten',
    prompt:
      'Du er salgskonsulent i en norsk industribedrift. Lag et første utkast til et tilbud på bokmål ut fra punktene under. Saklig og vennlig tone, maks én side. Marker alt du er usikker på med [SJEKK].\n\nProdukt: [produkt]\nAntall: [antall]\nLeveringstid: [leveringstid]\nBetingelser: [betingelser]',
    minutes: [90, 30],
    tags: ['tilbud', 'salg'],
    departments: ['Salg'],
  },
  {
    kind: 'success_story',
    titles: [
      'Møtereferat på fem minutter',
      'Referatet er ute før kaffen er kald',
      'Ryddig møtereferat fra stikkord',
    ],
    task: 'Møtereferat',
    body: 'Jeg skriver stikkord under møtet og ber KI gjøre dem om til referat med **beslutninger**, **oppgaver** og **frister**.\n\nDet viktigste: jeg leser gjennom og retter navn og datoer før det sendes.',
    prompt:
      'Gjør stikkordene under om til et møtereferat på bokmål med tre deler: Beslutninger, Oppgaver (hvem, hva, frist) og Åpne spørsmål. Ikke legg til noe som ikke står i stikkordene.\n\n[stikkord]',
    minutes: [40, 10],
    tags: ['møtereferat'],
  },
  {
    kind: 'use_case',
    titles: [
      'Svar på reklamasjon som holder tonen',
      'Kundesvar på reklamasjon – min mal',
      'Reklamasjonssvar uten å love for mye',
    ],
    task: 'Kundesvar',
    body: 'Reklamasjoner tok lang tid fordi tonen måtte sitte. Nå lar jeg KI lage et utkast ut fra vår svarmal, og jeg fyller inn saksdetaljene selv.\n\n> Ikke lim inn kundens navn, ordrenummer eller e-post – skriv [kunde] og [ordre].',
    prompt:
      'Du jobber i kundeservice. Skriv et kort, vennlig svar på bokmål på en reklamasjon. Beklag ulempen, forklar neste steg og hva kunden må gjøre. Ikke lov erstatning. Bruk [kunde] og [ordre] som plassholdere.\n\nHva saken gjelder: [kort beskrivelse]',
    minutes: [25, 8],
    tags: ['kundesvar', 'reklamasjon'],
    departments: ['Kundeservice'],
  },
  {
    kind: 'success_story',
    titles: [
      'Kortere svartid med svarmaler',
      'Svarmalene våre sparer oss for mye',
      'Fra 15 til 6 minutter per e-post',
    ],
    task: 'Kundesvar',
    body: 'Vi har laget faste prompter for de ti vanligste henvendelsene. Teamet bruker dem daglig, og svarene er blitt jevnere.\n\nTallene er *selvrapporterte*, men alle på teamet kjenner seg igjen.',
    prompt:
      'Skriv et svar på bokmål til en kunde som spør om [tema]. Bruk fakta fra teksten under og ingenting annet. Maks 120 ord, vennlig og presist.\n\n[vår standardtekst]',
    minutes: [15, 6],
    tags: ['kundesvar', 'maler'],
    departments: ['Kundeservice'],
  },
  {
    kind: 'show_and_tell',
    titles: [
      'Fra gammel HMS-rutine til sjekkliste',
      'HMS-rutinen på én side',
      'Sjekkliste for verneombudet',
    ],
    task: 'HMS-rutine',
    body: 'Vår HMS-rutine for arbeid i høyden var på elleve sider. Med KI fikk vi et forslag til sjekkliste på én side, som verneombudet gikk gjennom og godkjente.\n\n1. Lim inn rutinen (ingen personnavn)\n2. Be om sjekkliste i punktform\n3. **Alltid** kontroll av fagperson',
    prompt:
      'Lag en sjekkliste på bokmål, maks 15 punkter, ut fra HMS-rutinen under. Behold alle krav, ikke legg til nye. Marker punkter som krever signatur.\n\n[rutinetekst]',
    minutes: [120, 45],
    tags: ['HMS', 'sjekkliste'],
    departments: ['Produksjon', 'HR'],
  },
  {
    kind: 'use_case',
    titles: [
      'Stillingsannonse som beskriver jobben',
      'Stillingsannonse på en time',
      'Annonse som ikke er full av klisjeer',
    ],
    task: 'Stillingsannonse',
    body: 'Jeg gir KI stillingsbeskrivelsen og ber om en annonse uten klisjeer. Deretter sjekker jeg at kravene stemmer og at språket er inkluderende.',
    prompt:
      'Skriv en stillingsannonse på bokmål for stillingen under. Konkrete arbeidsoppgaver først, deretter krav og hva vi tilbyr. Unngå klisjeer og kjønnede ord. Maks 300 ord.\n\nStilling: [tittel]\nAvdeling: [avdeling]\nOppgaver: [oppgaver]',
    minutes: [180, 60],
    tags: ['rekruttering', 'stillingsannonse'],
    departments: ['HR'],
  },
  {
    kind: 'use_case',
    titles: [
      'Skiftrapport i ryddig form',
      'Skiftrapporten skriver seg nesten selv',
      'Overlevering mellom skift',
    ],
    task: 'Skiftrapport',
    body: 'Jeg noterer avvik og status på slutten av skiftet, og KI ordner det i faste overskrifter. Neste skift finner det de trenger raskere.',
    prompt:
      'Ordne notatene under i en skiftrapport på bokmål med overskriftene Status, Avvik, Vedlikehold og Til neste skift. Ikke legg til noe.\n\n[notater]',
    minutes: [30, 10],
    tags: ['produksjon', 'rapport'],
    departments: ['Produksjon'],
  },
  {
    kind: 'success_story',
    titles: ['Kommentarer til månedsrapporten', 'Månedsrapporten på halve tiden'],
    task: 'Månedsrapport',
    body: 'Tallene hentes som før, men kommentarene til avvikene lar jeg KI foreslå. Jeg kontrollerer hver setning mot regnskapet.',
    prompt:
      'Skriv korte kommentarer på bokmål til avvikene i tabellen under, ett avsnitt per linje. Ikke spekuler i årsaker som ikke står i tabellen.\n\n[tabell uten personopplysninger]',
    minutes: [120, 50],
    tags: ['økonomi', 'rapport'],
    dataClass: 'yellow',
    departments: ['Økonomi'],
  },
  {
    kind: 'show_and_tell',
    titles: ['KI går over tilbudet før det sendes', 'Min sjekk før tilbudet går ut'],
    task: 'Skrive tilbud',
    body: 'Før jeg sender et tilbud, ber jeg KI lete etter uklare formuleringer og manglende forbehold. Den finner noe nesten hver gang.',
    prompt:
      'Les tilbudet under som en kritisk innkjøper. List opp uklare formuleringer, manglende forbehold og ting som kan misforstås. Ikke skriv det om.\n\n[tilbudstekst uten kundenavn]',
    minutes: [30, 15],
    tags: ['tilbud', 'kvalitet'],
  },
  {
    kind: 'question',
    titles: ['Hvordan får dere kortere svar?', 'Noen tips til å få KI til å fatte seg i korthet?'],
    task: 'Kundesvar',
    body: 'Svarene jeg får er ofte dobbelt så lange som jeg vil ha. Har noen en formulering som virker?',
    tags: ['prompting'],
  },
  {
    kind: 'question',
    titles: ['Kan vi lime inn Teams-transkripsjonen?', 'Er møtetranskripsjon gul eller rød?'],
    task: 'Møtereferat',
    body: 'Transkripsjonen har navn på alle som var med. Hvilken dataklasse er det, og hvilket verktøy er godkjent for det?',
    tags: ['datasikkerhet', 'møtereferat'],
  },
  {
    kind: 'question',
    titles: ['Noen som har brukt KI til sikker jobbanalyse?', 'SJA med KI – erfaringer?'],
    task: 'HMS-rutine',
    body: 'Jeg lurer på om KI kan foreslå farer vi har oversett i en SJA. Har noen prøvd, og hvordan kvalitetssikret dere det?',
    tags: ['HMS'],
  },
  {
    kind: 'show_and_tell',
    titles: ['Prompten jeg bruker til å forenkle språket', 'Klarspråk på to minutter'],
    task: 'Klarspråk',
    body: 'Mange av tekstene våre er tunge. Denne prompten gjør dem enklere uten å endre innholdet, og jeg ber alltid om en liste over hva som er endret.',
    prompt:
      'Skriv teksten under om til klart språk på bokmål. Korte setninger, aktive verb, ingen nye opplysninger. List til slutt opp hva du endret.\n\n[tekst]',
    minutes: [30, 10],
    tags: ['klarspråk'],
  },
]

const en: Template[] = [
  {
    kind: 'use_case',
    titles: [
      'Meeting minutes from bullet notes in five minutes',
      'Minutes out before the next meeting',
    ],
    task: 'Meeting minutes',
    body: 'I type short notes during the meeting and ask the assistant for **decisions**, **actions** and **deadlines**. I always check names and dates before sending.',
    prompt:
      'Turn the notes below into meeting minutes in English with three parts: Decisions, Actions (who, what, deadline) and Open questions. Do not add anything that is not in the notes.\n\n[notes]',
    minutes: [40, 10],
    tags: ['minutes'],
  },
  {
    kind: 'question',
    titles: [
      'Best way to answer a Norwegian customer in Norwegian?',
      'Translating customer replies – any tips?',
    ],
    task: 'Customer reply',
    body: 'My Norwegian is still basic. Do you ask for the reply in bokmål directly, or write in English and translate? How do you check the tone?',
    tags: ['language', 'customer service'],
  },
  {
    kind: 'success_story',
    titles: ['A quote draft in 25 minutes instead of 90', 'Quotes: from blank page to draft'],
    task: 'Writing a quote',
    body: 'I give the assistant our standard terms and the key points. The draft needs edits, but the structure is there at once. Prices I always fill in myself.',
    prompt:
      'You are a sales consultant at a Norwegian manufacturer. Draft a one-page quote from the points below, in a friendly, factual tone. Mark anything uncertain with [CHECK].\n\nProduct: [product]\nQuantity: [quantity]\nDelivery: [delivery time]',
    minutes: [90, 25],
    tags: ['quote', 'sales'],
  },
  {
    kind: 'show_and_tell',
    titles: ['Job ad check: does it read as inclusive?', 'A second opinion on job ads'],
    task: 'Job advertisement',
    body: 'Before a job ad goes out, I ask for a list of wording that could put people off. It catches things I miss.',
    prompt:
      'Read the job advertisement below. List wording that could discourage qualified applicants (gendered words, jargon, unnecessary requirements). Do not rewrite it.\n\n[ad text]',
    minutes: [45, 20],
    tags: ['recruitment'],
  },
  {
    kind: 'use_case',
    titles: ['An HSE routine as a one-page checklist', 'From a long HSE routine to a checklist'],
    task: 'HSE routine',
    body: 'Our routine was eleven pages. The assistant proposed a one-page checklist; the safety representative reviewed and approved it.',
    prompt:
      'Make a checklist of at most 15 points from the HSE routine below. Keep every requirement, add none. Mark points that need a signature.\n\n[routine text]',
    minutes: [120, 50],
    tags: ['HSE', 'checklist'],
  },
]

const comments = {
  nb: [
    'Takk, denne prøver jeg på neste tilbud!',
    'Hvilket verktøy brukte du?',
    'Vi gjør nesten det samme, men ber om en tabell til slutt.',
    'Fin! Husk å fjerne kundenavn før du limer inn.',
    'Kan du legge prompten i biblioteket?',
    'Prøvde den i dag – sparte en halvtime.',
    'Jeg la til «svar med maks fem punkter», da ble det mye bedre.',
    'Godt poeng at fagpersonen må kontrollere til slutt.',
    'Dette trenger vi i vår avdeling også.',
    'Funker dette like bra i Copilot?',
  ],
  en: [
    'Thanks, trying this tomorrow.',
    'Which tool did you use?',
    'Works well in English too.',
    'Good reminder to leave names out of the prompt.',
    'Could you add this to the library?',
  ],
  // The author's answer to a comment.
  reply: {
    nb: [
      'Jeg brukte Copilot, men det går fint i ChatGPT også.',
      'Godt forslag, det tar jeg med!',
      'Lagt i biblioteket nå.',
    ],
    en: ['I used Copilot, but ChatGPT works too.', 'Good idea, I will add that.'],
  },
}

const DAY = 86_400_000

export function generateCommunity(o: CommunityOptions): [string, Row[]][] {
  const { rng, organisationId: org, firstWeek, weeks, until } = o
  const end = until - 3_600_000
  const pilotIndex = o.departments.findIndex((d) => d.name === o.pilot)
  const active = o.people.filter((p) => p.startWeek !== null)
  const weekOf = (t: number) => Math.floor((t - firstWeek) / (7 * DAY))
  const activeAt = (p: CommunityPerson, week: number) =>
    p.startWeek !== null && p.startWeek <= week && week < (p.stopWeek ?? weeks)
  const timeIn = (week: number) =>
    firstWeek +
    week * 7 * DAY +
    rng.int(0, 4) * DAY +
    rng.int(7, 16) * 3_600_000 +
    rng.int(0, 59) * 60_000
  const iso = (t: number) => new Date(t).toISOString()

  const posts: Row[] = []
  const postComments: Row[] = []
  const reactions: Row[] = []
  const replications: Row[] = []
  const reports: Row[] = []

  const templatesFor = (p: CommunityPerson) => {
    if (p.language === 'en') return en
    const department = o.departments[p.department]?.name
    const own = nb.filter((t) => t.departments?.includes(department ?? ''))
    const general = nb.filter((t) => !t.departments)
    // Mostly one's own department's tasks, else the general ones.
    return own.length > 0 && rng.chance(0.6) ? own : general
  }

  function addPost(author: CommunityPerson, week: number) {
    const t = rng.pick(templatesFor(author))
    const created = Math.min(timeIn(week), end)
    const minutes = t.minutes
    const before = minutes ? Math.max(5, Math.round(minutes[0] * (0.8 + rng.next() * 0.4))) : null
    const after =
      minutes && before !== null
        ? Math.max(1, Math.min(before, Math.round(minutes[1] * (0.7 + rng.next() * 0.6))))
        : null
    posts.push({
      id: rng.uuid(),
      organisation_id: org,
      author_id: author.id,
      kind: t.kind,
      title: rng.pick(t.titles),
      body: t.body,
      task: t.task,
      department_id: o.departments[author.department]?.id ?? null,
      tool: t.kind === 'question' ? null : rng.pick(TOOLS),
      prompt_text: t.prompt ?? null,
      minutes_before: before,
      minutes_after: after,
      data_class: t.dataClass ?? 'green',
      tags: t.tags,
      source_kind: null,
      source_id: null,
      status: 'published',
      moderation_reason: null,
      moderated_by: null,
      moderated_at: null,
      revision: 1,
      created_at: iso(created),
      updated_at: iso(created),
    })
  }

  // Posts: per person and quarter of their active weeks, ~0.4 (the pilot twice that).
  for (const person of active) {
    const rate =
      0.4 * (person.department === pilotIndex ? 2 : 1) * Math.min(2, 0.6 + person.pace * 0.5)
    let posted = false
    for (let q = 0; q < 4; q++) {
      const from = Math.max(person.startWeek!, q * 13)
      const to = Math.min(person.stopWeek ?? weeks, (q + 1) * 13)
      if (from >= to) continue
      const n = rng.poisson(rate * ((to - from) / 13))
      for (let i = 0; i < n; i++) {
        let week = rng.int(from, to - 1)
        if (o.season(new Date(firstWeek + week * 7 * DAY + 3 * DAY)) < 0.5)
          week = rng.int(from, to - 1)
        addPost(person, week)
        posted = true
      }
    }
    if (!posted && o.alwaysPosts?.includes(person.id)) {
      addPost(person, rng.int(person.startWeek!, (person.stopWeek ?? weeks) - 1))
    }
  }
  posts.sort((a, b) => (a.created_at as string).localeCompare(b.created_at as string))

  // Comments, reactions and replications, by colleagues active when the post came (drawn from
  // the week's active people, the author left out by drawing again: no list per post, so
  // 10 000 people stay fast).
  const activeIn = Array.from({ length: weeks }, (_, w) => active.filter((p) => activeAt(p, w)))
  const activeIds = activeIn.map((list) => new Set(list.map((p) => p.id)))
  const personById = new Map(o.people.map((p) => [p.id, p]))
  for (const post of posts) {
    const created = Date.parse(post.created_at as string)
    const week = Math.min(weeks - 1, Math.max(0, weekOf(created)))
    const inWeek = activeIn[week]!
    const others = inWeek.length - (activeIds[week]!.has(post.author_id as string) ? 1 : 0)
    if (others <= 0) continue
    const readers = {
      length: others,
      pick: (): CommunityPerson => {
        for (;;) {
          const p = rng.pick(inWeek)
          if (p.id !== post.author_id) return p
        }
      },
    }
    const author = personById.get(post.author_id as string)!
    const later = (maxDays: number) =>
      Math.min(end, created + rng.int(10, maxDays * 24 * 60) * 60_000)

    const commentCount = Math.min(readers.length, rng.poisson(post.kind === 'question' ? 2.5 : 1.1))
    for (let i = 0; i < commentCount; i++) {
      const who = readers.pick()
      const at = later(6)
      postComments.push(comment(post, who.id, rng.pick(comments[who.language]), at))
      if (rng.chance(0.3)) {
        postComments.push(
          comment(
            post,
            author.id,
            rng.pick(comments.reply[author.language]),
            Math.min(end, at + rng.int(20, 600) * 60_000),
          ),
        )
      }
    }

    const reactors = Math.min(readers.length, rng.poisson(post.kind === 'question' ? 1.5 : 4))
    const chosen = new Set<CommunityPerson>()
    for (let i = 0; i < reactors * 2 && chosen.size < reactors; i++) chosen.add(readers.pick())
    for (const who of chosen) {
      const kinds = (['useful', 'thanks', 'tried'] as const).filter((_, k) =>
        rng.chance([0.65, 0.3, 0.15][k]!),
      )
      if (kinds.length === 0) kinds.push('useful')
      for (const kind of kinds) {
        reactions.push({
          id: rng.uuid(),
          organisation_id: org,
          post_id: post.id,
          user_id: who.id,
          kind,
          created_at: iso(later(10)),
        })
      }
    }

    if (post.minutes_before !== null && post.kind !== 'question') {
      const tried = new Set<CommunityPerson>()
      const n = Math.min(readers.length, rng.poisson(0.7))
      for (let i = 0; i < n * 2 && tried.size < n; i++) tried.add(readers.pick())
      for (const who of tried) {
        const before = Math.max(
          5,
          Math.round((post.minutes_before as number) * (0.6 + rng.next() * 0.8)),
        )
        const after = Math.max(
          1,
          Math.min(before, Math.round((post.minutes_after as number) * (0.6 + rng.next() * 0.9))),
        )
        replications.push({
          id: rng.uuid(),
          organisation_id: org,
          post_id: post.id,
          user_id: who.id,
          minutes_before: before,
          minutes_after: after,
          note: rng.chance(0.4)
            ? who.language === 'en'
              ? 'Worked for me with small changes.'
              : 'Fungerte for meg med små endringer.'
            : '',
          created_at: iso(later(20)),
        })
      }
    }
  }

  function comment(post: Row, authorId: string, body: string, at: number): Row {
    return {
      id: rng.uuid(),
      organisation_id: org,
      post_id: post.id,
      author_id: authorId,
      body,
      status: 'published',
      moderation_reason: null,
      moderated_by: null,
      moderated_at: null,
      post_status: 'published',
      created_at: iso(at),
      updated_at: iso(at),
    }
  }

  // Moderation: one post named a customer and was hidden by an ambassador after a report; another
  // report was looked at and kept; one is still open.
  const moderator = o.moderatorId ?? active.find((p) => p.roles.includes('ambassador'))?.id
  const nbPosts = posts.filter(
    (p) =>
      p.kind !== 'question' &&
      (p.tags as string[]).some((t) => ['tilbud', 'kundesvar', 'reklamasjon'].includes(t)),
  )
  const reporterFor = (post: Row) =>
    active.find(
      (p) =>
        p.id !== post.author_id &&
        p.id !== moderator &&
        activeAt(p, weekOf(Date.parse(post.created_at as string))),
    )
  if (moderator && nbPosts.length >= 3) {
    const hidden = nbPosts[Math.floor(nbPosts.length / 2)]!
    const at = Date.parse(hidden.created_at as string)
    hidden.body = `${hidden.body as string}\n\nEksempel: svaret vi sendte til [kunde] i forrige uke.`
    hidden.status = 'hidden'
    hidden.moderation_reason =
      'Innlegget nevnte en kunde ved navn. Skriv det gjerne på nytt uten navnet.'
    hidden.moderated_by = moderator
    hidden.moderated_at = iso(Math.min(end, at + 5 * 3_600_000))
    hidden.updated_at = hidden.moderated_at
    const reporter = reporterFor(hidden)
    if (reporter) {
      reports.push(
        report(
          hidden,
          reporter.id,
          'personal_data',
          'Det står navnet på en kunde i eksempelet.',
          Math.min(end, at + 2 * 3_600_000),
          'hidden',
          hidden.moderated_at as string,
        ),
      )
    }
    const kept = nbPosts[1]!
    const keptAt = Date.parse(kept.created_at as string)
    const keptReporter = reporterFor(kept)
    if (keptReporter) {
      reports.push(
        report(
          kept,
          keptReporter.id,
          'wrong',
          'Jeg tror ikke dette verktøyet er godkjent for gule data?',
          Math.min(end, keptAt + DAY),
          'kept',
          iso(Math.min(end, keptAt + 2 * DAY)),
        ),
      )
    }
    const open = nbPosts[nbPosts.length - 1]!
    const openReporter = reporterFor(open)
    if (openReporter && open !== hidden && open !== kept) {
      reports.push(
        report(
          open,
          openReporter.id,
          'other',
          'Bør dette ligge i biblioteket i stedet?',
          Math.min(end, Date.parse(open.created_at as string) + 3_600_000),
          null,
          null,
        ),
      )
    }
  }

  function report(
    post: Row,
    reporterId: string,
    reason: string,
    note: string,
    at: number,
    resolution: string | null,
    resolvedAt: string | null,
  ): Row {
    return {
      id: rng.uuid(),
      organisation_id: org,
      target_table: 'community_posts',
      target_id: post.id,
      reporter_id: reporterId,
      reason,
      note,
      created_at: iso(at),
      resolved_at: resolvedAt,
      resolution,
    }
  }

  // What the triggers keep: each comment's post status and each post's figures.
  const byPost = new Map(
    posts.map((p) => [
      p.id,
      { useful: 0, tried: 0, thanks: 0, comments: 0, saved: [] as number[] },
    ]),
  )
  for (const r of reactions) byPost.get(r.post_id)![r.kind as 'useful' | 'tried' | 'thanks']++
  const statusOf = new Map(posts.map((p) => [p.id, p.status]))
  for (const c of postComments) {
    c.post_status = statusOf.get(c.post_id)
    if (c.status === 'published') byPost.get(c.post_id)!.comments++
  }
  for (const r of replications)
    byPost.get(r.post_id)!.saved.push((r.minutes_before as number) - (r.minutes_after as number))
  for (const p of posts) {
    const f = byPost.get(p.id)!
    p.reaction_counts = { useful: f.useful, tried: f.tried, thanks: f.thanks }
    p.comment_count = f.comments
    p.replication_count = f.saved.length
    p.replication_median_saved = median(f.saved)
  }

  return [
    ['public.community_posts', posts],
    ['public.community_comments', postComments],
    ['public.community_reactions', reactions],
    ['public.community_replications', replications],
    ['public.community_reports', reports],
  ]
}

/** The median as the server computes it: percentile_cont(0.5), rounded half away from zero. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = (s.length - 1) / 2
  const v = (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2
  return Math.sign(v) * Math.round(Math.abs(v))
}
