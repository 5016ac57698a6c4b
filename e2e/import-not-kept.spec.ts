// Import says what it cannot keep before the user confirms: the Secret around the policy (its labels, its other
// keys), the file's other documents, the ModuleConfig's other settings; a JSON policy comes in as it is and is
// written as YAML by the first form edit.
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const b64 = (s: string) => Buffer.from(s).toString('base64')

test('a Secret and ModuleConfig file: the dialog lists what is not kept, in short lines, before Import', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(
    [
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\n  labels: {team: a}\ndata:\n  audit-policy.yaml: ${b64(POLICY)}\n`,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n',
      'apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: control-plane-manager\nspec:\n  version: 1\n  settings:\n    apiserver:\n      auditPolicyEnabled: true\n      bindToWildcard: true\n',
    ].join('---\n'),
  )
  const notKept = dialog.root.getByRole('list', { name: 'Not kept' })
  await expect(notKept.getByRole('listitem')).toHaveText([
    'The Secret itself: only its audit-policy.yaml comes in (not metadata.labels); the Secret tab writes a new one.',
    'Other documents of the file: ConfigMap other.',
    'ModuleConfig settings other than the audit ones: spec.settings.apiserver.bindToWildcard.',
  ])
  await expect(
    dialog.root
      .getByRole('button', { name: 'Replace policy' })
      .or(dialog.root.getByRole('button', { name: 'Import', exact: true })),
  ).toBeEnabled()
  await expectNoSeriousA11yViolations(page)
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(1)
})

test('a JSON policy: the dialog says the first form edit writes it as YAML', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste('{"apiVersion": "audit.k8s.io/v1", "kind": "Policy", "rules": [{"level": "None"}]}')
  await expect(dialog.root.getByRole('list', { name: 'Not kept' })).toHaveText(
    'The JSON form: the text comes in as it is, and the first form edit writes it as YAML.',
  )
})

test('a block-YAML policy keeps everything: no "Not kept" list', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(POLICY)
  await expect(dialog.summary()).toContainText('Policy: 1 rule')
  await expect(dialog.root.getByRole('list', { name: 'Not kept' })).toHaveCount(0)
})
