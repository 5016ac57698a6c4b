// Saved work that cannot be read is never written over unless a copy of it exists: with no room in the browser's
// storage for a copy, the original stays where it was, autosave stops and the page says so.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

const KEY = 'audit-policy-builder:work'

test('unreadable saved work with no room for a copy: kept, and autosave stops and says so', async ({
  page,
}) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    // A save cut in the middle (1M characters), then filler until the storage has no room for a second copy.
    const cut =
      '{"format":"audit-policy-builder","version":1,"doc":{"policy":{"rules":[' + 'x'.repeat(1_000_000)
    localStorage.setItem(key, cut)
    let size = 1 << 24
    let i = 0
    while (size >= 1024) {
      try {
        localStorage.setItem(`filler-${i}`, 'f'.repeat(size))
        i++
      } catch {
        size >>= 1
      }
    }
    localStorage.setItem('expected', String(cut.length))
  }, KEY)
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByRole('banner')).toContainText(
    'Your saved work could not be read (it is not valid JSON), so the builder started empty. There is no room',
  )
  await app.addRule()
  await expect(page.getByRole('banner')).toContainText('Autosave is off: your earlier saved work')
  const kept = await page.evaluate((key) => {
    const v = localStorage.getItem(key)
    return { length: v?.length, expected: Number(localStorage.getItem('expected')), cut: v?.endsWith('xxx') }
  }, KEY)
  expect(kept.length).toBe(kept.expected)
  expect(kept.cut).toBe(true)
})

test('unreadable saved work with room: set aside, then autosave goes on', async ({ page }) => {
  await page.addInitScript((key) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    localStorage.setItem(key, '{"format":"audit-policy-builder","version":0}')
  }, KEY)
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByRole('banner')).toContainText('The unreadable copy was set aside')
  await app.addRule()
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key)?.includes('"rules":[{') ?? false, KEY))
    .toBe(true)
  expect(await page.evaluate(() => localStorage.getItem('audit-policy-builder:work-unreadable'))).toBe(
    '{"format":"audit-policy-builder","version":0}',
  )
})
