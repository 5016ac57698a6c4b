// The fixtures' watch itself: it records what happens in every page of the journey, not only the first tab:
// a second tab, a popup, a fresh browser context, and a context opened with a bare browser.newContext(). Each
// entry names the page it came from. The journey clears what it provoked, so the watch's own checks then pass.
import { expect, test, type Watch } from './fixtures'

/** forget empties the watch of what this journey provoked on purpose. */
function forget(watch: Watch): void {
  for (const list of [watch.external, watch.cspViolations, watch.errors]) list.length = 0
}

test('the watch records errors, CSP violations and outside requests of every page, naming the page', async ({
  page,
  context,
  browser,
  watch,
  newWatchedContext,
  baseURL,
}) => {
  const home = `${baseURL}/`
  // Whatever this journey asks of the outside is answered here: nothing leaves the machine.
  await context.route('https://example.invalid/**', (route) =>
    route.fulfill({ body: 'ok', headers: { 'access-control-allow-origin': '*' } }),
  )
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()

  // A second tab of the same context: a console error, an uncaught error and a CSP violation.
  const second = await context.newPage()
  await second.goto('/')
  await expect(second.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  await second.evaluate(() => console.error('boom in the second tab'))
  await second.evaluate(() =>
    setTimeout(() => {
      throw new Error('thrown in the second tab')
    }),
  )
  // Blocked by img-src: Chromium still reports the request (it fails as blocked by CSP), and logs an error.
  await second.evaluate(() => {
    const img = document.createElement('img')
    img.src = 'https://example.invalid/pixel.png'
    document.body.append(img)
  })
  await expect.poll(() => watch.errors).toContain(`[page 2 ${home}] boom in the second tab`)
  await expect.poll(() => watch.errors).toContain(`[page 2 ${home}] Error: thrown in the second tab`)
  await expect
    .poll(() => watch.cspViolations)
    .toContain(`[page 2 ${home}] img-src https://example.invalid/pixel.png`)

  // A popup the app's page opens.
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => void window.open('about:blank', '_blank')),
  ])
  await popup.evaluate(() => console.error('boom in a popup'))
  await expect.poll(() => watch.errors).toContain('[page 3 about:blank] boom in a popup')

  // A request outside localhost. A blank tab has no CSP to stop it.
  const blank = await context.newPage()
  await blank.evaluate(() => fetch('https://example.invalid/ping').then((r) => r.text()))
  await expect.poll(() => watch.external).toContain('[page 4 about:blank] https://example.invalid/ping')

  // A fresh browser context from newWatchedContext: its pages are watched from the first navigation on.
  const fresh = await newWatchedContext()
  const freshPage = await fresh.newPage()
  await freshPage.goto('/')
  await expect(freshPage.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  await freshPage.evaluate(() => console.error('boom in a fresh browser'))
  await expect.poll(() => watch.errors).toContain(`[context 2 page 1 ${home}] boom in a fresh browser`)
  await freshPage.evaluate(() => {
    const img = document.createElement('img')
    img.src = 'https://example.invalid/fresh.png'
    document.body.append(img)
  })
  await expect
    .poll(() => watch.cspViolations)
    .toContain(`[context 2 page 1 ${home}] img-src https://example.invalid/fresh.png`)

  // Even a bare browser.newContext() is watched (its events; newWatchedContext also awaits the CSP listener).
  const bare = await browser.newContext()
  const barePage = await bare.newPage()
  await barePage.evaluate(() => console.error('boom in a bare context'))
  await expect.poll(() => watch.errors).toContain('[context 3 page 1 about:blank] boom in a bare context')
  await bare.close()

  // Everything, each put down to its page; the first tab did nothing wrong, so nothing names it.
  const cspError = (page: string, url: string) =>
    expect.stringMatching(new RegExp(`^\\[${page} ${home}\\] .*${url}.*Content Security Policy`))
  expect(watch.external).toEqual([
    `[page 2 ${home}] https://example.invalid/pixel.png`,
    '[page 4 about:blank] https://example.invalid/ping',
    `[context 2 page 1 ${home}] https://example.invalid/fresh.png`,
  ])
  expect(watch.cspViolations).toEqual([
    `[page 2 ${home}] img-src https://example.invalid/pixel.png`,
    `[context 2 page 1 ${home}] img-src https://example.invalid/fresh.png`,
  ])
  expect(watch.errors).toEqual([
    `[page 2 ${home}] boom in the second tab`,
    `[page 2 ${home}] Error: thrown in the second tab`,
    cspError('page 2', 'pixel\\.png'),
    '[page 3 about:blank] boom in a popup',
    `[context 2 page 1 ${home}] boom in a fresh browser`,
    cspError('context 2 page 1', 'fresh\\.png'),
    '[context 3 page 1 about:blank] boom in a bare context',
  ])

  forget(watch)
})
