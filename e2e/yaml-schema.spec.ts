// The YAML editor knows the audit.k8s.io/v1 schema (completion of field names and values, hover docs) and
// marks problems: monaco-yaml's schema warnings and the core's own findings.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { YamlEditor } from './pages/KeepWorkPages'

test('completion offers field names and level values', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    ')
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Control+Space')
  const suggest = page.locator('.suggest-widget')
  await expect(suggest).toBeVisible()
  await expect(suggest).toContainText('omitStages')
  await expect(suggest).toContainText('userGroups')
  await page.keyboard.press('Escape')
  await yaml.replaceAll('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: ')
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.press('Control+Space')
  await expect(suggest).toContainText('RequestResponse')
})

test('hover shows the field docs, and problems are marked', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Verbose\n    nonResourceURLs: ["healthz"]\n',
  )
  // The core's errors (unsupported level, URL without "/") are errors; the schema's are warnings.
  await expect(yaml.root.locator('.squiggly-error').first()).toBeVisible()
  await expect(yaml.root.locator('.squiggly-warning').first()).toBeVisible()
  const key = yaml.root.locator('.view-line span', { hasText: 'nonResourceURLs' }).first()
  // The error notices above the editor push its fifth line below the pane's fold: scroll to it, as a user would.
  await key.scrollIntoViewIfNeeded()
  const box = (await key.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Non-resource URL paths' })).toBeVisible()
})
