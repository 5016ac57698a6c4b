// "New policy" asks first (only when there is something to lose), clears the rules and the settings, keeps
// the target, and is one undo away.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { headerAction, undoButton } from './pages/KeepWorkPages'
import { chooseItem } from './pages/MenuChoice'

test('New policy asks, Cancel keeps the work, Start new clears it, Undo brings it back', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByRole('banner').getByRole('button', { name: 'New policy' })).toBeDisabled()
  await app.loadPreset('Recommended baseline')
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await app.openTab('ModuleConfig')
  await page.getByRole('radio', { name: 'Stdout' }).check()

  await headerAction(page, 'New policy')
  const dialog = page.getByRole('dialog', { name: 'Start a new policy?' })
  await expect(dialog).toContainText('Undo brings them back.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.rules()).toHaveCount(6)

  await headerAction(page, 'New policy')
  await dialog.getByRole('button', { name: 'Start new' }).click()
  await expect(app.rules()).toHaveCount(0)
  await expect(page.getByRole('radio', { name: 'File' })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Kubernetes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await undoButton(page).click()
  await expect(app.rules()).toHaveCount(6)
  await expect(page.getByRole('radio', { name: 'Stdout' })).toBeChecked()
})

test('on a narrow screen the actions are in the More menu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  await page.getByRole('button', { name: 'More actions' }).click()
  for (const name of ['Import', 'Share', 'New policy'])
    await expect(page.getByRole('menuitem', { name })).toBeVisible()
  await chooseItem(page.getByRole('menuitem', { name: 'New policy' }))
  await page
    .getByRole('dialog', { name: 'Start a new policy?' })
    .getByRole('button', { name: 'Start new' })
    .click()
  await expect(app.rules()).toHaveCount(0)
})
