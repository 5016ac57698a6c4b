// A policy written in YAML flow style ({apiVersion: …, rules: [{level: None}]}) is what a user sometimes has: its
// rules show in the forms; on Kubernetes the page says why kube-apiserver refuses it (a text that starts with
// "{" goes to its JSON decoder) and what to do; a form edit writes it in block style with its comments kept,
// and a one-line notice under the header says so.
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, YamlEditor } from './pages/KeepWorkPages'

const FLOW = `{apiVersion: audit.k8s.io/v1, kind: Policy, rules: [
  # kube-proxy is noisy
  {level: None, users: [system:kube-proxy]},
  {level: Metadata, verbs: [get]}]}
`

test('a flow-style policy on Kubernetes: rules shown, the reason given, and a form edit writes it in block style', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(FLOW)
  await expect(dialog.root).toContainText('Policy: 2 rules, 1 error')
  await expect(dialog.root).toContainText('kube-apiserver reads text starting with "{" as JSON')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(2).level()).toContainText('Metadata')
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview).toContainText('kube-apiserver will not start')

  // One form edit: the text becomes block style, the comment stays (as rule 1's note), the error goes.
  await app.rule(2).setLevel('Request')
  const notice = page.getByRole('banner').getByRole('status').filter({ hasText: 'block style' })
  await expect(notice).toContainText(
    'Your form edit wrote the policy text in block style (it was flow-style YAML); every comment and field is kept.',
  )
  expect((await notice.boundingBox())!.height).toBeLessThan(50)
  await expectNoSeriousA11yViolations(page)
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await expect
    .poll(() => yaml.fullText())
    .toBe(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  # kube-proxy is noisy\n  - level: None\n    users: [system:kube-proxy]\n  - level: Request\n    verbs: [get]\n',
    )
  await expect(preview).not.toContainText('kube-apiserver will not start')

  // Undo brings the flow text back; the notice can be dismissed.
  await notice.getByRole('button', { name: 'Close' }).click()
  await expect(notice).toBeHidden()
  await page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(app.rule(2).level()).toContainText('Metadata')
  await expect.poll(() => yaml.fullText()).toBe(FLOW)
})

test('a flow-style policy typed in the editor on Deckhouse reaches the forms', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(FLOW)
  await expect(app.rules()).toHaveCount(2)
  await expect(app.rule(1).root).toContainText('system:kube-proxy')
})
