import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

const EXPECTED_STDOUT = `apiVersion: deckhouse.io/v1alpha1
kind: ModuleConfig
metadata:
  name: control-plane-manager
spec:
  version: 1
  settings:
    apiserver:
      auditPolicyEnabled: true
      basicAuditPolicyEnabled: false
      auditLog:
        output: Stdout
`

// Tall enough for the editor to show the whole ModuleConfig (Monaco renders only the lines in view).
test.use({ viewport: { width: 1440, height: 1200 } })

test('ModuleConfig for Stdout output, without the basic policy, downloads as control-plane-manager.yaml', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.openTab('ModuleConfig')
  const panel = app.outputPanel()
  await expect(panel).toContainText('output: File')
  await expect(panel).toContainText('path: /var/log/kube-audit')

  await page.getByLabel('Basic audit policy').click()
  await page
    .getByRole('radiogroup', { name: 'Audit log output' })
    .getByRole('radio', { name: 'Stdout' })
    .check()
  await expect(page.getByRole('textbox', { name: 'Audit log path' })).toBeDisabled()
  await expect(panel).toContainText('output: Stdout')

  const { name, text } = await app.download()
  expect(name).toBe('control-plane-manager.yaml')
  expect(text).toBe(EXPECTED_STDOUT)
})

test('an audit log path DKP would refuse is shown at the field, and the download warns first', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.openTab('ModuleConfig')
  const path = page.getByRole('textbox', { name: 'Audit log path' })
  await path.fill('/var/log/audit/')
  await expect(path).toHaveAccessibleDescription(/auditLog\.path must match/)
  await expect(app.outputPanel().getByRole('status')).toHaveText(/1 error: DKP will refuse it/)

  let downloads = 0
  page.on('download', () => (downloads += 1))
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const warning = page.getByRole('dialog', { name: 'DKP will refuse this ModuleConfig' })
  await expect(warning).toContainText('auditLog.path must match')
  await warning.getByRole('button', { name: 'Cancel' }).click()
  await expect(warning).toBeHidden()
  expect(downloads).toBe(0)

  await path.fill('/var/log/audit')
  await expect(app.outputPanel().getByRole('status')).toBeEmpty()
  const { text } = await app.download()
  expect(text).toContain('        path: /var/log/audit\n')
})
