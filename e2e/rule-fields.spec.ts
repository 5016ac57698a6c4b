// Every rule field the seed journeys leave out, filled through the forms only, lands in the Policy preview as
// typed; a non-resource rule offers the HTTP verbs.
import { expect, test } from './fixtures'
import { canonical } from './helpers'
import { addChips, BuilderPage } from './pages/BuilderPage'
import { chooseItem } from './pages/MenuChoice'

const EXPECTED = canonical(`
apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: [RequestReceived]
rules:
- level: Request
  namespaces: [kube-system, team-a]
  resources:
  - group: ""
    resources: [configmaps]
    resourceNames: [app-config, feature-flags]
  omitStages: [ResponseStarted]
  omitManagedFields: true
- level: Metadata
  users: [alice]
  omitManagedFields: false
`)

// Tall enough for the editor to show all 20 lines of the policy (Monaco renders only the lines in view).
test.use({ viewport: { width: 1440, height: 1400 } })

test('namespaces, omit stages, omit managed fields and resource names reach the Policy preview', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.gotoWithClipboard()
  await addChips(page.getByRole('combobox', { name: 'Policy omit stages', exact: true }), ['RequestReceived'])

  const first = await app.addRule()
  await first.setLevel('Request')
  await first.addChips('Namespaces', 'kube-system', 'team-a')
  const group = await first.addResourceGroup()
  await group.addResources('configmaps')
  await addChips(group.root.getByRole('combobox', { name: 'Resource names', exact: true }), [
    'app-config',
    'feature-flags',
  ])
  await first.addChips('Omit stages', 'ResponseStarted')
  await first.field('Omit managed fields').click()
  await chooseItem(page.getByRole('option', { name: 'true: omit managedFields' }))
  await expect(first.field('Omit managed fields')).toHaveText('true: omit managedFields')

  const second = await app.addRule()
  await second.addChips('Users', 'alice')
  await second.field('Omit managed fields').click()
  await chooseItem(page.getByRole('option', { name: 'false: keep managedFields' }))
  await expect(second.field('Omit managed fields')).toHaveText('false: keep managedFields')

  await app.openTab('Policy')
  const preview = app.outputPanel()
  for (const line of [
    'omitStages: ["RequestReceived"]',
    'namespaces: ["kube-system", "team-a"]',
    'resourceNames: ["app-config", "feature-flags"]',
    'omitStages: ["ResponseStarted"]',
    'omitManagedFields: true',
    'omitManagedFields: false',
  ])
    await expect(preview).toContainText(line)
  // The whole preview text, exactly.
  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED)
})

test('a non-resource rule suggests the HTTP verbs, a resource rule the resource verbs', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  const verbs = rule.field('Verbs')
  await verbs.click()
  await expect(page.getByRole('option', { name: 'list', exact: true })).toBeVisible()
  await expect(page.getByRole('option', { name: 'post', exact: true })).toHaveCount(0)
  await verbs.press('Escape')

  await rule.addChips('Non-resource URLs', '/healthz*')
  await verbs.click()
  for (const verb of ['get', 'post', 'put', 'head', 'options'])
    await expect(page.getByRole('option', { name: verb, exact: true })).toBeVisible()
  await expect(page.getByRole('option', { name: 'list', exact: true })).toHaveCount(0)
  await page.getByRole('option', { name: 'post', exact: true }).click()
  await verbs.press('Escape')
  await expect(rule.root.getByRole('button', { name: 'post', exact: true })).toBeVisible()
  await expect(app.outputPanel()).toContainText('verbs: ["post"]')
})
