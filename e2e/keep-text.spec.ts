// Never lose what the user wrote, and export exactly what is on screen: an imported policy with comments
// everywhere keeps them through a form edit (the download differs from the original on the edited line
// only), and while the YAML editor holds text that does not read every output says so and asks first.
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { hasSharedFixtures, SHARED_FIXTURES } from '../src/testing/shared.ts'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage, decodeSecret } from './pages/BuilderPage'
import { ImportDialog, YamlEditor } from './pages/KeepWorkPages'

const FIXTURE = 'kubernetes-website-audit-policy.yaml'

/** The lines of `b` that differ from `a` (same line count expected), as [index, old, new]. */
function changedLines(a: string, b: string): Array<[number, string, string]> {
  const x = a.split('\n')
  const y = b.split('\n')
  expect(y.length).toBe(x.length)
  return x.flatMap((line, i) => (line === y[i] ? [] : [[i, line, y[i]!] as [number, string, string]]))
}

test.describe('the user’s text is kept', () => {
  test.skip(!hasSharedFixtures(), 'needs ../shared/fixtures/policies (not present in this checkout)')

  test('import a commented policy, change one rule’s level, download: only that line differs', async ({
    page,
  }) => {
    const original = readFileSync(join(SHARED_FIXTURES, 'policies', FIXTURE), 'utf8')
    const app = new BuilderPage(page)
    await app.goto()
    const dialog = await ImportDialog.open(page)
    await dialog.paste(original)
    await expect(dialog.summary()).toContainText('9 rules')
    await dialog.confirm()
    await expect(app.rules()).toHaveCount(9)

    // Rule 3 ("Don't log requests to a configmap called controller-leader") goes from None to Metadata.
    const rule = app.rule(3)
    await rule.button('Expand rule').click()
    await rule.setLevel('Metadata')

    await app.openTab('Policy')
    const { name, text } = await app.download()
    expect(name).toBe('audit-policy.yaml')
    const changed = changedLines(original, text)
    expect(changed).toEqual([[changed[0]![0], '- level: None', '- level: Metadata']])
    expect(original.split('\n')[changed[0]![0] - 1]).toBe(
      '# Don\'t log requests to a configmap called "controller-leader"',
    )

    // The Secret carries exactly that text.
    await app.openTab('Secret')
    const secret = await app.download()
    expect(decodeSecret(secret.text)).toBe(text)
  })
})

test('while the editor holds text that does not read, every output says so and Copy/Download ask first', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addRule()
  await app.openTab('Policy')
  const editor = new YamlEditor(page)
  await editor.ready()
  await editor.replaceAll('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [\n')
  const panel = app.outputPanel()
  await expect(panel.getByText('Does not read as a policy', { exact: false })).toBeVisible({
    timeout: 20_000,
  })

  // Policy: Copy asks first, and names the problem.
  await panel.getByRole('button', { name: 'Copy', exact: true }).click()
  const ask = page.getByRole('dialog', { name: 'This text does not read as a policy' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toBeHidden()

  // Secret, ModuleConfig and Commands say they are built from the last version that read.
  for (const tab of ['Secret', 'ModuleConfig', 'Commands'] as const) {
    await app.openTab(tab)
    await expect(app.outputPanel().getByText('built from the last version that read')).toBeVisible()
  }
  await app.openTab('Secret')
  await app.outputPanel().getByRole('button', { name: 'Download', exact: true }).click()
  const guard = page.getByRole('dialog', { name: 'This is not what the Policy editor shows' })
  await expect(guard).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    guard.getByRole('button', { name: 'Download anyway' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('audit-policy-secret.yaml')
})

test('Tab and Shift+Tab leave the YAML editor unless Tab-indent is on; Ctrl+M switches it', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addRule()
  await app.openTab('Policy')
  const editor = new YamlEditor(page)
  await editor.ready()
  const before = await editor.fullText()
  const tabIndent = page.getByRole('switch', { name: 'Tab indents (Ctrl+M)' })
  await expect(tabIndent).not.toBeChecked()

  // Tab moves on: the focus leaves the editor and the text is unchanged.
  await editor.goToEndOfLine(1)
  await page.keyboard.press('Tab')
  await expect(editor.textArea()).not.toBeFocused()
  await editor.focus()
  await page.keyboard.press('Shift+Tab')
  await expect(editor.textArea()).not.toBeFocused()
  await expect(page.getByRole('button', { name: 'Enlarge the editor' })).toBeFocused()
  expect(await editor.fullText()).toBe(before)

  // Ctrl+M in the editor turns Tab-indent on (the switch follows): Tab then indents.
  await editor.goToEndOfLine(1)
  await page.keyboard.press('Control+m')
  await expect(tabIndent).toBeChecked()
  await page.keyboard.press('Home')
  await page.keyboard.press('Tab')
  await expect(editor.textArea()).toBeFocused()
  await expect.poll(() => editor.fullText()).toBe('  ' + before)
  await page.keyboard.press('ControlOrMeta+z')
  await page.keyboard.press('Control+m')
  await expect(tabIndent).not.toBeChecked()
  await expectNoSeriousA11yViolations(page)
})

test('the YAML editor can be enlarged to the whole window at 1440×900, and Esc brings it back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  await app.openTab('Policy')
  const editor = new YamlEditor(page)
  await editor.ready()
  const view = page.getByTestId('code-view')
  const small = (await view.boundingBox())!
  await page.getByRole('button', { name: 'Enlarge the editor' }).click()
  const dialog = page.getByRole('dialog', { name: 'Policy YAML, enlarged' })
  await expect(dialog).toBeVisible()
  await expect.poll(async () => (await view.boundingBox())!.height).toBeGreaterThan(700)
  const big = (await view.boundingBox())!
  expect(big.width).toBeGreaterThan(1300)
  expect(big.height).toBeGreaterThan(small.height * 2)
  // More lines are on screen than before.
  await expect.poll(async () => (await editor.visibleText()).split('\n').length).toBeGreaterThan(30)
  await expectNoSeriousA11yViolations(page)
  await editor.focus()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect.poll(async () => (await view.boundingBox())!.height).toBeLessThan(big.height)
})
