import { expect, test } from './fixtures'
import { canonical } from './helpers'
import { BuilderPage, decodeSecret } from './pages/BuilderPage'

const EXPECTED = canonical(`
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
  userGroups:
  - system:authenticated
`)

test('build "Log all requests from all authenticated users" by clicking and typing, download the Secret', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  await rule.setLevel('Metadata')
  // Pick the group from the catalog's suggestions.
  const groups = rule.field('User groups')
  await groups.click()
  await groups.pressSequentially('system:auth')
  await page.getByRole('option', { name: 'system:authenticated', exact: true }).click()
  await groups.press('Escape')
  await expect(rule.root.getByRole('button', { name: 'system:authenticated' })).toBeVisible()

  await expect(app.outputPanel()).toContainText('userGroups: ["system:authenticated"]')

  await app.openTab('Secret')
  const { name, text } = await app.download()
  expect(name).toBe('audit-policy-secret.yaml')
  expect(text).toContain('name: audit-policy\n  namespace: kube-system\n')
  expect(decodeSecret(text)).toBe(EXPECTED)

  await rule.button('Collapse rule').click()
  await expect(rule.summary()).toHaveText('Metadata · group system:authenticated · every verb')
})
