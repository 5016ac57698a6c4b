// Text from imports is never rendered as HTML: script and markup payloads in every field (and in the field
// names the problems list quotes) show as text, and nothing in them runs.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, YamlEditor } from './pages/KeepWorkPages'

declare global {
  interface Window {
    __xss?: number
  }
}

const PAYLOADS = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # <script>window.__xss=1</script><img src=x onerror="window.__xss=2">
  - level: Metadata
    users: ["<img src=x onerror=window.__xss=3>"]
    userGroups: ["<script>window.__xss=4</script>"]
    verbs: ["<b>get</b>"]
    namespaces: ["<svg onload=window.__xss=5>"]
    resources:
      - group: "<iframe src=javascript:window.__xss=6>"
        resources: ["<a href=javascript:window.__xss=7>pods</a>"]
        resourceNames: ["{{constructor.constructor('window.__xss=8')()}}"]
  - level: "<marquee>None</marquee>"
    nonResourceURLs: ["/<script>window.__xss=9</script>"]
    "<img src=x onerror=window.__xss=10>": 1
`

async function nothingRan(page: import('@playwright/test').Page): Promise<void> {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined()
  expect(
    await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"], iframe, marquee, svg[onload], a[href^="javascript"], b')
          .length,
    ),
  ).toBe(0)
}

test('script and markup in every field are shown as text and never run', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(PAYLOADS)
  // The problems list quotes the text as it is.
  await expect(dialog.summary()).toContainText('unknown field "rules[1].<img src=x onerror=window.__xss=10>"')
  // (The API server's message escapes < and > the Go JSON way; the text is still shown as text.)
  await expect(dialog.summary()).toContainText(
    'Unsupported value: "\\u003cmarquee\\u003eNone\\u003c/marquee\\u003e"',
  )
  await nothingRan(page)
  await dialog.confirm()

  await expect(app.rules()).toHaveCount(2)
  const rule = app.rule(1)
  await expect(rule.note()).toHaveValue('<script>window.__xss=1</script><img src=x onerror="window.__xss=2">')
  for (const text of [
    '<img src=x onerror=window.__xss=3>',
    '<script>window.__xss=4</script>',
    '<b>get</b>',
    '<svg onload=window.__xss=5>',
    '<a href=javascript:window.__xss=7>pods</a>',
  ])
    await expect(rule.root.getByRole('button', { name: text, exact: true })).toBeVisible()
  await expect(rule.root.getByRole('combobox', { name: 'API group' })).toHaveValue(
    '<iframe src=javascript:window.__xss=6>',
  )
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await expect.poll(() => yaml.fullText()).toContain('users: ["<img src=x onerror=window.__xss=3>"]')
  await nothingRan(page)
})
