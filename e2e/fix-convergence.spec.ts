// Fixes converge: applying every offered fix, one after another, ends with a stable policy that has no
// fixable finding left (no fix undoes another, no loop), each step one undo away.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'
import { ToolsPanel } from './pages/ToolsPanel'

// The issue's case: Secret bodies at Request below rules that hide each other, and the DKP docs' example 2 order.
const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Request
    resources:
      - group: ""
        resources: ["secrets", "configmaps"]
  - level: Metadata
    userGroups: ["system:authenticated"]
  - level: None
    userGroups: ["system:serviceaccounts"]
  - level: Metadata
    resources:
      - group: ""
        resources: ["pods"]
  - level: None
    resources:
      - group: ""
        resources: ["pods"]
`
const MAX_STEPS = 12

for (const target of ['Kubernetes', 'Deckhouse'] as const) {
  test(`${target}: applying every offered fix ends with no fixable finding, without a loop`, async ({
    page,
  }) => {
    const app = new BuilderPage(page)
    await app.goto()
    await page.getByRole('button', { name: target, exact: true }).click()
    const dialog = await ImportDialog.open(page)
    await dialog.paste(POLICY)
    await dialog.confirm()
    await expect(app.rules()).toHaveCount(5)

    const panel = await new ToolsPanel(page).open('Problems')
    const fixes = panel.getByRole('button', { name: /^Apply fix: / })
    // The Secret-body warning's headline (its advice is in its details).
    const secretBodies = 'at Request: their contents land in the audit log.'
    await expect(panel).toContainText(secretBodies)
    await expect(fixes.first()).toBeVisible()
    const seen = new Set<string>()
    let steps = 0
    // Lint's notes (RequestReceived not omitted, …) stay to the end: once they show, lint has read the policy.
    const linted = panel.getByRole('button', { name: /^(Show|Hide) \d+ notes?$/ })
    for (; steps < MAX_STEPS; steps++) {
      await expect(linted).toBeVisible()
      if ((await fixes.count()) === 0) break
      const name = (await fixes.first().getAttribute('aria-label')) ?? (await fixes.first().innerText())
      const before = await app.outputPanel().innerText()
      // A policy seen before would mean a fix undid another: the loop the issue reported.
      expect(seen.has(before), `policy repeats after ${steps} fixes`).toBe(false)
      seen.add(before)
      await fixes.first().click()
      await expect.poll(() => app.outputPanel().innerText()).not.toBe(before)
      // The finding that was fixed is gone once lint has read the new policy.
      await expect(panel.getByRole('button', { name, exact: true })).toHaveCount(0)
    }
    expect(steps).toBeGreaterThan(1)
    expect(steps).toBeLessThan(MAX_STEPS)
    await expect(fixes).toHaveCount(0)
    // Stable: what is left is not fixable, and the Secret-body warning did not come back.
    await expect(panel).not.toContainText(secretBodies)
    await expect(app.outputPanel()).not.toContainText('level: Request')
  })
}
