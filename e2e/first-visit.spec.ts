// A light first visit: the first screen fetches exactly the files the size budget counts (scripts/first-visit.mjs,
// run by `npm test`), and no Monaco. Monaco loads when the user starts to use the Policy tab's text, and takes
// over in place: nothing moves, and the editor gets the focus and the selection the user made.
import { execFileSync } from 'node:child_process'
import { expect, test } from './fixtures'
import { YamlEditor } from './pages/KeepWorkPages'

interface Budget {
  files: Array<{ file: string; gzip: number }>
  gzip: number
  budget: number
}

const budget = (): Budget =>
  JSON.parse(
    execFileSync(process.execPath, ['scripts/first-visit.mjs', '--json'], { encoding: 'utf8' }),
  ) as Budget

test('a first visit fetches the files the size budget counts, and no Monaco', async ({ page, baseURL }) => {
  const fetched = new Set<string>()
  const record = (url: string) => {
    if (url.startsWith(baseURL!)) fetched.add(new URL(url).pathname.replace(/^\//, '') || 'index.html')
  }
  // Context events also carry the requests of workers.
  page.context().on('request', (r) => record(r.url()))
  await page.goto('/')
  await expect(page.getByTestId('plain-code')).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Tools' }).getByRole('tab', { name: /Problems/ }),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  const counted = budget()
  expect([...fetched].sort()).toEqual(counted.files.map((f) => f.file))
  expect(counted.gzip).toBeLessThanOrEqual(counted.budget)
  expect([...fetched].filter((f) => /CodeEditor|monaco|editor\.worker|yaml\.worker/i.test(f))).toEqual([])
})

test('the Policy text is highlighted until used; then Monaco takes over in place, with the selection', async ({
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  const preview = page.getByRole('region', { name: 'Preview' })
  const text = preview.getByTestId('plain-code')
  await expect(text).toContainText('apiVersion: audit.k8s.io/v1')
  // Highlighted as Monaco highlights YAML: the key in its colour, the value in another.
  const colour = (s: string) =>
    text
      .locator('span', { hasText: new RegExp(`^${s}$`) })
      .first()
      .evaluate((el) => getComputedStyle(el).color)
  expect(await colour('apiVersion')).not.toBe(await colour('audit.k8s.io/v1'))
  const area = preview.getByTestId('code-view')
  const before = await area.boundingBox()
  const firstLine = async (selector: string) => {
    const box = await preview.locator(selector).first().boundingBox()
    return { x: Math.round(box!.x), y: Math.round(box!.y) }
  }
  // The first line's text, where each view puts it: the highlighted text's first token, Monaco's first line.
  const placeholderLine = await firstLine('[data-testid="plain-code"] > span > span')

  // The user selects a word (a double click): the editor starts loading and takes over with that selection.
  await text
    .locator('span', { hasText: /^Policy$/ })
    .first()
    .dblclick()
  const editor = new YamlEditor(page)
  await expect(editor.root.locator('.view-lines')).toBeVisible({ timeout: 20_000 })
  await expect(text).toHaveCount(0)
  await expect(editor.textArea()).toBeFocused()
  await page.keyboard.press('ControlOrMeta+c')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Policy')

  // Nothing moved: the code area keeps its box, and the first line of text its place.
  expect(await area.boundingBox()).toEqual(before)
  // Monaco's line 1 by its text: Monaco appends the lines it renders anew after the others, so the first
  // line in its DOM is not always line 1.
  const monacoLine = await firstLine('.monaco-editor .view-line:has-text("apiVersion:") span span')
  expect(Math.abs(monacoLine.x - placeholderLine.x)).toBeLessThanOrEqual(1)
  expect(Math.abs(monacoLine.y - placeholderLine.y)).toBeLessThanOrEqual(1)
})
