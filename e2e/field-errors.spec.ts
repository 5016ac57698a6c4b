import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

test('errors from the core show at the field they concern, as the user types', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.gotoWithClipboard()
  const rule = await app.addRule()

  await rule.addChips('Non-resource URLs', 'healthz')
  const urls = rule.field('Non-resource URLs')
  await expect(urls).toHaveAccessibleDescription(
    /Invalid value: "healthz": non-resource URL rules must begin with a '\/' character/,
  )
  await expect(rule.root.getByRole('button', { name: 'healthz' })).toHaveClass(/MuiChip-colorError/)
  await expect(
    app.outputPanel().getByText('1 error: kube-apiserver will not start. Copy and Download ask first.'),
  ).toBeVisible()

  // Download stays possible, but asks first, saying what would happen and why; Cancel hands nothing over.
  let downloads = 0
  page.on('download', () => (downloads += 1))
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const warning = page.getByRole('dialog', {
    name: 'DKP will accept this Secret, then kube-apiserver will not start on any master',
  })
  await expect(warning).toContainText("non-resource URL rules must begin with a '/' character")
  await expect(warning).toContainText('Download anyway?')
  await expect(warning.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await warning.getByRole('button', { name: 'Cancel' }).click()
  await expect(warning).toBeHidden()
  expect(downloads).toBe(0)

  // The Secret's Copy asks the same; "Copy anyway" copies.
  await app.openTab('Secret')
  await app.outputPanel().getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(warning).toContainText('Copy anyway?')
  await warning.getByRole('button', { name: 'Copy anyway' }).click()
  await expect(app.outputPanel().getByRole('status')).toHaveText('Copied to the clipboard')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('name: audit-policy')
  await app.openTab('Policy')

  // Resources and non-resource URLs exclude each other: said where the user is.
  await expect(rule.button('Add resource group')).toBeDisabled()
  await expect(rule.root).toContainText('cannot also have resources or namespaces')
  await expect(rule.field('Namespaces')).toBeDisabled()

  // Fixing the value clears the error.
  await rule.root.getByRole('button', { name: 'healthz' }).focus()
  await page.keyboard.press('Backspace')
  await rule.addChips('Non-resource URLs', '/healthz*')
  await expect(urls).not.toHaveAccessibleDescription(/Invalid value/)
  // Without errors, Download saves at once.
  const { name } = await app.download()
  expect(name).toBe('audit-policy.yaml')
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
  await expect(page.getByRole('alert').getByText(/The Secret contributes no rules/)).toBeVisible()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  await expect(page.getByText('loaded illegal policy with 0 rules').first()).toBeVisible()

  // Downloading it anyway takes a clear "yes".
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const warning = page.getByRole('dialog', { name: 'kube-apiserver will not start with this policy' })
  await expect(warning).toContainText('loaded illegal policy with 0 rules')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Download anyway' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('audit-policy.yaml')
  await expect(warning).toBeHidden()
})
