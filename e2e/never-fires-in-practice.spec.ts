// The DKP documentation's example 2 ("Logging all requests not from service accounts"), built by clicking:
// rule 2 never fires, because every service account also has system:authenticated, which rule 1 selects.
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('DKP docs example 2: "never fires in practice" shows without expanding anything; one click reorders it', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const first = await app.addRule()
  await first.addChips('User groups', 'system:authenticated')
  const second = await app.addRule()
  await second.setLevel('None')
  await second.addChips('User groups', 'system:serviceaccounts')

  const panel = await new ToolsPanel(page).open('Problems')
  const finding = panel.getByRole('button', {
    name: /^Rule 2 never fires in practice: rule 1 decides every request a real user can send to it\./,
  })
  await expect(finding).toBeVisible()
  // The reason is in the finding's details, one click away.
  const item = panel.getByRole('listitem').filter({
    has: page.getByRole('button', { name: /^Rule 2 never fires in practice: / }),
  })
  await item.getByRole('button', { name: 'Details', exact: true }).click()
  await expect(item).toContainText(
    'kube-apiserver adds system:authenticated to every identity rule 2 selects, and rule 1 selects it.',
  )
  await expectNoSeriousA11yViolations(page)

  // One click moves rule 2 above rule 1.
  await panel.getByRole('button', { name: 'Apply fix: Move rule 2 above rule 1' }).click()
  await expect(app.rule(1).level()).toHaveText('None')
  await expect(app.rule(2).level()).toHaveText('Metadata')
  await expect(finding).toBeHidden()
})

test('the simulator fills in the groups kube-apiserver adds and names the later rule that also matches', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const first = await app.addRule()
  await first.addChips('User groups', 'system:authenticated')
  const second = await app.addRule()
  await second.setLevel('None')
  await second.addChips('User groups', 'system:serviceaccounts')

  const sim = await new ToolsPanel(page).open('Test a request')
  const user = sim.getByRole('textbox', { name: 'User', exact: true })
  await user.fill('system:serviceaccount:prod:ci')
  await expect(sim).toContainText(
    'Added by kube-apiserver for this user: system:serviceaccounts, system:serviceaccounts:prod, system:authenticated',
  )
  await expect(sim.getByTestId('simulated-level')).toHaveText('Metadata')
  await expect(sim.getByTestId('also-matched')).toContainText('Your rule 2')
})
