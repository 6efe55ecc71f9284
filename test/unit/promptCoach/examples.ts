/** Real-looking prompts from Norwegian workplaces, good and weak, in bokmål and English. */
export const goodPrompts = {
  offerNb: `Du er en erfaren prosjektleder i et rørleggerfirma med 60 ansatte. Kunden er et borettslag i Trondheim som skal skifte stigerør i tre blokker, og styret ønsker et tilbud før styremøtet 12. juni.
Skriv et tilbudsbrev til styret i borettslaget. Bruk disse opplysningene: oppstart uke 34, varighet 10 uker, pris kr 2 450 000 eks. mva., beboerne får vann tilbake hver kveld.
Format: en kort innledning, deretter en tabell med faser, tid og pris, og til slutt tre punkter om hva som ikke er inkludert. Maks 300 ord.
Tonen skal være vennlig og saklig, i klarspråk. Ikke lov ferdigstillelse før uke 44. Hvis du er usikker på noe, skriv det som et spørsmål til meg.`,

  requirementsNb: `Du er en erfaren forretningsanalytiker. Bakgrunn: vi er et regnskapsbyrå med 80 ansatte som skal bytte timeføringssystem, fordi dagens løsning ikke fungerer på mobil.
Lag et utkast til kravspesifikasjon for det nye systemet. Målgruppen er leverandørene som skal gi tilbud.
Del kravene inn i funksjonelle krav, tekniske krav og krav til personvern, som en nummerert liste med prioritet (må/bør/kan).
Unngå merkenavn, og ikke finn på krav som ikke følger av bakgrunnen. Eksempel på et krav: «Systemet må la den ansatte føre timer uten nettdekning og synkronisere senere.»`,

  jobAdNb: `Opptre som rekrutteringsrådgiver i en mellomstor produksjonsbedrift på Raufoss.
Skriv en stillingsannonse for en vedlikeholdstekniker i skiftordning. Målgruppen er fagarbeidere med fagbrev som i dag jobber i industrien i Innlandet.
Ta med arbeidsoppgaver, kvalifikasjoner og hva vi tilbyr, i punktliste, og avslutt med søknadsfrist 15. mars. Maks 250 ord.
Bruk du-form og en varm, direkte tone. Unngå klisjeer som «dynamisk arbeidsmiljø», og ikke bruk formuleringer som kan virke diskriminerende på alder eller kjønn.`,

  customerServiceNb: `Du er kundebehandler i en nettbutikk for sportsutstyr. Her er e-posten fra kunden: «Jeg bestilte ski for tre uker siden og har fortsatt ikke fått dem. Dette er ikke greit, jeg skal på tur neste helg!»
Skriv et svar til kunden. Beklag forsinkelsen, forklar at pakken står på terminalen i Alnabru og kommer fram innen fredag, og tilby gratis retur.
Svaret skal være på maks 120 ord, i klarspråk med en rolig og vennlig tone. Ikke lov noe vi ikke kan holde, og ikke bruk kundens fulle navn.`,

  incidentNb: `Du er driftsleder i et IT-selskap. Bakgrunn: i natt var betalingsløsningen nede fra 02.10 til 04.45 etter en feil i en databaseoppdatering. Notatene fra vakten står under.
Oppsummer hendelsen for ledergruppen som et notat med overskriftene Hva skjedde, Konsekvenser, Årsak og Tiltak. Maks én side.
Hold deg til fakta i notatene, ikke gjett på årsaker som ikke står der, og marker tydelig det som er usikkert.
Notater: 02.10 varsel om feil i betaling. 02.25 vakt tilkalt. 03.40 rollback startet. 04.45 alt i drift igjen.`,

  offerEn: `You are an experienced sales manager at a Norwegian IT consultancy with 120 employees. The customer is a municipality that wants help moving its case-handling system to the cloud.
Draft an offer letter for the municipality's procurement team. Use these facts: start in September, 14 weeks, fixed price NOK 1.8 million.
Format it as a short introduction, a table of phases with weeks and price, and three bullet points on what is not included. Under 300 words.
Keep a friendly, professional tone in plain language. Don't promise a go-live date, and if you are unsure about anything, list it as a question for me.`,

  incidentEn: `Act as an operations manager. Background: last night our payment service was down from 02:10 to 04:45 after a failed database migration. The on-call notes are below.
Summarise the incident for the management team as a memo with the headings What happened, Impact, Cause and Actions, in no more than 250 words.
Stick to the facts in the notes, do not guess at causes that are not there, and mark anything uncertain.
For example: "02:25 on-call engineer paged; 03:40 rollback started."`,

  jobAdEn: `You are a recruitment adviser at a food producer in Stavanger with 90 employees.
Write a job ad for a quality engineer. The audience is food technologists with 2–5 years of experience.
List the duties, the qualifications and what we offer as bullet points, max 250 words.
Use a warm, direct tone and avoid clichés such as "fast-paced environment".`,
}

export const weakPrompts = {
  vagueNb: 'Skriv noe om KI.',
  offerVagueNb: 'Lag et tilbud.',
  jobAdVagueNb: 'Kan du skrive en stillingsannonse?',
  customerVagueNb: 'Svar på denne klagen',
  vagueEn: 'Write something about AI.',
  offerVagueEn: 'Make an offer for a customer',
  incidentVagueEn: 'Summarise what happened last night.',
  helloNb: 'hei',
}
