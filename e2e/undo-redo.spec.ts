// Undo/redo across every kind of edit, with the header buttons and with Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and
// Ctrl+Y (outside text fields and the YAML editor, which keep their own undo); at least 100 steps back.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, redoButton, undoButton, YamlEditor } from './pages/KeepWorkPages'

/** leaveFields takes the focus out of any field or editor (onto the page itself), where the page keys apply. */
const leaveFields = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

test('every kind of edit undoes and redoes, by buttons and by keys', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await expect(undoButton(page)).toBeDisabled()
  await expect(redoButton(page)).toBeDisabled()

  await app.loadPreset('Log all requests from all authenticated users') // 1 preset
  await expect(app.rules()).toHaveCount(1)
  const rule = await app.addRule() // 2 add a rule
  await rule.setLevel('None') // 3 a form field
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click() // 4 the target
  await app.openTab('ModuleConfig')
  await page.getByRole('radio', { name: 'Stdout' }).check() // 5 a ModuleConfig setting
  await app.openTab('Policy')
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Request\n') // 6 YAML
  await expect(app.rules()).toHaveCount(1)
  await expect(app.rule(1).level()).toHaveText('Request')
  const dialog = await ImportDialog.open(page)
  await dialog.paste(
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None}, {level: None}, {level: None}]\n',
  )
  await dialog.confirm() // 7 an import
  await expect(app.rules()).toHaveCount(3)

  // Keys work while the focus is on the page, not in a field or the editor.
  await leaveFields(page)
  await page.keyboard.press('ControlOrMeta+z') // undo the import
  await expect(app.rules()).toHaveCount(1)
  await expect(app.rule(1).level()).toHaveText('Request')
  await undoButton(page).click() // undo the YAML edit
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(2).level()).toHaveText('None')
  await page.keyboard.press('ControlOrMeta+z') // the ModuleConfig setting
  await app.openTab('ModuleConfig')
  await expect(page.getByRole('radio', { name: 'File' })).toBeChecked()
  await leaveFields(page)
  await page.keyboard.press('ControlOrMeta+z') // the target
  await expect(page.getByRole('button', { name: 'Deckhouse', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.keyboard.press('ControlOrMeta+z') // the level
  await expect(app.rule(2).level()).toHaveText('Metadata')
  await page.keyboard.press('ControlOrMeta+z') // the added rule
  await expect(app.rules()).toHaveCount(1)
  await page.keyboard.press('ControlOrMeta+z') // the preset
  await expect(app.rules()).toHaveCount(0)
  await expect(undoButton(page)).toBeDisabled()

  // Redo all the way, by keys and button.
  await page.keyboard.press('ControlOrMeta+Shift+z')
  await expect(app.rules()).toHaveCount(1)
  await page.keyboard.press('Control+y')
  await expect(app.rules()).toHaveCount(2)
  for (let i = 0; i < 5; i++) await redoButton(page).click()
  await expect(app.rules()).toHaveCount(3)
  await expect(redoButton(page)).toBeDisabled()
})

test('the page keys leave text fields their own undo', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  // Text typed in a chip field before Enter is the field's own: it is not in the document, so the document's
  // last step is still "add rule", which the page keys would undo.
  const users = rule.field('Users')
  await users.click()
  await users.pressSequentially('alice')
  await expect(users).toHaveValue('alice')
  await users.press('ControlOrMeta+z')
  // The field undid its own last keystroke (Chromium's undo of a React-controlled input, key by key) ...
  await expect(users).toHaveValue('alic')
  await expect(users).toBeFocused()
  // ... and the document is as it was: the rule is there, and nothing was undone (nothing to redo).
  await expect(app.rules()).toHaveCount(1)
  await expect(rule.level()).toHaveText('Metadata')
  await expect(undoButton(page)).toBeEnabled()
  await expect(redoButton(page)).toBeDisabled()
})

test('at least 100 steps can be undone', async ({ page }) => {
  // 210 key presses, each a full edit: about 20 s here and 45 s on a loaded CI machine; beside a second test run
  // and more (load 30 on 2 cores) over 180 s were seen. The budget is a hang guard: speed is the benches' business.
  test.setTimeout(480_000)
  const app = new BuilderPage(page)
  await app.goto()
  const toggle = page.getByRole('switch', { name: 'Policy omit managed fields' })
  await toggle.focus()
  for (let i = 0; i < 105; i++) await page.keyboard.press('Space')
  await expect(toggle).toBeChecked()
  await leaveFields(page)
  for (let i = 0; i < 104; i++) await page.keyboard.press('ControlOrMeta+z')
  await expect(toggle).toBeChecked()
  await page.keyboard.press('ControlOrMeta+z')
  await expect(toggle).not.toBeChecked()
  await expect(undoButton(page)).toBeDisabled()
})
