import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { Simulator } from './pages/ToolsPanel'

test('saved test requests are kept with the autosaved work and travel in the share link', async ({
  page,
  newWatchedContext,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addRule()
  let sim = await Simulator.open(page)
  await sim.quickPick('kubectl exec')
  await sim.save('exec is logged')
  await expect(sim.savedRows()).toHaveCount(1)

  // Reload: the autosaved work brings the saved request back, still passing.
  await page.reload()
  await expect(app.rules()).toHaveCount(1)
  sim = await Simulator.open(page)
  await expect(sim.savedRows()).toHaveCount(1)
  await expect(sim.savedRows().first()).toContainText('exec is logged')
  await expect(sim.savedRows().first()).toHaveAttribute('data-result', 'pass')

  // The share link holds it too: a fresh browser opens it with the policy.
  await page.getByRole('button', { name: 'Share' }).click()
  const link = page.getByRole('textbox', { name: 'Share link' })
  await expect(link).toHaveValue(/#/)
  const url = await link.inputValue()
  const other = await newWatchedContext()
  const fresh = await other.newPage()
  await fresh.goto(url)
  const freshApp = new BuilderPage(fresh)
  await expect(freshApp.rules()).toHaveCount(1)
  const freshSim = await Simulator.open(fresh)
  await expect(freshSim.savedRows()).toHaveCount(1)
  await expect(freshSim.savedRows().first()).toContainText('exec is logged')
  await other.close()
})
