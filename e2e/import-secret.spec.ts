// Importing the DKP Secret: base64 data, stringData, the Secret among other documents, and the Secret with the
// control-plane-manager ModuleConfig (whose settings come in too). Replacing asks first and is one undo away.
import { buildModuleConfig, buildSecret, defaultDkpSettings } from '../src/policy/index.ts'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { dropFile, ImportDialog, undoButton } from './pages/KeepWorkPages'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # Reads of Secrets, names only
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: None
    userGroups: ["system:nodes"]
`

const stdoutSettings = { ...defaultDkpSettings(), basicAuditPolicyEnabled: false }
stdoutSettings.auditLog = { output: 'Stdout', path: '/var/log/kube-audit' }

test('a Secret with base64 data imports its policy, notes included', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(buildSecret(POLICY))
  await expect(dialog.summary()).toContainText('Secret kube-system/audit-policy: 2 rules')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(1).note()).toHaveValue('Reads of Secrets, names only')
  const { text } = await app.download()
  expect(text).toContain('  # Reads of Secrets, names only\n  - level: Metadata\n')
})

test('a multi-document file: the Secret kube-system/audit-policy is picked and the ModuleConfig settings come in', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const other =
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry\n  namespace: default\ndata:\n  x: YQ==\n'
  const file = `${other}---\n${buildSecret(POLICY)}---\n${buildModuleConfig(stdoutSettings)}`
  await dropFile(page, { name: 'audit.yaml', mimeType: 'application/yaml', text: file })
  const dialog = new ImportDialog(page)
  await expect(dialog.summary()).toContainText('Secret kube-system/audit-policy: 2 rules')
  await expect(dialog.summary()).toContainText('The ModuleConfig settings come in too.')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)
  await app.openTab('ModuleConfig')
  await expect(page.getByRole('radio', { name: 'Stdout' })).toBeChecked()
  await expect(
    page
      .getByRole('switch', { name: 'Basic audit policy' })
      .or(page.getByRole('checkbox', { name: 'Basic audit policy' })),
  ).not.toBeChecked()
})

test('stringData is read as is, and a replaced policy stays one undo away', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  await expect(app.rules()).toHaveCount(6)
  const secret = `apiVersion: v1
kind: Secret
metadata: {name: audit-policy, namespace: kube-system}
stringData:
  audit-policy.yaml: |
    apiVersion: audit.k8s.io/v1
    kind: Policy
    rules:
      - level: RequestResponse
`
  const dialog = await ImportDialog.open(page)
  await dialog.paste(secret)
  await expect(dialog.summary()).toContainText('1 rule')
  await expect(dialog.summary()).toContainText(
    'It replaces your current policy (6 rules). Undo brings that one back.',
  )
  await expect(dialog.importButton()).toHaveText('Replace policy')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(1)
  await expect(app.rule(1).level()).toHaveText('RequestResponse')
  await undoButton(page).click()
  await expect(app.rules()).toHaveCount(6)
})

test('only a ModuleConfig: its settings come in and the policy stays', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Minimal (Metadata, omit RequestReceived)')
  const dialog = await ImportDialog.open(page)
  await dialog.paste(buildModuleConfig(stdoutSettings))
  await expect(dialog.summary()).toContainText('Only the ModuleConfig settings come in; the policy stays.')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(1)
  await app.openTab('ModuleConfig')
  await expect(page.getByRole('radio', { name: 'Stdout' })).toBeChecked()
})
