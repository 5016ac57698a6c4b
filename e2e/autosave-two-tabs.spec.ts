// Two tabs on the same work do not silently overwrite each other: when one saves, the other stops saving and
// asks which version to keep.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

test('another tab’s save stops this one from overwriting it, and the user chooses', async ({
  page,
  context,
}) => {
  const first = new BuilderPage(page)
  await first.goto()
  await first.addRule()

  const other = await context.newPage()
  const second = new BuilderPage(other)
  await second.goto()
  await expect(second.rules()).toHaveCount(1)
  await second.addRule()
  await second.addRule()

  const banner = page.getByRole('alert').filter({ hasText: 'This policy was changed in another tab' })
  await expect(banner).toBeVisible()
  // While asked, the first tab's edits are not saved over the other tab's.
  await first.addRule()
  await page.waitForTimeout(800)
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('audit-policy-builder:work')!))
  expect(stored.doc.policy.rules).toHaveLength(3)

  await banner.getByRole('button', { name: 'Load the other tab’s version' }).click()
  await expect(first.rules()).toHaveCount(3)
  await expect(banner).toBeHidden()

  // Keeping this tab's version instead saves it, and then the other tab is the one asked.
  await first.addRule()
  await expect(
    other.getByRole('alert').filter({ hasText: 'This policy was changed in another tab' }),
  ).toBeVisible()
  await other.getByRole('alert').getByRole('button', { name: 'Keep this tab’s version' }).click()
  await expect
    .poll(() =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('audit-policy-builder:work')!).doc.policy.rules.length,
      ),
    )
    .toBe(3)
  await other.close()
})
