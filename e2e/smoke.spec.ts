import { expect, expectNoSeriousA11yViolations, test } from './fixtures'

test('the app opens offline, under the strict CSP, and is usable', async ({ page, watch }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add rule' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  expect(watch.external).toEqual([])
})
