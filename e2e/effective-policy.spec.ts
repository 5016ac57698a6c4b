import { readFile } from 'node:fs/promises'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('the effective DKP policy: built-in rules folded, the user rules highlighted in place, the tail, downloadable', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  await rule.setLevel('Request')
  const group = await rule.addResourceGroup()
  await group.addResources('pods/exec')
  await rule.note().fill('kubectl exec with the request')

  const panel = await new ToolsPanel(page).open('Effective policy')
  await expect(panel).toContainText(
    'kube-apiserver runs 30 rules, first match wins: 27 built-in before yours, 1 rule of yours, 2 built-in after.',
  )
  // Rules 1–27 are folded until opened.
  const rule1 = panel.getByText('Drop Endpoints, EndpointSlices and Events')
  await expect(rule1).toBeHidden()
  await panel.getByText('DKP built-in rules 1–27').click()
  await expect(rule1).toBeVisible()
  // The user's rule lands at #28, highlighted, with its note; the tail follows it.
  const mine = panel.getByTestId('effective-user-rule')
  await expect(mine).toHaveCount(1)
  await expect(mine).toContainText('#28Your rule 1')
  await expect(mine).toContainText('kubectl exec with the request')
  await expect(mine).toContainText('resources: ["pods/exec"]')
  await expect(panel).toContainText('#29Built-in rule 28')
  await expect(panel).toContainText('Drop every other authenticated request')
  await expectNoSeriousA11yViolations(page)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download', exact: true }).click(),
  ])
  expect(download.suggestedFilename()).toBe('audit-policy-effective.yaml')
  const text = await readFile(await download.path(), 'utf8')
  expect(text).toContain(
    '  # DKP built-in rule 27: ModuleConfig changes\n  - level: Metadata\n    verbs: ["create", "update", "patch", "delete"]\n    resources:\n      - group: "deckhouse.io"\n        resources: ["moduleconfigs"]\n  # Your rule 1\n  - level: Request\n',
  )
  expect(text).toMatch(/# Your rule 1\n[^#]*# DKP built-in rule 28: Drop every other authenticated request\n/)

  // The user's rule links to its form.
  await rule.button('Collapse rule').click()
  await mine.getByRole('button', { name: 'Your rule 1' }).click()
  await expect(rule.root).toBeFocused()
  await expect(rule.level()).toBeVisible()

  // Without DKP's basic policy, the user's rules are the whole policy.
  await app.openTab('ModuleConfig')
  await page.getByLabel('Basic audit policy').click()
  await expect(panel).toContainText('basicAuditPolicyEnabled is false: your rules are the whole policy.')
  await expect(panel.getByText('DKP built-in rules 1–27')).toBeHidden()
  await expect(mine).toContainText('#1Your rule 1')
})

test('on Kubernetes, the effective policy view explains it is a DKP view and offers to switch', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const panel = await new ToolsPanel(page).open('Effective policy')
  await expect(panel).toContainText('The effective policy is a Deckhouse view')
  await panel.getByRole('button', { name: 'Switch the target to Deckhouse' }).click()
  await expect(page.getByRole('button', { name: 'Deckhouse' })).toHaveAttribute('aria-pressed', 'true')
  await expect(panel).toContainText('kube-apiserver runs 29 rules')
})
