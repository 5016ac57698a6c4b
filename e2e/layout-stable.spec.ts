// Lint loads on first use, so the rule list's notes arrive a moment after an edit. They must not push the rules
// down under the pointer: a click aimed at a rule's button would land on something else.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

test('the rule list’s notes arriving late do not move the rules', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const rule = await app.addRule()
  const collapse = rule.button('Collapse rule')
  await expect(collapse).toBeVisible()
  const before = await collapse.boundingBox()
  // A rule for one user leaves every other request unlogged: the list gets a note about it.
  await rule.addChips('Users', 'alice')

  const rules = page.getByRole('region', { name: 'Rules' })
  const toggle = rules.getByRole('button', { name: /^Show \d+ notes?$/ })
  await expect(toggle).toBeVisible()
  expect(await collapse.boundingBox()).toEqual(before)

  // The notes open below the heading, where the user asked for them.
  await toggle.click()
  await expect(rules.getByRole('button', { name: /^Hide \d+ notes?$/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(page.locator('#policy-notes').getByRole('alert').first()).toBeVisible()
})
