import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { Simulator } from './pages/ToolsPanel'

const EVENT = JSON.stringify({
  kind: 'Event',
  apiVersion: 'audit.k8s.io/v1',
  level: 'Metadata',
  auditID: '2d6f1e6c-8f0b-4a63-9d0e-4c3b7d6c9e11',
  stage: 'ResponseComplete',
  requestURI: '/apis/apps/v1/namespaces/shop/deployments/web/scale',
  verb: 'patch',
  user: { username: 'carol', groups: ['devs', 'system:authenticated'] },
  objectRef: {
    resource: 'deployments',
    namespace: 'shop',
    name: 'web',
    apiGroup: 'apps',
    subresource: 'scale',
  },
  responseStatus: { code: 200 },
})

test('a pasted audit event fills the simulator; a method and URL too; bad input is said and loses nothing', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const rule = await app.addRule()
  await rule.setLevel('Request')
  await rule.addChips('Verbs', 'patch')

  const sim = await Simulator.open(page)
  await sim.paste(`${EVENT}\n`)
  await expect(sim.root).toContainText('Filled from the audit event.')
  await expect(sim.field('User')).toHaveValue('carol')
  await expect(sim.root.getByRole('button', { name: 'devs' })).toBeVisible()
  await expect(sim.field('Verb')).toHaveValue('patch')
  await expect(sim.field('API group')).toHaveValue('apps')
  await expect(sim.field('Resource')).toHaveValue('deployments')
  await expect(sim.field('Subresource')).toHaveValue('scale')
  await expect(sim.field('Namespace')).toHaveValue('shop')
  await expect(sim.field('Name')).toHaveValue('web')
  await expect(sim.level()).toHaveText('Request')
  await expect(sim.verdict()).toHaveText('Your rule 1 is the first rule that matches: logged at Request.')

  // Not JSON: the message is under the field, the form keeps the event.
  await sim.paste('{"verb": "get", ')
  await expect(sim.root).toContainText('this is not valid JSON')
  await expect(sim.field('User')).toHaveValue('carol')

  // A method and URL keep the user and groups.
  await sim.paste('GET /api/v1/namespaces/kube-system/secrets?watch=true')
  await expect(sim.field('User')).toHaveValue('carol')
  await expect(sim.field('Verb')).toHaveValue('watch')
  await expect(sim.field('Resource')).toHaveValue('secrets')
  await expect(sim.field('Name')).toHaveValue('')
  await expect(sim.level()).toHaveText('None')
  await expect(sim.verdict()).toHaveText('No rule matches this request, so it is not audited.')
  await expect(sim.root).toContainText('Rule 1: verbs: watch is not in [patch]')
})
