// A user name carrying a right-to-left override: the page spells it out (⟨U+202E⟩) instead of letting it turn the
// summary's own words around, and Problems warns about it, with the code point, before it reaches the Secret.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('a bidi user name renders isolated, with its warning and a one-click fix', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const rule = await app.addRule()
  await rule.addChips('Users', 'ali\u202ece')

  const chip = rule.root.getByRole('button', { name: 'ali⟨U+202E⟩ce' })
  await expect(chip).toBeVisible()
  // The chip's text sits in its own <bdi>, so nothing in it can reorder the field around it.
  await expect(chip.locator('bdi')).toHaveText('ali⟨U+202E⟩ce')

  await rule.button('Collapse rule').click()
  await expect(rule.summary()).toHaveText('Metadata · user ali⟨U+202E⟩ce · every verb')
  const rendered = await rule.summary().evaluate((el) => el.textContent ?? '')
  expect(rendered).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/u)

  const tools = new ToolsPanel(page)
  await expect(tools.tab('Problems')).toHaveAccessibleName(/Problems.*1 warning/)
  const panel = await tools.open('Problems')
  await expect(panel).toContainText('U+202E RIGHT-TO-LEFT OVERRIDE')
  // The value with the characters spelled out is in the finding's details, one click away.
  await panel.getByRole('button', { name: 'Details', exact: true }).click()
  await expect(panel).toContainText('"ali⟨U+202E⟩ce"')

  await panel.getByRole('button', { name: /^Apply fix: Remove the hidden characters/ }).click()
  await expect(panel.getByTestId('problems-counts')).toHaveText(/^0 errors · 0 warnings · /)
  await expect(rule.summary()).toHaveText('Metadata · user alice · every verb')
})
