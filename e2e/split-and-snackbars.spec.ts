// The editor and the preview share the width as the user sets it: drag the bar between them or use the arrow
// keys on it; the page remembers it. Confirmations are snackbars that never stack: a newer one replaces the one
// on screen.
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'

test('the split between the editor and the preview moves by keyboard and by mouse, and is remembered', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const bar = page.getByRole('separator', { name: 'Resize the editor and the preview' })
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(bar).toHaveAttribute('aria-valuenow', '50')
  const before = (await preview.boundingBox())!.width

  await bar.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect(bar).toHaveAttribute('aria-valuenow', '60')
  await expect.poll(async () => (await preview.boundingBox())!.width).toBeLessThan(before - 100)
  await expectNoSeriousA11yViolations(page)

  // Remembered across a reload.
  await page.reload()
  await expect(bar).toHaveAttribute('aria-valuenow', '60')

  // Home and End stop at the bounds; Enter goes back to half and half.
  await bar.focus()
  await page.keyboard.press('Home')
  await expect(bar).toHaveAttribute('aria-valuenow', '25')
  await page.keyboard.press('End')
  await expect(bar).toHaveAttribute('aria-valuenow', '75')
  await page.keyboard.press('Enter')
  await expect(bar).toHaveAttribute('aria-valuenow', '50')

  // Dragged to 40 % of the page's grid.
  const box = (await bar.boundingBox())!
  const grid = (await page.getByRole('main').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 50)
  await page.mouse.down()
  await page.mouse.move(grid.x + grid.width * 0.4, box.y + 50, { steps: 5 })
  await page.mouse.up()
  const now = Number(await bar.getAttribute('aria-valuenow'))
  expect(now).toBeGreaterThanOrEqual(38)
  expect(now).toBeLessThanOrEqual(42)
})

test('a newer confirmation replaces the one on screen: snackbars never stack', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  const loaded = page.getByText('Loaded “Recommended baseline”')
  await expect(loaded).toBeVisible()

  const dialog = await ImportDialog.open(page)
  await dialog.paste('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n')
  await dialog.confirm()
  await expect(page.getByText(/^Imported\./)).toBeVisible()
  await expect(loaded).toBeHidden()
  await expect(page.locator('.MuiSnackbar-root')).toHaveCount(1)
})

test('at 1440×900 a confirmation shows over the page title, covering no button and no rule', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  const snackbar = page.locator('.MuiSnackbar-root')
  await expect(snackbar).toContainText('Loaded “Recommended baseline”')
  const box = (await snackbar.boundingBox())!
  const header = (await page.getByRole('banner').boundingBox())!
  expect(box.y).toBeGreaterThanOrEqual(header.y)
  expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height)
  const overlaps = (b: { x: number; y: number; width: number; height: number }) =>
    b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height
  for (const button of await page.getByRole('banner').getByRole('button').all()) {
    const b = await button.boundingBox()
    if (b) expect(overlaps(b), await button.innerText()).toBe(false)
  }
  expect(overlaps((await app.rules().first().boundingBox())!)).toBe(false)
  await expectNoSeriousA11yViolations(page)
})
