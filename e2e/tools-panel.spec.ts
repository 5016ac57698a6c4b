import { expect, test } from './fixtures'

test('the tools panel can take most of the column and give it back', async ({ page }) => {
  await page.goto('/')
  const tools = page.getByRole('region', { name: 'Tools' })
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(tools).toBeVisible()
  const before = (await tools.boundingBox())!.height
  const previewBefore = (await preview.boundingBox())!.height
  expect(before).toBeLessThan(previewBefore)

  const toggle = page.getByRole('button', { name: 'Enlarge the tools panel' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(async () => (await tools.boundingBox())!.height).toBeGreaterThan(before * 1.4)
  expect((await tools.boundingBox())!.height).toBeGreaterThan((await preview.boundingBox())!.height)

  // The preview keeps working in its smaller half, and the toggle is a keyboard control.
  await expect(preview.getByRole('tab', { name: 'Policy' })).toBeVisible()
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(async () => Math.round((await tools.boundingBox())!.height)).toBe(Math.round(before))
})
