import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('a shadowed rule is flagged in Problems, and one click moves it above the rule that hides it', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  // Rule 1 logs everything at Metadata; rule 2 (drop node traffic) can never be reached.
  await app.addRule()
  const second = await app.addRule()
  await second.setLevel('None')
  await second.addChips('User groups', 'system:nodes')

  const tools = new ToolsPanel(page)
  await expect(tools.tab('Problems')).toHaveAccessibleName(/Problems.*1 warning/)
  const panel = await tools.open('Problems')
  await expect(panel.getByTestId('problems-counts')).toHaveText(/^0 errors · 1 warning · /)
  const finding = panel.getByRole('button', { name: /^Rule 2 can never match: rule 1 already matches/ })
  await expect(finding).toBeVisible()

  // The finding takes the user to the rule, expanded, even when it was collapsed.
  await second.button('Collapse rule').click()
  await finding.click()
  await expect(second.root).toBeFocused()
  await expect(second.level()).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // One click fixes it, as one undoable step.
  await panel.getByRole('button', { name: 'Apply fix: Move rule 2 above rule 1' }).click()
  await expect(app.rule(1).level()).toHaveText('None')
  await expect(app.rule(2).level()).toHaveText('Metadata')
  await expect(panel.getByTestId('problems-counts')).toHaveText(/^0 errors · 0 warnings · /)
  await expect(panel).toContainText('No problems: kube-apiserver will load this policy.')
  await expect(tools.tab('Problems')).toHaveAccessibleName('Problems')

  const fixed = page.getByRole('alert').filter({ hasText: 'Fixed: Move rule 2 above rule 1' })
  await fixed.getByRole('button', { name: 'Undo' }).click()
  await expect(app.rule(1).level()).toHaveText('Metadata')
  await expect(finding).toBeVisible()
})

test('an error in a collapsed rule: the Problems entry expands the rule and focuses the field', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  await rule.addChips('Non-resource URLs', 'healthz')
  await page.getByRole('button', { name: 'Add rule' }).click()
  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expect(rule.field('Non-resource URLs')).toBeHidden()

  const panel = await new ToolsPanel(page).open('Problems')
  await expect(panel.getByTestId('problems-counts')).toHaveText(/^1 error · /)
  const error = panel.getByRole('listitem').filter({ hasText: 'non-resource URL rules must begin with' })
  await expect(error).toContainText('Rule 1 · Non-resource URLs · item 1')
  await expect(error).toContainText('DKP accepts it, kube-apiserver will not start')
  await error.getByRole('button', { name: /non-resource URL rules must begin with/ }).click()
  await expect(rule.field('Non-resource URLs')).toBeFocused()

  // "Show in YAML" opens the Policy tab with the cursor in the editor.
  await app.openTab('Secret')
  await error.getByRole('button', { name: 'Show in YAML' }).click()
  await expect(page.getByRole('tab', { name: 'Policy', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(app.outputPanel().locator('.monaco-editor textarea')).toBeFocused()
})
