// A share link cut in half or altered gives a clear message and leaves the current work untouched.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { expectNoFreeze, resetFreezes, watchFreezes } from './pages/FreezeWatch'
import { makeShareLink } from './pages/KeepWorkPages'

const broken: Array<{ name: string; change: (fragment: string) => string; message: string }> = [
  {
    name: 'cut in half',
    change: (f) => f.slice(0, Math.floor(f.length / 2)),
    message: 'This share link is incomplete: it was probably cut off when it was copied.',
  },
  {
    name: 'altered',
    change: (f) => f.slice(0, -6) + (f.at(-6) === 'A' ? 'B' : 'A') + f.slice(-5),
    message: 'This share link is',
  },
  {
    name: 'made by a newer version',
    change: (f) => f.replace(/#share=v\d+\./, '#share=v9.'),
    message: 'This share link was made by a newer version of the builder',
  },
]

for (const b of broken) {
  test(`a share link ${b.name}: a clear message, the work untouched`, async ({ page }) => {
    await watchFreezes(page)
    const app = new BuilderPage(page)
    await app.goto()
    await app.loadPreset('Recommended baseline')
    const fragment = new URL(await makeShareLink(page)).hash
    await app.loadPreset('Log all requests from all authenticated users')
    await expect(app.rules()).toHaveCount(1)
    await resetFreezes(page)

    await page.goto(`/${b.change(fragment)}`)
    const alert = page.getByRole('banner').getByRole('alert').filter({ hasText: 'This share link' })
    await expect(alert).toContainText(b.message)
    await expect(alert).toContainText('Your current work is unchanged.')
    await expect(app.rules()).toHaveCount(1)
    await expect(page.getByRole('dialog')).toBeHidden()
    await expectNoFreeze(page)
    // Dismissed, it goes, and so does the bad fragment.
    await alert.getByRole('button', { name: 'Close' }).click()
    await expect(alert).toBeHidden()
    expect(new URL(page.url()).hash).toBe('')
  })
}
