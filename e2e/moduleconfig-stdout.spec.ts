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

test('ModuleConfig for Stdout output, without the basic policy, downloads as control-plane-manager.yaml', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.openTab('ModuleConfig')
  const panel = page.getByRole('tabpanel')
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

test('an audit log path DKP would refuse is shown at the field and blocks the download', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.openTab('ModuleConfig')
  const path = page.getByRole('textbox', { name: 'Audit log path' })
  await path.fill('/var/log/audit/')
  await expect(path).toHaveAccessibleDescription(/auditLog\.path must match/)
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeDisabled()
  await path.fill('/var/log/audit')
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeEnabled()
  const { text } = await app.download()
  expect(text).toContain('        path: /var/log/audit\n')
})
