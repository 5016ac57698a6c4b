import { expect, test } from './fixtures'
import { canonical } from './helpers'
import { addChips, BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'
import { chooseItem } from './pages/MenuChoice'

test('presets load, and loading over unsaved work asks first', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Logging all requests not from service accounts')
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

test('Copy puts the output on the clipboard and confirms it', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.gotoWithClipboard()
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

test('the DKP documentation’s examples load as written; lint shows what is wrong; the corrections say why', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Presets' }).click()
  const menu = page.getByRole('menu')
  // The documentation's three examples in its order, then our corrections of two of them.
  const docs = menu.getByRole('menuitem').filter({ hasText: /^Log(ging)? all/ })
  await expect(docs).toHaveText([
    /^Log all requests from all authenticated users/,
    /^Logging all requests not from service accounts/,
    /^Logging all operations with standard resources/,
  ])
  await expect(menu.getByText('The documentation’s examples, corrected')).toBeVisible()
  await chooseItem(menu.getByRole('menuitem', { name: /^Logging all requests not from service accounts/ }))
  await expect(app.rules()).toHaveCount(2)

  // Word for word, the documentation's comment and empty lists included.
  const written = await app.download()
  expect(written.text).toBe(
    [
      'apiVersion: audit.k8s.io/v1',
      'kind: Policy',
      'rules:',
      '  - level: Metadata',
      '    userGroups: ["system:authenticated"]',
      '    users: []',
      '    omitStages: []',
      '    # Exclude service accounts via a deny rule',
      '  - level: None',
      '    userGroups: ["system:serviceaccounts"]',
      '',
    ].join('\n'),
  )
  const problems = await new ToolsPanel(page).open('Problems')
  await expect(problems).toContainText('Rule 2 never fires in practice')

  // The corrected version: the service accounts first, with a note saying why; no such finding.
  await app.loadPreset('Requests not from service accounts, in the order that works')
  await expect(app.rule(1).level()).toHaveText('None')
  await expect(app.rule(2).level()).toHaveText('Metadata')
  const fixed = await app.download()
  expect(fixed.text).toContain(
    [
      '  # Service accounts first: they are also in system:authenticated, so below the Metadata rule this rule would never fire.',
      '  - level: None',
      '    userGroups: ["system:serviceaccounts"]',
      '  - level: Metadata',
      '    userGroups: ["system:authenticated"]',
      '',
    ].join('\n'),
  )
  await expect(problems).not.toContainText('never fires in practice')

  await app.loadPreset('Standard resources with their subresources')
  expect((await app.download()).text).toContain(
    'resources: ["deployments/*", "daemonsets/*", "statefulsets/*", "replicasets/*"]',
  )
})
