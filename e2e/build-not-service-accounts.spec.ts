import { expect, test } from './fixtures'
import { canonical } from './helpers'
import { BuilderPage, decodeSecret } from './pages/BuilderPage'

const EXPECTED = canonical(`
apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: None
  userGroups: ["system:serviceaccounts"]
- level: Metadata
`)

test('build "Log all requests not from service accounts", download the Secret', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const first = await app.addRule()
  await first.setLevel('None')
  await first.addChips('User groups', 'system:serviceaccounts')
  const second = await app.addRule()
  await expect(second.level()).toHaveText('Metadata')

  await app.openTab('Secret')
  const { text } = await app.download()
  expect(decodeSecret(text)).toBe(EXPECTED)

  // The policy tab gives the same text, as audit-policy.yaml.
  await app.openTab('Policy')
  const policy = await app.download()
  expect(policy.name).toBe('audit-policy.yaml')
  expect(policy.text).toBe(EXPECTED)
})
