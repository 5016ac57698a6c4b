// Bad input in the YAML editor: a huge paste is refused before Monaco holds it; malformed text, an alias bomb
// and a 10,000-rule text are read off the page and explained above the editor; the forms keep the last good
// policy; the page never freezes for more than a second.
import { serializePolicy } from '../src/policy/index.ts'
import { aPolicy, aRule } from '../src/testing/builders.ts'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { expectNoFreeze, resetFreezes, watchFreezes } from './pages/FreezeWatch'
import { pressPaste, putOnClipboard, YamlEditor } from './pages/KeepWorkPages'

async function setup(page: import('@playwright/test').Page) {
  await watchFreezes(page)
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  await expect(app.rules()).toHaveCount(6)
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await resetFreezes(page)
  return { app, yaml, preview: page.getByRole('region', { name: 'Preview' }) }
}

test('a 50 MB paste into the editor is refused before the editor holds it', async ({ page }) => {
  const { app, yaml, preview } = await setup(page)
  const before = await yaml.fullText()
  await putOnClipboard(page, { repeat: 'x'.repeat(1024), times: 50 * 1024 })
  await resetFreezes(page)
  await yaml.focus()
  await pressPaste(page, yaml.textArea())
  await expect(preview.getByRole('alert')).toContainText(
    'That paste is 50.0 MiB; the editor takes pastes up to 2.0 MiB. Nothing was pasted. To bring in a big file, use Import.',
  )
  await expectNoFreeze(page)
  expect(await yaml.fullText()).toBe(before)
  await expect(app.rules()).toHaveCount(6)
})

const texts: Array<{ name: string; text: () => string; message: RegExp }> = [
  {
    name: 'malformed YAML',
    text: () => 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n  users: ]\n',
    message: /Line \d+, column \d+: .*yaml: /,
  },
  {
    name: 'an alias bomb',
    text: () =>
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' +
      'bcdefghi'
        .split('')
        .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
        .join('\n') +
      '\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: Metadata}]\n',
    message: /excessive aliasing/,
  },
  {
    name: 'a 10,000-rule policy',
    text: () =>
      serializePolicy(aPolicy(Array.from({ length: 10_000 }, (_, i) => aRule({ users: [`u${i}`] })))),
    message: /the text has 10,000 rules; the builder edits up to 2,000/,
  },
]

for (const t of texts) {
  test(`${t.name} in the editor: explained above it, the forms keep their policy, no freeze`, async ({
    page,
  }) => {
    const { app, yaml, preview } = await setup(page)
    await putOnClipboard(page, t.text())
    await resetFreezes(page)
    await yaml.focus()
    await page.keyboard.press('ControlOrMeta+a')
    await pressPaste(page, yaml.textArea())
    await expect(
      preview.getByRole('status').filter({ hasText: 'The forms show the last valid version' }),
    ).toContainText(t.message, { timeout: 30_000 })
    await expectNoFreeze(page)
    await expect(app.rules()).toHaveCount(6)
  })
}
