import { materials } from '../../data/materials'
import { expect, seriousA11yViolations, test } from './support'

for (const material of materials) {
  test(`the ${material.slug} handout opens at #/handout/${material.slug} with its title, accessibly`, async ({ page }) => {
    await page.goto(`./#/handout/${material.slug}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(material.title)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByRole('main')).toBeVisible()
    await expect(page).toHaveTitle(`${material.title} · Reading the SCO essay`)
    const violations = await seriousA11yViolations(page, '.handout-view')
    expect(violations).toEqual([])
  })
}

test('a handout scrolls as a document, and on paper shows neither its controls nor the offline notice', async ({ page }) => {
  await page.goto('./#/handout/claims')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The claims checked')
  const scrolls = await page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight)
  expect(scrolls).toBe(true)
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible()
  // Whatever else the app shows beside the handout, such as the offline notice: a stand-in here.
  await page.evaluate(() => {
    const notice = document.createElement('div')
    notice.textContent = 'Shown beside the handout'
    document.querySelector('#app')!.append(notice)
  })
  await expect(page.getByText('Shown beside the handout')).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Back to the lesson' })).toBeHidden()
  await expect(page.getByText('Shown beside the handout')).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('a handout\'s column of minutes is right-aligned, as on the slides', async ({ page }) => {
  await page.goto('./#/handout/debate')
  const order = page.getByRole('region', { name: 'Running order' })
  await expect(order.getByRole('columnheader', { name: 'Minutes' })).toHaveCSS('text-align', 'right')
  await expect(order.getByRole('cell', { name: '25' })).toHaveCSS('text-align', 'right')
  await expect(order.getByRole('rowheader', { name: 'Total' })).toHaveCSS('text-align', 'left')
})

test('the answer key sets its table of traced figures at 9pt, smaller than a handout\'s usual 10pt', async ({ page }) => {
  await page.goto('./#/handout/answer-key')
  await expect(page.getByRole('region', { name: 'The figures traced' }).getByRole('table')).toHaveCSS('font-size', '12px')
  await page.goto('./#/handout/debate')
  await expect(page.getByRole('region', { name: 'Roles' }).getByRole('table')).toHaveCSS('font-size', '13.3333px')
})

test('an unknown handout says so and lists the ones there are', async ({ page }) => {
  await page.goto('./#/handout/no-such-sheet')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No handout called “no-such-sheet”')
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(materials.length)
  await page.getByRole('link', { name: 'Exit ticket' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exit ticket')
})

test('the built site describes itself as a schema.org LearningResource', async ({ request }) => {
  const html = await (await request.get('./')).text()
  const block = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)
  expect(block, 'no JSON-LD in the built index.html').not.toBeNull()
  const resource = JSON.parse(block![1]!)
  expect(resource['@context']).toBe('https://schema.org')
  expect(resource['@type']).toBe('LearningResource')
  expect(resource.name).toBe('Reading “The Dubious Agenda of the SCO”')
  expect(resource.description).toContain('The Dubious Agenda of the SCO')
  expect(resource.teaches).toHaveLength(5)
  expect(resource.teaches[0]).toBe('Summarize the essay\'s thesis and its recommendation in two sentences')
  expect(resource.educationalLevel).toBe('Upper secondary (ages 16-18) or first-year university')
  expect(resource.timeRequired).toBe('PT50M')
  expect(resource.license).toBe('https://creativecommons.org/licenses/by/4.0/')
  expect(resource.inLanguage).toBe('en')
  expect(resource.learningResourceType).toContain('lesson plan')
})
