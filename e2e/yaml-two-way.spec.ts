// The Policy tab's YAML is editable: valid text flows into the forms (rule notes from comments included),
// form edits flow back as minimal edits (the cursor stays on its text), and text that does not read keeps
// the forms at the last good policy, says where the error is, and is never lost.
import { aPolicy, aRule } from '../src/testing/builders.ts'
import { serializePolicy } from '../src/policy/index.ts'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, YamlEditor } from './pages/KeepWorkPages'

const TEXT = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # from the YAML
  - level: Request
    verbs: ["create", "update"]
  - level: None
`

test('typing YAML changes the forms, and form edits come back into the text', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(TEXT)
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(1).level()).toHaveText('Request')
  await expect(app.rule(1).note()).toHaveValue('from the YAML')
  await expect(app.rule(1).root.getByRole('button', { name: 'update', exact: true })).toBeVisible()

  await app.rule(2).setLevel('Metadata')
  await expect.poll(() => yaml.visibleText()).toContain('  - level: Metadata')
  // The rest of the text is the user's, untouched (the note's comment stays above its rule).
  await expect.poll(() => yaml.visibleText()).toContain('  # from the YAML\n  - level: Request')
})

test('the cursor and the scroll position survive a form edit above them', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  // Rule 1's long URL list makes the text taller than the editor.
  const urls = Array.from({ length: 40 }, (_, i) => `/healthz/check-${i}`)
  const rules = [
    aRule({ level: 'None', nonResourceURLs: urls }),
    aRule({ note: 'rule 2' }),
    aRule({ note: 'rule 3' }),
  ]
  const text = serializePolicy(aPolicy(rules))
  const noteLine = text.split('\n').indexOf('  # rule 3') + 1
  const dialog = await ImportDialog.open(page)
  await dialog.paste(text)
  await dialog.confirm()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.goToEndOfLine(noteLine)
  await page.keyboard.type(' (typed)')
  await expect(app.rule(3).note()).toHaveValue('rule 3 (typed)')
  const firstLine = async () =>
    Math.min(
      ...(await yaml.root.locator('.line-numbers').allInnerTexts())
        .filter((n) => n.trim() !== '')
        .map(Number),
    )
  const before = await firstLine()
  expect(before).toBeGreaterThan(1)
  // A form edit in rule 1 (above the cursor and the visible part) changes a line there.
  await app.rule(1).setLevel('Metadata')
  expect(await firstLine()).toBe(before)
  // Back in the editor without clicking (the cursor is where it was): the typing lands on the same note.
  await yaml.textArea().focus()
  await page.keyboard.press('End')
  await page.keyboard.type('!')
  await expect(app.rule(3).note()).toHaveValue('rule 3 (typed)!')
  const now = await yaml.fullText()
  expect(now).toContain('  - level: Metadata\n    nonResourceURLs:')
  expect(now).toContain('  # rule 3 (typed)!\n')
})

test('text that does not read keeps the forms, says where, and is kept until fixed', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(TEXT)
  await expect(app.rules()).toHaveCount(2)
  const broken = TEXT.replace('  - level: None', '  - level: None\n   users: [alice')
  await yaml.replaceAll(broken)
  const notice = page
    .getByRole('region', { name: 'Preview' })
    .getByRole('status')
    .filter({ hasText: 'Line 8' })
  await expect(notice).toContainText('The forms show the last valid version; your text is kept here')
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(2).level()).toHaveText('None')
  // Fixed: the forms follow, the notice goes.
  await yaml.replaceAll(broken.replace('   users: [alice', '    users: [alice]'))
  await expect(app.rule(2).root.getByRole('button', { name: 'alice', exact: true })).toBeVisible()
  await expect(notice).toBeHidden()
})

test('a form edit over a broken text replaces it, and the text can be brought back', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(TEXT)
  await expect(app.rules()).toHaveCount(2)
  await yaml.replaceAll(TEXT + 'oops: [\n')
  await expect(page.getByRole('region', { name: 'Preview' })).toContainText(
    'The forms show the last valid version',
  )
  await app.rule(2).setLevel('Metadata')
  const bringBack = page.getByRole('button', { name: 'Bring my text back' })
  await expect(bringBack).toBeVisible()
  // The notices above the editor do not squeeze it: it keeps about nine lines (the preview scrolls instead).
  const editorBox = page.getByRole('region', { name: 'Preview' }).locator('.monaco-editor')
  expect((await editorBox.boundingBox())?.height).toBeGreaterThanOrEqual(170)
  await expect.poll(() => yaml.visibleText()).not.toContain('oops')
  await bringBack.click()
  await expect.poll(() => yaml.visibleText()).toContain('oops: [')
})
