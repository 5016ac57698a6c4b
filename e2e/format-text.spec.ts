// The explicit "Format" action (issue 12, DESIGN §2): the user's own text gives way to the canonical YAML of the
// same policy — a rule's note stays, as its comment; other comments and unknown fields go — and Undo brings the
// text back. Only shown while the policy holds the user's text.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'

const TEXT = `# Our cluster's audit policy
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # Health checks are noise.
  - level: None
    nonResourceURLs: ["/healthz*"]   # probes
  - level:   Metadata
`

test('Format writes the canonical YAML (notes kept, other comments gone) and Undo brings the text back', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const format = page.getByRole('button', { name: 'Format' })
  await expect(app.rules()).toHaveCount(0)
  const dialog = await ImportDialog.open(page)
  await dialog.paste(TEXT)
  await expect(dialog.summary()).toContainText('2 rules')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)

  await app.openTab('Policy')
  const before = await app.download()
  expect(before.text).toBe(TEXT)
  await format.click()
  const after = await app.download()
  expect(after.text).not.toContain("# Our cluster's audit policy")
  expect(after.text).not.toContain('# probes')
  expect(after.text).toContain('# Health checks are noise.')
  expect(after.text).toContain('  - level: Metadata\n')
  await expect(format).toHaveCount(0)

  await page.getByRole('button', { name: /^Undo/ }).first().click()
  await expect(format).toBeVisible()
  expect((await app.download()).text).toBe(TEXT)
})
