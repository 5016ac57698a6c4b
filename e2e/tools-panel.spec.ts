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
  await expect.poll(async () => (await tools.boundingBox())!.height).toBeGreaterThan(before * 1.3)
  expect((await tools.boundingBox())!.height).toBeGreaterThan((await preview.boundingBox())!.height)

  // The preview keeps working in its smaller half (it scrolls there and never spills over the tools), and the
  // toggle is a keyboard control.
  await expect(preview.getByRole('tab', { name: 'Policy' })).toBeVisible()
  const previewBox = (await preview.boundingBox())!
  // The code area (the highlighted text, or Monaco once the text was used).
  const editorBox = (await preview.getByTestId('code-view').first().boundingBox())!
  const toolsBox = (await tools.boundingBox())!
  expect(previewBox.y + previewBox.height).toBeLessThanOrEqual(toolsBox.y)
  expect(editorBox.height).toBeGreaterThan(100)
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('section')?.getAttribute('aria-label'),
    [toolsBox.x + toolsBox.width / 2, toolsBox.y + 20],
  )
  expect(hit).toBe('Tools')
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(async () => Math.round((await tools.boundingBox())!.height)).toBe(Math.round(before))
})

test.describe('in Russian at 1440×900', () => {
  test.use({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } })

  test('every tool tab shows its whole label, none behind a scroll arrow', async ({ page }) => {
    await page.goto('/')
    const list = page.getByRole('tablist', { name: 'Инструменты' })
    await expect(list.getByRole('tab')).toHaveCount(5)
    const row = (await list.boundingBox())!
    for (const tab of await list.getByRole('tab').all()) {
      const box = (await tab.boundingBox())!
      // Inside the row, and the label not clipped inside the tab.
      expect(box.x).toBeGreaterThanOrEqual(row.x - 0.5)
      expect(box.x + box.width).toBeLessThanOrEqual(row.x + row.width + 0.5)
      expect(await tab.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    }
    await expect(list.getByRole('tab', { name: 'Сравнить' })).toBeInViewport({ ratio: 1 })
  })
})
