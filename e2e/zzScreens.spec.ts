// SCRATCH (not committed): screenshots of the Compare view.
import { createDocument } from '../src/state/document.ts'
import { encodeShare, shareUrl } from '../src/state/share.ts'
import { parsePolicy } from '../src/policy/index.ts'
import { expect, test } from './fixtures'

const BASE = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps"]
  - level: None
    userGroups: ["system:nodes"]
  - level: Request
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: "rbac.authorization.k8s.io"
        resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]
`
const EDITED = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: RequestResponse
    verbs: ["create", "update", "patch", "delete"]
    namespaces: ["team-a", "team-b"]
    resources:
      - group: ""
        resources: ["secrets"]
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps"]
  - level: Request
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: "rbac.authorization.k8s.io"
        resources: ["roles", "rolebindings", "clusterroles", "clusterrolebindings"]
`

for (const [lang, locale, tab, region] of [
  ['en', 'en-US', 'Compare', 'Tools'],
  ['ru', 'ru-RU', 'Сравнить', 'Инструменты'],
] as const) {
  test.describe(lang, () => {
    test.use({ locale })
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ]) {
      test(`${lang} ${w}`, async ({ page }) => {
        await page.setViewportSize({ width: w, height: h })
        const doc = await encodeShare(createDocument(parsePolicy(EDITED).policy!))
        const base = await encodeShare(createDocument(parsePolicy(BASE).policy!))
        await page.goto('/' + new URL(shareUrl('http://x/', doc, base)).hash)
        const tools = page.getByRole('region', { name: region })
        await tools.getByRole('tab', { name: tab }).click()
        const panel = tools.getByRole('tabpanel')
        await expect(panel.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 })
        await panel.scrollIntoViewIfNeeded()
        await page.screenshot({ path: `/tmp/shots/${lang}-${w}-view.png` })
        await panel.screenshot({ path: `/tmp/shots/${lang}-${w}-panel.png` })
        const overflow = await page.evaluate(() => {
          const out: string[] = []
          for (const el of document.querySelectorAll('[role=tabpanel] *')) {
            const r = el.getBoundingClientRect()
            if (r.right > window.innerWidth + 1 && r.width > 0) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`)
          }
          return [document.documentElement.scrollWidth, window.innerWidth, ...out.slice(0, 10)]
        })
        console.log(lang, w, JSON.stringify(overflow))
      })
    }
  })
}
