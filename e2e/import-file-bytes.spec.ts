// A policy file comes in through Import read from its bytes, as kube-apiserver (go-yaml's reader) reads them:
// a file saved as UTF-16 with a BOM loads (the loader oracle says so for both targets, case 008-utf16-bom-yaml),
// and a YAML file with a byte that is not UTF-8 is refused with go-yaml's own words, as kube-apiserver and DKP
// refuse it (the decoded text alone, with U+FFFD in it, would read).
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'

const TEXT =
  'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  nonResourceURLs: ["/healthz*"]\n- level: Metadata\n'

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])

test('a policy file saved as UTF-16 with a BOM is read as UTF-16 and imported', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.chooseFile({ name: 'audit-policy.yaml', mimeType: 'application/yaml', buffer: utf16le(TEXT) })
  // The text box shows the decoded text, not the bytes of UTF-16 (no NUL characters, no "binary content").
  await expect(dialog.textBox()).toHaveValue(TEXT)
  await expect(dialog.importButton()).toBeEnabled({ timeout: 20_000 })
  await expect(dialog.root).not.toContainText('not a policy')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(1).level()).toHaveText('None')
  await expect(app.rule(1).root.getByRole('button', { name: '/healthz*', exact: true })).toBeVisible()
  await expect(app.rule(2).level()).toHaveText('Metadata')
})

test('a YAML file with a byte that is not UTF-8 is refused with go-yaml reader words', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  const latin1 = Buffer.from(TEXT + '  users: [caf\xe9]\n', 'latin1')
  await dialog.chooseFile({ name: 'audit-policy.yaml', mimeType: 'application/yaml', buffer: latin1 })
  await expect(dialog.root).toContainText('yaml: invalid trailing UTF-8 octet', { timeout: 20_000 })
  await expect(dialog.importButton()).toBeDisabled()
  await dialog.cancel()
})
