/**
 * The SCORM 1.2 package in a learning platform: scorm-again's API on a parent page, the package's
 * launch file in a frame, as Moodle or Canvas would open it.
 */
import type { Frame, Page } from '@playwright/test'
import type { ScormHost } from '../support/scorm-host'
import { resolve } from 'node:path'
import { questions, questionsFor } from '../../data/questions'
import { loadDeck } from '../support/deck'
import { hostScormPackage } from '../support/scorm-host'
import { slideSelector, slidevDom } from '../support/slidev-dom'
import { expect, test } from './support'

const zipPath = resolve(import.meta.dirname, '../../dist/sco-dubious-agenda-scorm12.zip')
let host: ScormHost

test.beforeAll(async () => {
  host = await hostScormPackage(zipPath)
})

test.afterAll(async () => {
  await host?.close()
})

/** The lesson's frame, once the deck shows a slide in it. */
async function lesson(page: Page): Promise<Frame> {
  const frame = page.frame({ url: /\/package\/index\.html/ })
  expect(frame, 'the platform page has the lesson in a frame').toBeTruthy()
  await expect(frame!.locator(`${slidevDom.page}:visible`)).toHaveCount(1)
  return frame!
}

/** What the platform has recorded for an element such as `core.lesson_status`. */
function recorded(page: Page, element: string): Promise<string> {
  return page.evaluate(path => String(path.split('.').reduce<any>((value, key) => value[key], (window as any).API.cmi)), element)
}

async function showSlide(frame: Frame, no: number) {
  await frame.evaluate(target => location.hash = `#/${target}`, no)
  await expect(frame.locator(slideSelector(no))).toBeVisible()
}

/** Checks `optionId` for the question on screen; "Next question" after it when more follow. */
async function answer(frame: Frame, questionId: string, optionId: string) {
  const question = questions.find(candidate => candidate.id === questionId)!
  const slide = frame.locator(`${slidevDom.page}:visible`)
  await expect(slide.getByRole('group', { name: question.stem })).toBeVisible()
  await slide.getByRole('radio', { name: question.options.find(option => option.id === optionId)!.text }).check()
  await slide.getByRole('button', { name: 'Check' }).click()
  await expect(slide.getByRole('status')).toContainText(optionId === question.correct
    ? 'Right.'
    : 'Not quite.')
}

test('the package\'s manifest is valid SCORM 1.2 and lists exactly the files it holds', async ({ page }) => {
  const manifest = new TextDecoder().decode(host.entries.get('imsmanifest.xml'))
  const found = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    const cp = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2'
    const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2'
    const resources = [
      ...doc.getElementsByTagNameNS(cp, 'resource'),
    ]
    return {
      parseError: doc.getElementsByTagName('parsererror').length > 0,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      schemaLocation: doc.documentElement.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'schemaLocation')!.split(/\s+/),
      schemaversion: doc.getElementsByTagNameNS(cp, 'schemaversion')[0]?.textContent,
      organizations: doc.getElementsByTagNameNS(cp, 'organization').length,
      items: [
        ...doc.getElementsByTagNameNS(cp, 'item'),
      ].map(item => item.getAttribute('identifierref')),
      resources: resources.map(resource => ({
        identifier: resource.getAttribute('identifier'),
        scormtype: resource.getAttributeNS(adlcp, 'scormtype'),
        href: resource.getAttribute('href'),
      })),
      title: doc.querySelector('organization > title')?.textContent,
      description: doc.getElementsByTagNameNS('http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'description')[0]?.textContent?.trim(),
      files: [
        ...doc.getElementsByTagNameNS(cp, 'file'),
      ].map(file => decodeURIComponent(file.getAttribute('href')!)),
    }
  }, manifest)

  expect(found.parseError).toBe(false)
  expect(found.root).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2 manifest')
  expect(found.schemaLocation).toEqual([
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    'imscp_rootv1p1p2.xsd',
    'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
    'imsmd_rootv1p2p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    'adlcp_rootv1p2.xsd',
  ])
  expect(found.schemaversion).toBe('1.2')
  expect(found.organizations).toBe(1)
  expect(found.resources).toHaveLength(1)
  expect(found.resources[0]).toMatchObject({ scormtype: 'sco', href: 'index.html' })
  expect(found.items).toEqual([found.resources[0]!.identifier])
  expect(found.title).toBe('The Dubious Agenda of the SCO')
  expect(found.description).toMatch(/^Two 50-minute lessons on the essay "The Dubious Agenda of the SCO"/)

  const packaged = [
    ...host.entries.keys(),
  ].filter(path => !path.endsWith('/') && path !== 'imsmanifest.xml').sort()
  expect([...found.files].sort()).toEqual(packaged)
  expect(packaged).toContain('index.html')
  expect(packaged).toContain('sco-dubious-agenda.pdf')
})

