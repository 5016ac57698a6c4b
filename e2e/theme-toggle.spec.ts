// Light/dark: the header toggle switches the page, and Monaco's theme follows.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

test('the theme toggle switches the page background and Monaco follows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  const app = new BuilderPage(page)
  await app.goto()
  const editor = page.locator('.monaco-editor').first()
  // Monaco loads when the Policy text is first used.
  await page.getByTestId('plain-code').click()
  await expect(editor).toBeVisible()
  await expect(editor).toHaveClass(/\bvs\b/)
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const light = await background()

  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(editor).toHaveClass(/\bvs-dark\b/)
  await expect.poll(background).not.toBe(light)
  const dark = await background()
  // A dark background: each channel well below the middle.
  const [r, g, b] = dark.match(/\d+/g)!.map(Number)
  expect(Math.max(r!, g!, b!)).toBeLessThan(80)

  await page.getByRole('button', { name: 'Switch to light theme' }).click()
  await expect(editor).not.toHaveClass(/\bvs-dark\b/)
  await expect.poll(background).toBe(light)
})
