import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

async function threeRules(app: BuilderPage) {
  await app.goto()
  for (const level of ['None', 'Request', 'RequestResponse']) {
    const rule = await app.addRule()
    await rule.setLevel(level)
  }
  await app.page.getByRole('button', { name: 'Collapse all' }).click()
}

const levels = (app: BuilderPage) =>
  app.rules().evaluateAll((groups) => groups.map((g) => g.querySelector('h3 + .MuiChip-root')?.textContent))

test('rules reorder by keyboard with the drag handle (dnd-kit), announced, in match order', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await threeRules(app)
  expect(await levels(app)).toEqual(['None', 'Request', 'RequestResponse'])

  const handle = app.rule(1).root.getByRole('button', { name: 'Drag rule 1' })
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('Picked up rule 1')
  // dnd-kit's KeyboardSensor starts listening for arrows in a setTimeout(0) queued on pick-up, and
  // Chromium runs input before timers: under load an arrow pressed now can arrive before that listener
  // (CI lost one this way). A zero timer queued now fires after the sensor's, so the listener is there.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('Rule 1 is over position 2')
  await page.keyboard.press('Space')
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('Rule 1 dropped at position 2')
  await expect.poll(() => levels(app)).toEqual(['Request', 'None', 'RequestResponse'])
  await expect(app.rule(2).summary()).toHaveText('None · everyone · every verb')
  await expect(app.outputPanel()).toContainText('- level: Request')
})

test('Move rule up / down work from the keyboard and keep the focus on the moved rule', async ({ page }) => {
  const app = new BuilderPage(page)
  await threeRules(app)
  await app.rule(3).button('Move rule up').focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => levels(app)).toEqual(['None', 'RequestResponse', 'Request'])
  await expect(app.rule(2).button('Move rule up')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(() => levels(app)).toEqual(['RequestResponse', 'None', 'Request'])
  // Rule 1 cannot move up: the focus goes to Move rule down, which is enabled.
  await expect(app.rule(1).button('Move rule up')).toBeDisabled()
  await expect(app.rule(1).button('Move rule down')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(() => levels(app)).toEqual(['None', 'RequestResponse', 'Request'])
})
