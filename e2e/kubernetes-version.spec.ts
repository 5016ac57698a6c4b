// The Kubernetes version next to the target: validation follows it, and it travels in share links.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { makeShareLink } from './pages/KeepWorkPages'

test('group "*" on Deckhouse with Kubernetes 1.33 blocks Copy of the Secret, with the reason', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByRole('button', { name: 'Deckhouse', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const version = page.getByRole('combobox', { name: 'Kubernetes version' })
  await version.selectOption('1.33')
  const rule = await app.addRule()
  const group = await rule.addResourceGroup()
  await group.setApiGroup('*')
  await group.addResources('*/status')

  await app.openTab('Secret')
  await app.outputPanel().getByRole('button', { name: 'Copy', exact: true }).click()
  const warning = page.getByRole('dialog', {
    name: 'DKP will accept this Secret, then kube-apiserver will not start on any master',
  })
  await expect(warning).toContainText(
    'group "*" is a wildcard only from Kubernetes 1.36; kube-apiserver 1.33 refuses it as an invalid group name',
  )
  await expect(warning).toContainText('Copy anyway?')
  await warning.getByRole('button', { name: 'Cancel' }).click()
  await expect(warning).toBeHidden()

  // On 1.36 the same policy loads: Copy no longer asks.
  await version.selectOption('1.36')
  await app.outputPanel().getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(warning).toBeHidden()
})

test('the Kubernetes version round-trips through a share link', async ({ page, newWatchedContext }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addRule()
  await page.getByRole('combobox', { name: 'Kubernetes version' }).selectOption('1.31')
  const link = await makeShareLink(page)

  const fresh = await newWatchedContext()
  const other = await fresh.newPage()
  await other.goto(`/${new URL(link).hash}`)
  await expect(other.getByText('Opened the shared policy.')).toBeVisible()
  await expect(other.getByRole('combobox', { name: 'Kubernetes version' })).toHaveValue('1.31')
  await fresh.close()
})
