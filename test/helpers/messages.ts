import nb from '@/locales/nb.json'
import en from '@/locales/en.json'
import nbLearning from '@/locales/learning/nb.json'
import enLearning from '@/locales/learning/en.json'
import nbPractice from '@/locales/practice/nb.json'
import enPractice from '@/locales/practice/en.json'
import nbAccount from '@/locales/account/nb.json'
import enAccount from '@/locales/account/en.json'
import nbCommunity from '@/locales/community/nb.json'
import enCommunity from '@/locales/community/en.json'
import nbHr from '@/locales/hr/nb.json'
import enHr from '@/locales/hr/en.json'

/** Every message group of both languages, for component tests (the app loads them by route). */
export const allMessages = {
  nb: { ...nb, ...nbLearning, ...nbPractice, ...nbAccount, ...nbCommunity, ...nbHr },
  en: { ...en, ...enLearning, ...enPractice, ...enAccount, ...enCommunity, ...enHr },
}
