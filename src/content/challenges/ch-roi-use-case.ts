import type { PromptChallenge } from '@/content/types'

export default {
  id: 'ch-roi-use-case',
  competency: 'roi-measurement',
  level: 'expert',
  dataClass: 'yellow',
  minutes: 20,
  title: {
    nb: 'Dokumenter gevinsten av et brukstilfelle',
    en: 'Document the benefit of a use case',
  },
  task: {
    nb: 'Velg en oppgave der du eller teamet bruker KI. Få KI til å hjelpe deg med et enkelt regnestykke: tid før og etter, hvor mange ganger i året oppgaven gjøres, timekost og kostnader. Regn ut ROI = (nytte − kostnad) / kostnad × 100, med et lavt, et middels og et høyt anslag. Merk hvert tall som målt, selvrapportert eller modellert, og regn over alt selv.',
    en: 'Choose a task where you or your team use AI. Get the AI to help you with a simple calculation: time before and after, how many times a year the task is done, hourly cost and costs. Work out ROI = (benefit − cost) / cost × 100, with a low, a middle and a high estimate. Label every figure as measured, self-reported or modelled, and check all the arithmetic yourself.',
  },
  flavours: {
    finance: {
      nb: 'Regnskapet bruker KI til å foreslå kontering og forklaring på avvik i leverandørfakturaer. Dere har tatt tid på 40 fakturaer før og 40 etter.',
      en: 'Accounting uses AI to suggest postings and explain discrepancies on supplier invoices. You have timed 40 invoices before and 40 after.',
    },
    project: {
      nb: 'En kravspesifikasjon tok før seks timer og tar nå omtrent to. Dere lager rundt 24 i året.',
      en: 'A requirement specification used to take six hours and now takes about two. You write around 24 a year.',
    },
    'customer-service': {
      nb: 'Standardsvar laget med KI har kortet ned svartiden på e-post. Dere har tall fra saksbehandlingssystemet for de siste åtte ukene.',
      en: 'Standard replies made with AI have shortened the reply time on e-mail. You have figures from the case system for the last eight weeks.',
    },
    hr: {
      nb: 'Stillingsannonser og intervjuguider lages nå med KI. HR anslår at hver rekruttering sparer tre timer, og dere rekrutterer rundt 30 i året.',
      en: 'Job ads and interview guides are now drafted with AI. HR estimates that each recruitment saves three hours, and you recruit around 30 people a year.',
    },
  },
  hints: [
    {
      nb: 'Gi KI tallene selv. Ikke la den finne på timekost, volum eller besparelse.',
      en: 'Give the AI the figures yourself. Do not let it invent the hourly cost, the volume or the saving.',
    },
    {
      nb: 'Bruk en gjennomsnittlig timekost for rollen, aldri lønnen til enkeltpersoner.',
      en: 'Use an average hourly cost for the role, never the pay of individuals.',
    },
    {
      nb: 'KI gjør regnefeil. Kontroller regnestykket med kalkulator eller regneark før du deler det.',
      en: 'AI makes arithmetic mistakes. Check the calculation with a calculator or a spreadsheet before you share it.',
    },
    {
      nb: 'Husk kostnadene: opplæringstid, lisenser og tiden det tar å kvalitetssikre svarene.',
      en: 'Remember the costs: training time, licences and the time it takes to quality-check the answers.',
    },
  ],
  examplePrompt: {
    nb: `Du er en nøktern økonomirådgiver som hjelper en norsk bedrift med å dokumentere gevinster av KI.

Kontekst: Prosjektlederne våre lager kravspesifikasjoner med KI. Tall:
– Tid før: 6 timer per kravspesifikasjon (målt i timeføringen, snitt av 10 stykker).
– Tid nå: 2 timer (selvrapportert av 4 prosjektledere).
– Antall per år: 24 (målt).
– Gjennomsnittlig timekost for prosjektledere: [TIMEKOST] kroner (fra økonomi).
– Kostnader første år: lisenser [LISENSKOSTNAD] kroner og opplæring 40 timer.

Oppgave: Sett opp regnestykket for nytte, kostnad og ROI = (nytte − kostnad) / kostnad × 100.

Format: En tabell med lavt, middels og høyt anslag. Under tabellen: hvert tall merket som målt, selvrapportert eller modellert, og tre forslag til hvordan vi kan måle bedre neste gang.

Begrensninger: Hold deg til tallene over, og ikke finn på timekost, volum eller besparelse. Vis alle mellomregninger. Skriv [MANGLER] hvis du trenger et tall jeg ikke har gitt deg.`,
    en: `You are a sober financial adviser helping a Norwegian company document the benefits of AI.

Context: Our project managers write requirement specifications with AI. Figures:
– Time before: 6 hours per specification (measured in time records, average of 10).
– Time now: 2 hours (self-reported by 4 project managers).
– Number per year: 24 (measured).
– Average hourly cost for project managers: NOK [HOURLY COST] (from finance).
– Costs in the first year: licences NOK [LICENCE COST] and 40 hours of training.

Task: Set out the calculation of benefit, cost and ROI = (benefit − cost) / cost × 100.

Format: A table with a low, a middle and a high estimate. Below the table: every figure labelled as measured, self-reported or modelled, and three suggestions for measuring better next time.

Constraints: Stick to the figures above, and do not invent an hourly cost, a volume or a saving. Show all your workings. Write [MISSING] if you need a figure I have not given you.`,
  },
} satisfies PromptChallenge
