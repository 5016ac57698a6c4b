import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('on DKP, a namespace a built-in rule decides is flagged in the notes, and one click leaves it out', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  // Writes to ConfigMaps in d8-system go to DKP's built-in rule 14 (Metadata) before any user rule.
  const rule = await app.addRuleWith({
    level: 'Request',
    chips: { Verbs: ['create', 'update'], Namespaces: ['d8-system', 'team'] },
    resources: [['configmaps']],
  })

  const panel = await new ToolsPanel(page).openNotes()
  // One note for the rule, whatever the number of built-in rules it overlaps (3, 12 and 14 here).
  const overlaps = panel.getByRole('listitem').filter({
    has: page.getByRole('button', { name: /^Rule 1 \(Request\) overlaps \d+ of DKP's built-in rules / }),
  })
  await expect(overlaps).toHaveCount(1)
  const note = panel.getByRole('listitem').filter({
    has: page.getByRole('button', {
      name: "Rule 1 (Request) overlaps 3 of DKP's built-in rules (3, 12, 14): they decide some of its requests first.",
      exact: true,
    }),
  })
  // The suggestion is in the note's details, one click away; the built-in rules, one line each, another.
  await note.getByRole('button', { name: 'Details', exact: true }).click()
  await expect(note).toContainText(
    "Most likely rule 1 is meant for its other namespaces: remove d8-system from its namespaces (no request's level changes).",
  )
  const part14 =
    'Built-in rule 14 “Writes in system namespaces”: create, update requests in d8-system, logged at Metadata'
  await expect(note).not.toContainText(part14)
  await note.getByRole('button', { name: 'Show all 3 parts' }).click()
  await expect(note.getByRole('listitem').filter({ hasText: part14 })).toHaveCount(1)
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
