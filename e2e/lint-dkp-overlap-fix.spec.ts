import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('on DKP, a namespace a built-in rule decides is flagged in the notes, and one click leaves it out', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  // Writes to ConfigMaps in d8-system go to DKP's built-in rule 14 (Metadata) before any user rule.
  const rule = await app.addRule()
  await rule.setLevel('Request')
  await rule.addChips('Verbs', 'create', 'update')
  await rule.addChips('Namespaces', 'd8-system', 'team')
  const group = await rule.addResourceGroup()
  await group.addResources('configmaps')

  const panel = await new ToolsPanel(page).open('Problems')
  await panel.getByRole('button', { name: /^Show \d+ notes?$/ }).click()
  // The suggestion is in the note's details, one click away.
  const note = panel.getByRole('listitem').filter({
    has: page.getByRole('button', { name: /^Rule 1 partly overlaps DKP built-in rule 14:/ }),
  })
  await note.getByRole('button', { name: 'Details', exact: true }).click()
  await expect(note).toContainText(
    "Most likely rule 1 is meant for its other namespaces: remove d8-system from its namespaces (no request's level changes).",
  )
  const fix = "Remove d8-system from rule 1's namespaces: DKP built-in rule 14 decides those requests first"
  await panel.getByRole('button', { name: `Apply fix: ${fix}` }).click()

  await expect(rule.root.getByRole('button', { name: 'd8-system', exact: true })).toBeHidden()
  await expect(rule.root.getByRole('button', { name: 'team', exact: true })).toBeVisible()
  await expect(app.outputPanel()).toContainText('namespaces: ["team"]')
  await expect(panel).not.toContainText('remove d8-system from its namespaces')

  // The fix is one undoable step.
  await page
    .getByRole('alert')
    .filter({ hasText: `Fixed: ${fix}` })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(rule.root.getByRole('button', { name: 'd8-system', exact: true })).toBeVisible()
  await expect(app.outputPanel()).toContainText('namespaces: ["d8-system", "team"]')
})
