import { CONTENT_SECURITY_POLICY } from '../vite.config.ts'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'

test('the app opens offline, under the strict CSP, and is usable', async ({ page, watch }) => {
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  await expect(page.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add rule' })).toBeVisible()
  // Monaco arrives lazily, when the Policy text is first used: use it and wait for it, so its chunks and workers
  // are covered by the checks below and by the fixture's (no request outside localhost, no CSP violation, no
  // console error).
  await page.getByTestId('plain-code').click()
  await expect(page.locator('.monaco-editor').first()).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  expect(watch.external).toEqual([])
  expect(watch.cspViolations).toEqual([])
})
