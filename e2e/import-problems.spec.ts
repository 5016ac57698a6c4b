// What the API server would ignore is shown before importing (with line and column), and imports with those
// warnings; a comment above a rule becomes its note, and a note goes out as that comment.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'

const WITH_UNKNOWN = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # Everything else
  - level: Metadata
    verb: ["get"]
    omitStages: ["RequestReceived"]
`

test('unknown fields: shown with line and column as ignored; the import keeps them in the text, with their warning', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(WITH_UNKNOWN)
  await expect(dialog.summary()).toContainText('Policy: 1 rule, 1 warning')
  await expect(dialog.summary()).toContainText('The API server would ignore these')
  await expect(dialog.summary()).toContainText('Line 6, column 5')
  await expect(dialog.summary()).toContainText('unknown field "rules[0].verb"')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(1)
  // What the forms cannot show stays where the user wrote it until the user removes it (a form edit never
  // deletes it), and its warning stays in Problems.
  const { text } = await app.download()
  expect(text).toBe(WITH_UNKNOWN)
  await expect(page.getByText('unknown field "rules[0].verb"').first()).toBeVisible()
})

test('a policy that would not load comes in with its errors, to be fixed in the forms', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Verbose\n')
  await expect(dialog.summary()).toContainText('As it is, this policy would not load (1 error)')
  await expect(dialog.summary()).toContainText('Line 4, column 12')
  await dialog.confirm()
  await expect(app.rule(1).root).toContainText('Verbose')
})

test('a note written in the form goes out as the comment above its rule, and comes back as the note', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  await rule.note().fill('first line\nsecond line')
  const { text } = await app.download()
  expect(text).toContain('  # first line\n  # second line\n  - level: Metadata\n')
  const dialog = await ImportDialog.open(page)
  await dialog.paste(text.replace('first line', 'first line, edited'))
  await dialog.confirm()
  await expect(app.rule(1).note()).toHaveValue('first line, edited\nsecond line')
})
