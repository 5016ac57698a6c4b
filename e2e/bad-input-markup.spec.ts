// Text from imports is never rendered as HTML: script and markup payloads in every field (and in the field
// names the problems list quotes) show as text, and nothing in them runs.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { dropFile, ImportDialog, YamlEditor } from './pages/KeepWorkPages'

declare global {
  interface Window {
    __xss?: number
  }
}

const PAYLOADS = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # <script>window.__xss=1</script><img src=x onerror="window.__xss=2">
  - level: Metadata
    users: ["<img src=x onerror=window.__xss=3>"]
    userGroups: ["<script>window.__xss=4</script>"]
    verbs: ["<b>get</b>"]
    namespaces: ["<svg onload=window.__xss=5>"]
    resources:
      - group: "<iframe src=javascript:window.__xss=6>"
        resources: ["<a href=javascript:window.__xss=7>pods</a>"]
        resourceNames: ["{{constructor.constructor('window.__xss=8')()}}"]
  - level: "<marquee>None</marquee>"
    nonResourceURLs: ["/<script>window.__xss=9</script>"]
    "<img src=x onerror=window.__xss=10>": 1
`

async function nothingRan(page: import('@playwright/test').Page): Promise<void> {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined()
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], iframe, marquee, svg[onload], a[href^="javascript"], b')
          .length,
    ),
  ).toBe(0)
  // No script element came from the payloads either (the page's own scripts hold no "__xss").
  expect(
    await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('__xss')).length),
  ).toBe(0)
}

test('script and markup in every field are shown as text and never run', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(PAYLOADS)
  // The problems list quotes the text as it is.
  await expect(dialog.summary()).toContainText('unknown field "rules[1].<img src=x onerror=window.__xss=10>"')
  // (The API server's message escapes < and > the Go JSON way; the text is still shown as text.)
  await expect(dialog.summary()).toContainText(
    'Unsupported value: "\\u003cmarquee\\u003eNone\\u003c/marquee\\u003e"',
  )
  await nothingRan(page)
  await dialog.confirm()

  await expect(app.rules()).toHaveCount(2)
  const rule = app.rule(1)
  await expect(rule.note()).toHaveValue('<script>window.__xss=1</script><img src=x onerror="window.__xss=2">')
  for (const text of [
    '<img src=x onerror=window.__xss=3>',
    '<script>window.__xss=4</script>',
    '<b>get</b>',
    '<svg onload=window.__xss=5>',
    '<a href=javascript:window.__xss=7>pods</a>',
  ])
    await expect(rule.root.getByRole('button', { name: text, exact: true })).toBeVisible()
  await expect(rule.root.getByRole('combobox', { name: 'API group' })).toHaveValue(
    '<iframe src=javascript:window.__xss=6>',
  )
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await expect.poll(() => yaml.fullText()).toContain('users: ["<img src=x onerror=window.__xss=3>"]')
  await nothingRan(page)
})

/** noDialogs fails the test if anything opens a browser dialog (alert, confirm, prompt). */
function noDialogs(page: import('@playwright/test').Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  return dialogs
}

const b64 = (text: string) => Buffer.from(text).toString('base64')
const SECRET_POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'

test('a Secret with markup in its name and in its data key: quoted as text, nothing runs', async ({
  page,
}) => {
  const dialogs = noDialogs(page)
  const app = new BuilderPage(page)
  await app.goto()
  const name = '<img src=x onerror=window.__xss=11>'
  const key = '<script>window.__xss=12</script>'
  const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: "${name}"\n  namespace: kube-system\ndata:\n  "${key}": ${b64(SECRET_POLICY)}\n`
  const dialog = await ImportDialog.open(page)
  await dialog.paste(secret)
  // The wrong-key message and the Secret's name quote the markup as text.
  await expect(dialog.summary()).toContainText(`the Secret has no key audit-policy.yaml (it has ${key})`)
  await expect(dialog.summary()).toContainText(
    `this is the Secret kube-system/${name}; DKP reads only kube-system/audit-policy`,
  )
  await expect(dialog.summary()).toContainText(`Secret kube-system/${name}: no policy in it`)
  await nothingRan(page)
  await dialog.cancel()

  // With the right key it imports (the name is only quoted, as text).
  const again = await ImportDialog.open(page)
  await again.paste(secret.replace(`"${key}"`, 'audit-policy.yaml'))
  await expect(again.summary()).toContainText(`Secret kube-system/${name}: 1 rule`)
  await nothingRan(page)
  await again.confirm()
  await expect(app.rules()).toHaveCount(1)
  await nothingRan(page)
  expect(dialogs).toEqual([])
})

test('a ModuleConfig with markup in its settings: shown as text, nothing runs', async ({ page }) => {
  const dialogs = noDialogs(page)
  const app = new BuilderPage(page)
  await app.goto()
  const path = '/var/log/<img src=x onerror=window.__xss=13>.log'
  const config = `apiVersion: deckhouse.io/v1alpha1
kind: ModuleConfig
metadata:
  name: control-plane-manager
spec:
  version: 1
  enabled: true
  settings:
    apiserver:
      auditPolicyEnabled: true
      basicAuditPolicyEnabled: "<script>window.__xss=14</script>"
      auditLog:
        output: "<svg onload=window.__xss=15>"
        path: "${path}"
`
  const dialog = await ImportDialog.open(page)
  await dialog.paste(config)
  for (const message of [
    'basicAuditPolicyEnabled must be true or false, not "<script>window.__xss=14</script>"; ignored',
    'auditLog.output must be File or Stdout, not "<svg onload=window.__xss=15>"; ignored',
    `auditLog.path "${path}" does not match DKP's pattern; ignored`,
  ])
    await expect(dialog.summary()).toContainText(message)
  await nothingRan(page)
  // The settings that read come in; the ones with markup are left out, and nothing runs.
  await dialog.confirm()
  await app.openTab('ModuleConfig')
  await expect(page.getByRole('radio', { name: 'File' })).toBeChecked()
  await nothingRan(page)
  expect(dialogs).toEqual([])
})

test('a dropped file whose name is markup: the name is shown as text, nothing runs', async ({ page }) => {
  const dialogs = noDialogs(page)
  const app = new BuilderPage(page)
  await app.goto()
  const name = '<img src=x onerror=window.__xss=16><script>window.__xss=17</script>.yaml'
  // Over 200 KB, so the dialog names the file instead of showing its text in the text box.
  const text = SECRET_POLICY + `# ${'x'.repeat(210 * 1024)}\n`
  await dropFile(page, { name, mimeType: 'application/yaml', text })
  const dialog = new ImportDialog(page)
  await expect(dialog.root).toContainText(`File ${name} (`)
  await expect(dialog.summary()).toContainText('Policy: 1 rule')
  await nothingRan(page)
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(1)
  await nothingRan(page)
  expect(dialogs).toEqual([])
})
