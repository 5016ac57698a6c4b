// Two tabs on the same work do not silently overwrite each other: when one saves, the other stops saving and
// asks which version to keep; either choice is confirmed first; and closing a tab whose work is not stored makes
// the browser ask (only then).
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

const storedRules = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('audit-policy-builder:work')!).doc.policy.rules.length)

/** closeAsking closes `page` as the user would and tells whether the browser asked to leave (beforeunload). */
async function closeAsking(page: Page): Promise<boolean> {
  let asked = false
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') asked = true
    void d.accept()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => page.isClosed()).toBe(true)
  return asked
}

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

  // Taking the other tab's version asks first: cancelling keeps both.
  await banner.getByRole('button', { name: 'Load the other tab’s version' }).click()
  const ask = page.getByRole('dialog', { name: 'Replace this tab’s work?' })
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toBeHidden()
  await expect(first.rules()).toHaveCount(2)
  await expect(banner).toBeVisible()
  await banner.getByRole('button', { name: 'Load the other tab’s version' }).click()
  await ask.getByRole('button', { name: 'Load the other tab’s version' }).click()
  await expect(first.rules()).toHaveCount(3)
  await expect(banner).toBeHidden()
  // This tab's replaced work is one undo away.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(first.rules()).toHaveCount(2)
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(first.rules()).toHaveCount(3)

  // Keeping this tab's version instead saves it (after asking), and then the other tab is the one asked.
  await first.addRule()
  const otherBanner = other.getByRole('alert').filter({ hasText: 'This policy was changed in another tab' })
  await expect(otherBanner).toBeVisible()
  await otherBanner.getByRole('button', { name: 'Keep this tab’s version' }).click()
  await other
    .getByRole('dialog', { name: 'Replace the other tab’s work?' })
    .getByRole('button', { name: 'Keep this tab’s version' })
    .click()
  await expect.poll(() => storedRules(page)).toBe(3)
  await other.close()
})

test('closing a tab asks only while its work is not in the browser’s storage', async ({ page, context }) => {
  const first = new BuilderPage(page)
  await first.goto()
  await first.addRule()
  await expect.poll(() => storedRules(page)).toBe(1)

  const other = await context.newPage()
  const second = new BuilderPage(other)
  await second.goto()
  await expect(second.rules()).toHaveCount(1)
  await second.addRule()
  await expect.poll(() => storedRules(other)).toBe(2)

  const banner = page.getByRole('alert').filter({ hasText: 'This policy was changed in another tab' })
  await expect(banner).toBeVisible()
  await first.addRule()
  await first.addRule()
  // The first tab's three rules are stored nowhere: closing it makes the browser ask.
  expect(await closeAsking(page)).toBe(true)

  // The second tab's work is stored: it closes without a question, right after an edit too.
  await second.addRule()
  expect(await closeAsking(other)).toBe(false)
  const third = await context.newPage()
  await new BuilderPage(third).goto()
  await expect(new BuilderPage(third).rules()).toHaveCount(3)
})
