import type { SpotTheFlaw } from '@/content/types'

export default {
  id: 'fl-site-meeting',
  competency: 'quality-assurance',
  level: 'intermediate',
  department: 'project',
  title: {
    nb: 'Referat fra byggemøtet',
    en: 'Minutes of the site meeting',
  },
  request: {
    nb: 'Lag et kort referat fra byggemøtet. Notater (roller, ikke navn): Leveransen av vinduer flyttes fra uke 10 til uke 12. Byggelederen varsler byggherren innen fredag. Elektrikeren trenger tegninger for 2. etasje – ingen ansvarlig avtalt. Neste møte torsdag kl. 9.',
    en: 'Write short minutes of the site meeting. Notes (roles, not names): The window delivery moves from week 10 to week 12. The site manager informs the client by Friday. The electrician needs drawings for the first floor – no owner agreed. Next meeting Thursday at 9.',
  },
  sentences: [
    {
      id: 'fl-site-meeting.s1',
      flawed: false,
      text: {
        nb: 'Leveransen av vinduer er flyttet fra uke 10 til uke 12.',
        en: 'The window delivery has moved from week 10 to week 12.',
      },
    },
    {
      id: 'fl-site-meeting.s2',
      flawed: false,
      text: {
        nb: 'Byggelederen varsler byggherren om endringen innen fredag.',
        en: 'The site manager will inform the client of the change by Friday.',
      },
    },
    {
      id: 'fl-site-meeting.s3',
      flawed: false,
      text: {
        nb: 'Elektrikeren trenger tegningene for 2. etasje.',
        en: 'The electrician needs the drawings for the first floor.',
      },
    },
    {
      id: 'fl-site-meeting.s4',
      flawed: false,
      text: {
        nb: 'Det ble ikke avtalt hvem som skaffer tegningene, så det må avklares.',
        en: 'Nobody was agreed to get the drawings, so that needs settling.',
      },
    },
    {
      id: 'fl-site-meeting.s5',
      flawed: false,
      text: {
        nb: 'Neste møte er torsdag klokka 9.',
        en: 'The next meeting is on Thursday at 9.',
      },
    },
  ],
} satisfies SpotTheFlaw
