// "Show in YAML" (state/reveal.ts): the Problems panel asks, the Policy tab opens and the cursor lands on
// the place; for a text that does not read, on the error the reading found.
import { expect, test } from './fixtures'
import { holdChunk } from './helpers'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, YamlEditor } from './pages/KeepWorkPages'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: None
    users: ["system:kube-proxy"]
  - level: Metadata
    nonResourceURLs: ["healthz"]
`

test('Show in YAML opens the Policy tab and selects the field', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(POLICY)
  await dialog.confirm()
  await app.openTab('Secret')
  const problems = page.getByRole('list', { name: 'Problems' })
  await problems
    .getByRole('listitem')
    .filter({ hasText: "non-resource URL rules must begin with a '/'" })
    .getByRole('button', { name: 'Show in YAML' })
    .click()
  await expect(page.getByRole('tab', { name: 'Policy', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  const yaml = new YamlEditor(page)
  await yaml.ready()
  // The canonical text puts rule 2's nonResourceURLs on line 7.
  await expect(yaml.root.locator('.active-line-number')).toHaveText('7')
})

test('for a text that does not read, the error’s place is selected', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(POLICY.replace('  - level: Metadata', '  - level: Metadata\n   x: ['))
  await app.openTab('Commands')
  await page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: /did not find expected/ })
    .click()
  await expect(page.getByRole('tab', { name: 'Policy', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await yaml.ready()
  await expect(yaml.root.locator('.active-line-number')).toHaveText('7')
})

test('a problem clicked while the next tab is still loading puts the cursor in the editor once it shows', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(POLICY.replace('  - level: Metadata', '  - level: Metadata\n   x: ['))
  // The reading's error has its place: the reveal selects it at once, without looking it up.
  const problem = page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: /did not find expected/ })
  await expect(problem).toBeVisible()

  // The Secret tab's code arrives late: meanwhile the editor stays mounted, hidden by Suspense.
  const release = await holdChunk(page, /SecretPreview-[^/]*\.js$/)
  await app.openTab('Secret')
  await expect(yaml.root).toHaveCount(1)
  await expect(yaml.root).toBeHidden()
  await problem.click()
  await expect(page.getByRole('tab', { name: 'Policy', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(yaml.textArea()).toBeFocused()
  await expect(yaml.root.locator('.active-line-number')).toHaveText('7')
  release()
})

test('Show in YAML clicked before the editor has loaded selects the field once it has', async ({ page }) => {
  // The editor's code arrives late: the Policy tab shows the plain text meanwhile.
  const release = await holdChunk(page, /CodeEditor-[^/]*\.js$/)
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(POLICY)
  await dialog.confirm()
  await page
    .getByRole('list', { name: 'Problems' })
    .getByRole('listitem')
    .filter({ hasText: "non-resource URL rules must begin with a '/'" })
    .getByRole('button', { name: 'Show in YAML' })
    .click()
  const yaml = new YamlEditor(page)
  await expect(yaml.root).toHaveCount(0)
  release()
  await yaml.ready()
  await expect(yaml.textArea()).toBeFocused()
  await expect(yaml.root.locator('.active-line-number')).toHaveText('7')
})
