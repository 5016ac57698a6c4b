import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { redoButton, undoButton } from './pages/KeepWorkPages'
import { Simulator, ToolsPanel } from './pages/ToolsPanel'
import { chooseItem } from './pages/MenuChoice'

test('saved test requests turn red when an edit changes their level, and green again when it is back', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const rule = await app.addRule()

  const sim = await Simulator.open(page)
  await sim.quickPick('kubectl get pods')
  await expect(sim.level()).toHaveText('Metadata')
  await sim.save('list pods')
  await sim.quickPick('/healthz')
  await sim.save('')
  await expect(sim.savedRows()).toHaveCount(2)
  await expect(sim.savedRows().nth(0)).toContainText('list pods')
  await expect(sim.savedRows().nth(1)).toContainText('jane · get /healthz')
  await expect(sim.root.getByRole('status').filter({ hasText: 'requests pass' })).toHaveText(
    'All 2 requests pass.',
  )

  // An edit that drops pod reads: "list pods" fails, in words and in red; the tab says so too.
  await rule.addChips('Non-resource URLs', '/healthz')
  const listPods = sim.savedRows().filter({ hasText: 'list pods' })
  await expect(listPods).toHaveAttribute('data-result', 'fail')
  await expect(listPods).toContainText('Fails: expected Metadata, gets None')
  await expect(listPods).toHaveCSS('background-color', 'rgb(253, 236, 234)')
  await expect(sim.savedRows().nth(1)).toHaveAttribute('data-result', 'pass')
  await expectNoSeriousA11yViolations(page)
  await expect(new ToolsPanel(page).tab('Test a request')).toHaveAccessibleName(
    /Test a request.*1 saved request fails/,
  )

  // The new behaviour is intended: expect it, and the suite is green again.
  await listPods.getByRole('combobox', { name: 'Expected level for list pods' }).click()
  await chooseItem(page.getByRole('option', { name: 'None', exact: true }))
  await expect(listPods).toHaveAttribute('data-result', 'pass')
  await expect(new ToolsPanel(page).tab('Test a request')).toHaveAccessibleName('Test a request')

  // Undo brings the failure back (saved requests are part of the document); redo makes it pass again.
  const tab = new ToolsPanel(page).tab('Test a request')
  await undoButton(page).click()
  await expect(listPods.getByRole('combobox', { name: 'Expected level for list pods' })).toHaveText(
    'Metadata',
  )
  await expect(listPods).toHaveAttribute('data-result', 'fail')
  await expect(listPods).toContainText('Fails: expected Metadata, gets None')
  await expect(tab).toHaveAccessibleName(/Test a request.*1 saved request fails/)
  await redoButton(page).click()
  await expect(listPods).toHaveAttribute('data-result', 'pass')
  await expect(tab).toHaveAccessibleName('Test a request')

  // Saved requests can be removed, and loaded back into the form.
  await page.keyboard.press('Escape')
  await sim.savedRows().nth(1).getByRole('button', { name: 'Remove jane · get /healthz' }).click()
  await expect(sim.savedRows()).toHaveCount(1)
  await sim.savedRows().nth(0).getByRole('button', { name: 'Load list pods' }).click()
  await expect(sim.field('Verb')).toHaveValue('list')
})
