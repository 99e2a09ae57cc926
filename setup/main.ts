/// <reference types="@slidev/types/client" />
/**
 * Links to slides that do not exist. Slidev 53 shows the first slide under a wrong address for
 * `#/999` or `#/abc` (so "next" and the slide number disagree with the URL) and keeps a `?clicks=`
 * that is not a number. Here `#/999` and `#/0` go to the nearest slide, a name that is no slide
 * goes to Slidev's "not found" page (with its way home), and a bad click count is dropped — for
 * the play and presenter views alike, on first load and on every later navigation.
 */
import type { DeckIndex } from '../lib/slide-link'
import { defineAppSetup } from '@slidev/types'
import { slides } from '#slidev/slides'
import { setPresenterNotesDefaults } from '../lib/presenter-layout'
import { findScormApi } from '../lib/scorm-api'
import { isValidClicks, landingFor, routeAlias, slidePath } from '../lib/slide-link'
import { notesBeforeOtherViews } from './notes'

function deckIndex(): DeckIndex {
  const aliases = new Map<number, string>()
  for (const slide of slides.value) {
    const alias = routeAlias(slide)
    if (alias)
      aliases.set(slide.no, alias)
  }
  return { total: slides.value.length, aliases }
}

export default defineAppSetup(({ router }) => {
  const scormApi = typeof window === 'undefined'
    ? undefined
    : findScormApi(window)
  if (typeof window !== 'undefined')
    setPresenterNotesDefaults(window.localStorage)
  if (scormApi)
    void import('./scorm').then(({ keepRecordInLearningPlatform }) => keepRecordInLearningPlatform(scormApi, router, deckIndex))
  notesBeforeOtherViews(router)
  router.beforeEach((to) => {
    if (to.name !== 'play' && to.name !== 'presenter')
      return true
    const param = to.params.no
    if (typeof param !== 'string')
      return true
    const deck = deckIndex()
    const landing = landingFor(param, deck)
    const clicks = to.query.clicks
    const badClicks = typeof clicks === 'string' && !isValidClicks(clicks)
    if (landing.kind === 'not-found') {
      return {
        name: 'NotFound',
        params: {
          pathMatch: to.path.split('/').filter(Boolean),
        },
        query: to.query,
        replace: true,
      }
    }
    if (landing.kind === 'nearest' || badClicks) {
      const { clicks: _dropped, ...query } = to.query
      return {
        path: landing.kind === 'nearest'
          ? slidePath(landing.no, deck, to.name === 'presenter')
          : to.path,
        query,
        replace: true,
      }
    }
    return true
  })
})
