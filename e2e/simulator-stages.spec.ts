// The simulator's result says which stages are omitted and whether managedFields are kept, as the policy sets them.
import { expect, test } from './fixtures'
import { ImportDialog } from './pages/KeepWorkPages'
import { BuilderPage } from './pages/BuilderPage'
import { Simulator } from './pages/ToolsPanel'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  - level: Request
    verbs: ["list"]
    resources:
      - group: ""
        resources: ["pods"]
    omitStages: ["ResponseStarted"]
    omitManagedFields: true
  - level: Metadata
`

test('the simulator shows the omitted stages and omitManagedFields of the rule that matches', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(POLICY)
  await expect(dialog.summary()).toContainText('2 rules')
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(2)

  const sim = await Simulator.open(page)
  await sim.quickPick('kubectl get pods')
  await expect(sim.level()).toHaveText('Request')
  // The policy's stages and the rule's, together; the rule's omitManagedFields: true.
  await expect(sim.root).toContainText(
    'Omitted stages: RequestReceived, ResponseStarted. managedFields are left out of bodies.',
  )

  // /healthz falls to rule 2: only the policy's stage, and managedFields kept.
  await sim.quickPick('/healthz')
  await expect(sim.level()).toHaveText('Metadata')
  await expect(sim.root).toContainText('Omitted stages: RequestReceived. managedFields are kept in bodies.')
})
