import { expect, test } from './fixtures'
import { canonical } from './helpers'
import { addChips, BuilderPage } from './pages/BuilderPage'

test('presets load, and loading over unsaved work asks first', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Log all requests not from service accounts')
  await expect(app.rules()).toHaveCount(2)
  await expect(app.outputPanel()).toContainText('system:serviceaccounts')

  // A preset over an untouched preset: no question.
  await app.loadPreset('Minimal (Metadata, omit RequestReceived)')
  await expect(app.rules()).toHaveCount(1)
  const { text } = await app.download()
  expect(text).toBe(
    canonical(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  omitStages: [RequestReceived]\n',
    ),
  )

  // Edit, then load another: asked; Cancel keeps the work.
  await app.rule(1).note().fill('my rule')
  await app.loadPreset('Recommended baseline')
  const dialog = page.getByRole('dialog', { name: 'Replace the current policy?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.rule(1).note()).toHaveValue('my rule')

  await app.loadPreset('Recommended baseline')
  await dialog.getByRole('button', { name: 'Replace' }).click()
  await expect(app.rules()).toHaveCount(6)
  await expect(app.rule(1).summary()).toHaveText(/^None · everyone · every verb · URLs \/healthz\*/)
})

test('the DKP complement preset covers exec, port-forward and reading Secrets', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('DKP complement')
  const { text } = await app.download()
  expect(text).toContain('"pods/exec", "pods/portforward"')
  expect(text).toContain('resources: ["secrets"]')
  expect(text).toContain('"rolebindings"')
  expect(text).toContain('"customresourcedefinitions"')
  expect(text).toContain('"validatingwebhookconfigurations"')
})

test('Copy puts the output on the clipboard and confirms it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Log all requests from all authenticated users')
  await app.openTab('Secret')
  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/^apiVersion: v1\nkind: Secret\n/)
  expect(copied).toContain('audit-policy.yaml: ')
})

test('a quick-start preset over edited policy settings (no rules yet) asks first; so does the menu', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await expect(app.rules()).toHaveCount(0)
  const stages = page.getByRole('combobox', { name: 'Policy omit stages', exact: true })
  await addChips(stages, ['RequestReceived'])
  const dialog = page.getByRole('dialog', { name: 'Replace the current policy?' })
  const quickStart = page.getByRole('button', { name: 'Recommended baseline', exact: true })

  // The empty state's button asks; Cancel keeps the setting and loads nothing.
  await quickStart.click()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.rules()).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'RequestReceived', exact: true })).toBeVisible()
  await expect(app.outputPanel()).toContainText('omitStages: ["RequestReceived"]')

  // The Presets menu asks too, with no rules on the page.
  await app.loadPreset('Minimal (Metadata, omit RequestReceived)')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.rules()).toHaveCount(0)

  // Replace loads it.
  await quickStart.click()
  await dialog.getByRole('button', { name: 'Replace' }).click()
  await expect(app.rules()).toHaveCount(6)

  // A preset keeps the target, so changing only the target loses nothing: no question.
  const kubernetes = page.getByRole('button', { name: 'Kubernetes', exact: true })
  await kubernetes.click()
  await app.loadPreset('Minimal (Metadata, omit RequestReceived)')
  await expect(app.rules()).toHaveCount(1)
  await expect(dialog).toBeHidden()
  await expect(kubernetes).toHaveAttribute('aria-pressed', 'true')
})
