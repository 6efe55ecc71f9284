import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-login-help',
  competency: 'data-compliance',
  level: 'basic',
  department: 'it',
  title: {
    nb: 'Hjelp med innlogging',
    en: 'Help with signing in',
  },
  request: {
    nb: 'En ansatt får ikke logget inn i lønnssystemet. Skriv et kort svar til den ansatte: hva hen kan prøve selv, og hva IT-brukerstøtte trenger for å hjelpe. Vi har en brukerstøtteportal.',
    en: 'An employee cannot sign in to the payroll system. Write a short reply to the employee: what they can try themselves, and what IT support needs in order to help. We have a support portal.',
  },
  sentences: [
    {
      id: 'fl-login-help.s1',
      flawed: false,
      text: {
        nb: 'Prøv først å logge ut og inn igjen, og sjekk at du bruker jobbkontoen din.',
        en: 'First try signing out and in again, and check that you are using your work account.',
      },
    },
    {
      id: 'fl-login-help.s2',
      flawed: false,
      text: {
        nb: 'Har du nylig byttet passord, kan det ta noen minutter før det nye gjelder i alle systemer.',
        en: 'If you changed your password recently, it can take a few minutes before the new one works in every system.',
      },
    },
    {
      id: 'fl-login-help.s3',
      flawed: true,
      kind: 'outside-approved-tools',
      text: {
        nb: 'Du kan også lime inn feilmeldingen og loggfilen i en gratis KI-chatbot på nettet, så får du en forklaring med en gang.',
        en: 'You can also paste the error message and the log file into a free AI chatbot online to get an explanation straight away.',
      },
      explanation: {
        nb: 'Råd om å bruke et verktøy som ikke er godkjent. Loggfiler inneholder ofte brukernavn, e-postadresser, IP-adresser og noen ganger personopplysninger fra lønnssystemet. De skal ikke inn i en gratis tjeneste. KI foreslår gjerne det som er raskest, ikke det som er tillatt. Hold deg til verktøyene virksomheten har godkjent, og send loggen til brukerstøtte.',
        en: 'Advice to use a tool that is not approved. Log files often hold user names, e-mail addresses, IP addresses and sometimes personal data from the payroll system. They must not go into a free service. AI tends to suggest what is quickest, not what is allowed. Stick to the tools your organisation has approved, and send the log to IT support.',
      },
    },
    {
      id: 'fl-login-help.s4',
      flawed: true,
      kind: 'wrong-fact',
      text: {
        nb: 'Send gjerne passordet ditt til brukerstøtte, så kan de teste innloggingen for deg.',
        en: 'Feel free to send your password to IT support so they can test the sign-in for you.',
      },
      explanation: {
        nb: 'Farlig råd. Et passord skal aldri deles, heller ikke med IT. Brukerstøtte kan tilbakestille passordet uten å kjenne det, og en e-post som ber om passord, er et kjent tegn på svindel. Les alltid sikkerhetsråd fra KI med ekstra skepsis.',
        en: 'Dangerous advice. A password must never be shared, not even with IT. Support can reset a password without knowing it, and an e-mail asking for a password is a known sign of fraud. Read security advice from AI with extra scepticism.',
      },
    },
    {
      id: 'fl-login-help.s5',
      flawed: false,
      text: {
        nb: 'Får du det fortsatt ikke til, melder du saken i brukerstøtteportalen med et skjermbilde av feilmeldingen.',
        en: 'If it still does not work, report it in the support portal with a screenshot of the error message.',
      },
    },
  ],
} satisfies SpotTheFlaw
