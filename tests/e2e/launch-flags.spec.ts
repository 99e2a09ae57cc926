import { findBrowser, launchFlags, machineBrowserLookup } from '../../scripts/browser'
import { expect, test } from './support'

const disableFeatures = '--disable-features='

test('every Chromium we launch keeps the features Playwright turns off turned off, and the omnibox popup too', async ({ playwright }) => {
  // --enable-automation: only then does Chromium say what command line it was started with.
  const browser = await playwright.chromium.launch({
    executablePath: findBrowser(machineBrowserLookup()),
    args: [
      ...launchFlags(),
      '--enable-automation',
    ],
  })
  try {
    const session = await browser.newBrowserCDPSession()
    const { arguments: commandLine } = await session.send('Browser.getBrowserCommandLine')
    const lists = commandLine
      .filter(argument => argument.startsWith(disableFeatures))
      .map(argument => argument.slice(disableFeatures.length).split(','))
    expect(lists, 'Playwright\'s list of disabled features, then ours').toHaveLength(2)
    // Chromium applies only the last list it is given.
    const [playwrights, applied] = [lists[0]!, lists[1]!]
    expect(applied).toEqual(expect.arrayContaining(playwrights))
    expect(applied).toEqual(expect.arrayContaining([
      'WebUIOmniboxPopup',
      'WebUIOmniboxFullPopup',
      'WebUIOmniboxAimPopup',
    ]))
  }
  finally {
    await browser.close()
  }
})
