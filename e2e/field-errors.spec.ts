import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

test('errors from the core show at the field they concern, as the user types', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()

  await rule.addChips('Non-resource URLs', 'healthz')
  const urls = rule.field('Non-resource URLs')
  await expect(urls).toHaveAccessibleDescription(
    /Invalid value: "healthz": non-resource URL rules must begin with a '\/' character/,
  )
  await expect(rule.root.getByRole('button', { name: 'healthz' })).toHaveClass(/MuiChip-colorError/)
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeDisabled()
  await expect(page.getByText('Fix the error above to copy or download.')).toBeVisible()

  // Resources and non-resource URLs exclude each other: said where the user is.
  await expect(rule.button('Add resource group')).toBeDisabled()
  await expect(rule.root).toContainText('cannot also have resources or namespaces')
  await expect(rule.field('Namespaces')).toBeDisabled()

  // Fixing the value clears the error.
  await rule.root.getByRole('button', { name: 'healthz' }).focus()
  await page.keyboard.press('Backspace')
  await rule.addChips('Non-resource URLs', '/healthz*')
  await expect(urls).not.toHaveAccessibleDescription(/Invalid value/)
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeEnabled()
})

test('an API group with a version is an error at that API group field', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  const group = await rule.addResourceGroup()
  await group.setApiGroup('rbac.authorization.k8s.io/v1')
  await expect(group.apiGroup()).toHaveAccessibleDescription(
    /Invalid value: "rbac\.authorization\.k8s\.io\/v1": a lowercase RFC 1123 subdomain/,
  )
  await expect(rule.root.getByText(/^\d+ problems?$/)).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: 'kube-apiserver would fail to start' }),
  ).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  // As the user types, the error goes.
  await group.apiGroup().press('Backspace')
  await group.apiGroup().press('Backspace')
  await group.apiGroup().press('Backspace')
  await expect(group.apiGroup()).toHaveValue('rbac.authorization.k8s.io')
  await expect(group.apiGroup()).not.toHaveAccessibleDescription(/Invalid value/)
})

test('an empty policy is an error for Kubernetes and a warning for Deckhouse', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByText('the Secret contributes no rules')).toBeVisible()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  await expect(page.getByText('loaded illegal policy with 0 rules').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeDisabled()
})
