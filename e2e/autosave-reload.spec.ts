// Autosave: every change is kept in the browser; reopening the page restores it exactly (the policy, the
// ModuleConfig settings, the target, and the YAML text as typed, even when it does not read yet). Stored
// data that cannot be read gives a clear message and a clean start.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { YamlEditor } from './pages/KeepWorkPages'

const FORMATTED = `# our cluster's policy
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # health checks
  - level: None
    nonResourceURLs:
      - /healthz*
      - /readyz
  - level: Metadata
`

test('reopening the page restores the policy, the settings, the target and the YAML as typed', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(FORMATTED)
  await expect(app.rules()).toHaveCount(2)
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await app.openTab('ModuleConfig')
  await page.getByRole('radio', { name: 'Stdout' }).check()
  await page.getByRole('switch', { name: 'Basic audit policy' }).uncheck()
  await app.openTab('Policy')

  await page.reload()
  await expect(app.rules()).toHaveCount(2)
  await expect(page.getByRole('button', { name: 'Kubernetes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(app.rule(1).note()).toHaveValue('health checks')
  await yaml.ready()
  await expect.poll(() => yaml.fullText()).toBe(FORMATTED)
  await app.openTab('ModuleConfig')
  await expect(page.getByRole('radio', { name: 'Stdout' })).toBeChecked()
  await expect(page.getByRole('switch', { name: 'Basic audit policy' })).not.toBeChecked()
})

test('a YAML text that does not read yet survives a reload, and so does the last good policy', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(FORMATTED)
  await expect(app.rules()).toHaveCount(2)
  const broken = FORMATTED + '  - level: [\n'
  await yaml.replaceAll(broken)
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(preview).toContainText('The forms show the last valid version')
  await page.reload()
  await yaml.ready()
  await expect.poll(() => yaml.fullText()).toBe(broken)
  await expect(preview).toContainText('The forms show the last valid version')
  await expect(app.rules()).toHaveCount(2)
})

test('saved work that cannot be read: a clear message, a clean start, nothing thrown', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'audit-policy-builder:work',
        '{"format":"audit-policy-builder","version":1,"doc":{"policy":{"rules":"oops"}}}',
      )
      sessionStorage.setItem('seeded', '1')
    }
  })
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByRole('banner')).toContainText(
    'Your saved work could not be read (the policy has no list of rules), so the builder started empty.',
  )
  await expect(app.rules()).toHaveCount(0)
  // The unreadable copy is kept aside, not thrown away.
  expect(await page.evaluate(() => localStorage.getItem('audit-policy-builder:work-unreadable'))).toContain(
    'oops',
  )
})
