// The starter content the demo company's activity refers to (lessons, quizzes, challenges,
// library prompts), loaded at once: the backend imports this file through Vite's module runner.
import type { Lesson } from '@/content/types'
import { flatten } from '@/content/sets/flatten'
import challenges from '@/content/sets/challenges'
import library from '@/content/sets/library'
import flaws from '@/content/sets/flaws'
import type { DemoContent } from './company'

const lessonFiles = import.meta.glob<{ default: Lesson | readonly Lesson[] }>('../../src/content/lessons/*.ts', {
  eager: true,
})

export const content: DemoContent = { lessons: flatten(lessonFiles), challenges, library, flaws }
export { generateCompany, DEMO_PERSONAS, DEMO_INVITE_CODE, DEMO_ORGANISATION_ID } from './company'
