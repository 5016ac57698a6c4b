// "Compare with…": the cluster's Secret pasted as the base, one rule changed in the form, exactly one behaviour
// change listed with its example, and the example opens in the simulator with the new outcome.
import {
  buildSecret,
  DKP_BUILTIN_HEAD,
  DKP_BUILTIN_TAIL,
  effectivePolicy,
  parsePolicy,
  serializePolicy,
} from '../src/policy/index.ts'
import { createDocument } from '../src/state/document.ts'
import { encodeShare, shareUrl } from '../src/state/share.ts'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, makeShareLink } from './pages/KeepWorkPages'
import { Simulator, ToolsPanel } from './pages/ToolsPanel'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: None
    userGroups: ["system:nodes"]
`

test('paste the Secret as the base, change one rule, see the one behaviour change and open its example', async ({
  page,
  newWatchedContext,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(buildSecret(POLICY))
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)

  const tools = new ToolsPanel(page)
  await tools.root.getByRole('tab', { name: 'Compare' }).click()
  const panel = tools.panel()
  // The command that prints the cluster's policy is there to copy.
  await expect(panel).toContainText('d8 k -n kube-system get secret audit-policy -o yaml')
  // The Compare panel is loaded lazily: wait for its field.
  const field = panel.getByRole('textbox', { name: 'Base policy (YAML, JSON or the Secret)' })
  await field.fill(buildSecret(POLICY))
  await panel.getByRole('button', { name: 'Compare', exact: true }).click()
  const behaviour = panel.getByRole('region', { name: 'Behaviour changes' })
  await expect(behaviour.getByRole('status')).toHaveText('No request is audited differently.')

  await app.rule(1).setLevel('Request')
  await expect(behaviour.getByRole('status')).toHaveText('1 change in what is logged')
  const items = behaviour.getByRole('listitem')
  await expect(items).toHaveCount(1)
  await expect(items.first()).toContainText('of secrets (core)')
  await expect(items.first()).toContainText('Metadata → Request; still decided by your rule 1')
  await expect(items.first().getByTestId('compare-example')).toContainText('"resource":"secrets"')
  // The rule list beside the base marks the one rule as changed.
  await expect(panel.getByRole('region', { name: 'Rule changes' })).toContainText(
    'Rule 1 changed: level: Metadata → Request',
  )

  await items.first().getByRole('button', { name: 'Open in simulator' }).click()
  await expect(tools.tab('Test a request')).toHaveAttribute('aria-selected', 'true')
  const sim = new Simulator(page, tools.panel())
  await expect(sim.field('Resource')).toHaveValue('secrets')
  await expect(sim.level()).toHaveText('Request')

  // The text diff is one click away.
  await tools.root.getByRole('tab', { name: 'Compare' }).click()
  await panel.getByRole('button', { name: 'Text diff' }).click()
  await expect(panel.getByTestId('compare-text-diff')).toContainText('Request', { timeout: 30_000 })

  // The share link carries the base: a fresh browser opens the policy and compares it with the same base.
  const link = await makeShareLink(page)
  expect(link).toMatch(/&base=v2\./)
  const fresh = await newWatchedContext()
  const other = await fresh.newPage()
  await other.goto(`/${new URL(link).hash}`)
  const there = new ToolsPanel(other)
  await there.root.getByRole('tab', { name: 'Compare' }).click()
  await expect(there.panel()).toContainText('Base: from the share link')
  await expect(
    there.panel().getByRole('region', { name: 'Behaviour changes' }).getByRole('listitem'),
  ).toHaveCount(1)
  await fresh.close()
})

test('on DKP, the policy rendered on a master is the base: its user’s rules compared, its built-in rules on both sides', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(buildSecret(POLICY))
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)

  // The cluster's rendering, one DKP release apart from ours: a built-in rule after rule 1 drops every Secret
  // request, so no edit of the user's Secret rule changes what the cluster logs.
  const user = parsePolicy(POLICY).policy!
  const dropSecrets = { level: 'None', resources: [{ group: '', resources: ['secrets'] }] }
  const head = [DKP_BUILTIN_HEAD[0]!, { number: 2, rule: dropSecrets }, ...DKP_BUILTIN_HEAD.slice(1)]
  const on = { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }
  const rendered = serializePolicy(effectivePolicy(user, on, { head, tail: DKP_BUILTIN_TAIL }).policy)

  const tools = new ToolsPanel(page)
  await tools.root.getByRole('tab', { name: 'Compare' }).click()
  const panel = tools.panel()
  // On DKP the panel shows where that file is.
  await expect(panel).toContainText('sudo cat /etc/kubernetes/deckhouse/extra-files/audit-policy.yaml')
  await panel.getByRole('textbox', { name: 'Base policy (YAML, JSON or the Secret)' }).fill(rendered)
  await panel.getByRole('button', { name: 'Compare', exact: true }).click()
  const note = panel.getByTestId('compare-rendered')
  await expect(note).toContainText(
    'Read as the policy rendered on a master: its DKP built-in rules (1–28, 29–30) run on both sides, and its 2 rules in between are compared with yours.',
  )
  const behaviour = panel.getByRole('region', { name: 'Behaviour changes' })
  await expect(behaviour.getByRole('status')).toHaveText('No request is audited differently.')

  await app.rule(1).setLevel('Request')
  // The rule changes are the user's rules, numbered as in the rule list.
  await expect(panel.getByRole('region', { name: 'Rule changes' })).toContainText(
    'Rule 1 changed: level: Metadata → Request',
  )
  await expect(behaviour).toHaveAttribute('aria-busy', 'false')
  await expect(behaviour.getByRole('status')).toHaveText('No request is audited differently.')

  // Read as a whole, the file's built-in rules are rules of the base: many more changes.
  await note.getByRole('button', { name: 'Compare the whole file instead' }).click()
  await expect(note).toContainText('It holds DKP’s built-in rules around the user’s rules')
  await expect(behaviour.getByRole('status')).toHaveText(/^\d+ changes in what is logged$/)
  await note.getByRole('button', { name: 'Read it as rendered on a master' }).click()
  await expect(behaviour.getByRole('status')).toHaveText('No request is audited differently.')

  // On plain Kubernetes no built-in rules wrap the user's: the whole file is compared, and the note says why.
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await expect(note).toHaveText(
    'This base is a policy rendered on a DKP master. The target is Kubernetes, with no built-in rules around yours, so the whole file is compared.',
  )
  await expect(behaviour.getByRole('status')).toHaveText(/^\d+ changes in what is logged$/)
  await page.getByRole('button', { name: 'Deckhouse', exact: true }).click()
  await expect(note).toContainText('Read as the policy rendered on a master')
  await expect(behaviour.getByRole('status')).toHaveText('No request is audited differently.')

  // With our shipped built-in rules instead (the Secret as the base), the same edit changes Secret requests.
  await panel.getByRole('button', { name: 'Stop comparing' }).click()
  await panel
    .getByRole('textbox', { name: 'Base policy (YAML, JSON or the Secret)' })
    .fill(buildSecret(POLICY))
  await panel.getByRole('button', { name: 'Compare', exact: true }).click()
  await expect(behaviour.getByRole('status')).toHaveText('1 change in what is logged')
  await expect(panel.getByTestId('compare-rendered')).toHaveCount(0)
})

test('on a phone, the comparison fits the screen’s width: rule lines and examples wrap inside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  // The edited policy and the base arrive by a share link; both have a rule with long words, changed by the edit.
  const rbac = (level: string) => `  - level: ${level}
    verbs: ["create", "update", "patch", "delete"]
    resources:
      - group: "rbac.authorization.k8s.io"
        resources: ["clusterroles", "clusterrolebindings"]
`
  const link = shareUrl(
    'http://localhost/',
    await encodeShare(createDocument(parsePolicy(POLICY + rbac('RequestResponse')).policy!)),
    await encodeShare(createDocument(parsePolicy(POLICY + rbac('Request')).policy!)),
  )
  await page.goto(`/${new URL(link).hash}`)
  const tools = new ToolsPanel(page)
  await tools.root.getByRole('tab', { name: 'Compare' }).click()
  const panel = tools.panel()
  await expect(
    panel.getByRole('region', { name: 'Behaviour changes' }).getByRole('listitem'),
  ).not.toHaveCount(0)
  await expect(panel.getByRole('table', { name: 'Rule changes' })).toContainText('clusterrolebindings')
  const right = await panel.evaluate((root) =>
    Math.max(...[...root.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)),
  )
  expect(right).toBeLessThanOrEqual(390)
})
