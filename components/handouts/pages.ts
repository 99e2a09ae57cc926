import type { Component } from 'vue'

/**
 * The page component of every handout at `#/handout/<slug>`, loaded only when that handout is
 * opened. One entry per material of data/materials.ts (tests/unit/materials.test.ts holds them equal);
 * any other printed page can be registered here too, and the route serves it the same way.
 */
export const handoutPages: Readonly<Record<string, () => Promise<Component>>> = {
  'reading-guide': () => import('./ReadingGuide.vue'),
  'worksheet': () => import('./Worksheet.vue'),
  'claims': () => import('./ClaimsChecked.vue'),
  'exit-ticket': () => import('./ExitTicket.vue'),
  'debate': () => import('./DebatePack.vue'),
  'answer-key': () => import('./TeacherAnswerKey.vue'),
  'keywords': () => import('./KeywordsSheet.vue'),
  'statuses': () => import('./StatusesSheet.vue'),
  'lesson-at-a-glance': () => import('./LessonAtAGlance.vue'),
  'teachers-guide': () => import('./TeachersGuide.vue'),
  'misconceptions': () => import('./Misconceptions.vue'),
  'content-guidance': () => import('./ContentGuidance.vue'),
  'credits': () => import('./Credits.vue'),
  'glossary': () => import('./GlossarySheet.vue'),
}
