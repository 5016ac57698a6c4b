import { expect, test } from './fixtures'
import { canonical } from './helpers'
import { BuilderPage, decodeSecret } from './pages/BuilderPage'

// The core group and nine built-in API groups, built by hand.
const GROUPS = [
  'apps',
  'batch',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'policy',
  'storage.k8s.io',
  'autoscaling',
  'coordination.k8s.io',
  'discovery.k8s.io',
]

const EXPECTED = canonical(`
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
  resources:
  - group: ""
  - group: apps
  - group: batch
  - group: networking.k8s.io
  - group: rbac.authorization.k8s.io
  - group: policy
  - group: storage.k8s.io
  - group: autoscaling
  - group: coordination.k8s.io
  - group: discovery.k8s.io
`)

test('build a Metadata rule for ten standard API groups, download the Secret', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  await rule.setLevel('Metadata')
  // The first group stays empty: the core group, written as group: "".
  const core = await rule.addResourceGroup()
  await expect(core.apiGroup()).toHaveValue('')
  await expect(core.root).toContainText('Empty means the core group')
  for (const group of GROUPS) {
    const g = await rule.addResourceGroup()
    await g.setApiGroup(group)
  }
  await expect(rule.root.getByRole('group', { name: /^Resource group \d+$/ })).toHaveCount(10)

  await app.openTab('Secret')
  const { text } = await app.download()
  expect(decodeSecret(text)).toBe(EXPECTED)
  expect(decodeSecret(text)).toContain('- group: ""')
})

test('the documentation’s preset gives the documentation’s text', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Logging all operations with standard resources')
  const { text } = await app.download()
  expect(text).toBe(
    [
      'apiVersion: audit.k8s.io/v1',
      'kind: Policy',
      'rules:',
      '  - level: Metadata',
      '    resources:',
      '      - group: "apps"',
      '        resources: ["deployments", "daemonsets", "statefulsets", "replicasets"]',
      '      - group: "batch"',
      '        resources: ["jobs", "cronjobs"]',
      '      - group: ""',
      '        resources: ["*"]',
      '',
    ].join('\n'),
  )
  await app.openTab('Secret')
  expect(decodeSecret((await app.download()).text)).toBe(text)
})