test('in a learning platform the lesson records progress, answers and score, resumes, completes and finishes', async ({ page, deckPage }) => {
  const deck = await loadDeck()
  const slideWith = (section: string) => deck.find(slide => slide.selfChecks.includes(section))!
  const lastSlide = deck.length
  // The score below is for this bank: a change of the question count must fail here, loudly.
  expect(questions).toHaveLength(14)

  await test.step('start: incomplete', async () => {
    await page.goto(host.url)
    await lesson(page)
    await expect.poll(() => recorded(page, 'core.lesson_status')).toBe('incomplete')
  })

  const origins = questionsFor('origins')[0]!
  const growth = questionsFor('growth')[0]!
  const growthWrong = growth.options.find(option => option.id !== growth.correct)!
  await test.step('a later slide and two answers, one right, one wrong: location, answers, score', async () => {
    const frame = await lesson(page)
    await showSlide(frame, slideWith('origins').no)
    await answer(frame, origins.id, origins.correct)
    await showSlide(frame, slideWith('growth').no)
    await answer(frame, growth.id, growthWrong.id)
    await expect.poll(() => recorded(page, 'core.score.raw')).toBe('7')
    await expect.poll(() => recorded(page, 'core.lesson_location')).toBe('check-growth')
    await expect.poll(() => recorded(page, 'suspend_data')).toBe('1|origins-bargain:mutual-suppression,growth-why-it-matters:trade')
    await expect.poll(() => recorded(page, 'core.score.min')).toBe('0')
    await expect.poll(() => recorded(page, 'core.score.max')).toBe('100')
    await expect.poll(() => recorded(page, 'core.lesson_status')).toBe('incomplete')
  })

  await test.step('leave and come back: LMSFinish was called, the lesson resumes at that slide with its answers', async () => {
    await deckPage.leave()
    await page.goto(host.url)
    await expect.poll(() => page.evaluate(() => localStorage.getItem('finishCalls'))).toBe('1')
    const frame = await lesson(page)
    const resumed = frame.locator(slideSelector(slideWith('growth').no))
    await expect(resumed).toBeVisible()
    await expect(resumed.getByText('Your first answer, the one that counts:')).toHaveText('Your first answer, the one that counts: B, not right.')
    await expect.poll(() => recorded(page, 'suspend_data')).toBe('1|origins-bargain:mutual-suppression,growth-why-it-matters:trade')
  })

  await test.step('every question answered and the last slide reached: completed', async () => {
    const frame = await lesson(page)
    const sections = [
      ...new Set(questions.map(question => question.section)),
    ].filter(section => section !== 'origins' && section !== 'growth')
    for (const section of sections) {
      await showSlide(frame, slideWith(section).no)
      const set = questionsFor(section)
      for (const [index, question] of set.entries()) {
        await answer(frame, question.id, question.correct)
        if (index < set.length - 1)
          await frame.locator(`${slidevDom.page}:visible`).getByRole('button', { name: 'Next question' }).click()
      }
    }
    await expect.poll(() => recorded(page, 'core.score.raw')).toBe('93')
    await expect.poll(() => recorded(page, 'core.lesson_status')).toBe('incomplete')
    await showSlide(frame, lastSlide)
    await expect.poll(() => recorded(page, 'core.lesson_status')).toBe('completed')
  })

  await test.step('leaving the page finishes the session', async () => {
    await deckPage.settle()
    await page.goto(`${host.url}package/imsmanifest.xml`)
    await expect.poll(() => page.evaluate(() => localStorage.getItem('finishCalls'))).toBe('2')
    const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('cmi')!))
    expect(saved.core.lesson_status).toBe('completed')
    expect(saved.core.exit).toBe('')
  })
})

test('a platform that refuses what it is sent leaves the lesson working, with one console warning', async ({ page, deckPage }) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning')
      warnings.push(message.text())
  })
  const deck = await loadDeck()
  await page.goto(`${host.url}?refusing`)
  const frame = await lesson(page)
  const question = questionsFor('origins')[0]!
  await showSlide(frame, deck.find(slide => slide.selfChecks.includes('origins'))!.no)
  await answer(frame, question.id, question.correct)
  await showSlide(frame, deck.length)
  await expect(frame.locator(slideSelector(deck.length - 1))).toBeAttached()
  await deckPage.leave()
  expect(warnings.filter(warning => warning.includes('SCORM'))).toEqual([
    'The learning platform’s SCORM API refused LMSSetValue("cmi.core.lesson_status") (error 101); the lesson goes on, but your progress may not be recorded.',
  ])
})
