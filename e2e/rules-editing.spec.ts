import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

test('duplicate, delete with undo, collapse, and paste a list into a chip input', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.gotoWithClipboard()
  const rule = await app.addRule()
  // The selects are named by their labels alone, not label + shown value ("Level Metadata").
  await expect(rule.root.getByRole('combobox', { name: 'Level', exact: true })).toHaveAccessibleName('Level')
  await expect(
    rule.root.getByRole('combobox', { name: 'Omit managed fields', exact: true }),
  ).toHaveAccessibleName('Omit managed fields')
  // Pasting a comma/newline-separated list adds each item.
  await page.evaluate(() => navigator.clipboard.writeText('get, list\nwatch'))
  await rule.field('Verbs').click()
  await page.keyboard.press('ControlOrMeta+v')
  for (const v of ['get', 'list', 'watch'])
    await expect(rule.root.getByRole('button', { name: v, exact: true })).toBeVisible()
  // A comma also ends a value.
  await rule.field('Users').pressSequentially('alice,bob,')
  await expect(rule.root.getByRole('button', { name: 'alice', exact: true })).toBeVisible()
  await expect(rule.root.getByRole('button', { name: 'bob', exact: true })).toBeVisible()

  await rule.button('Duplicate rule').click()
  await expect(app.rules()).toHaveCount(2)
  await app.rule(2).setLevel('None')
  await app.rule(2).button('Collapse rule').click()
  await expect(app.rule(2).summary()).toHaveText('None · users alice, bob · get, list, watch')

  await app.rule(1).button('Delete rule').click()
  await expect(app.rules()).toHaveCount(1)
  await expect(app.rule(1).summary()).toHaveText(/^None/)
  // The snackbar's Undo (the header has one too).
  await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click()
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(1).level()).toHaveText('Metadata')
  await expect(app.outputPanel()).toContainText('users: ["alice", "bob"]')
})
