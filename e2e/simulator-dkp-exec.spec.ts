import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { Simulator } from './pages/ToolsPanel'

test('kubectl exec on DKP is not logged: built-in rule 28 drops it, and the simulator says why', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  // A user rule that logs Secrets, not exec.
  const rule = await app.addRule()
  const group = await rule.addResourceGroup()
  await group.addResources('secrets')

  const sim = await Simulator.open(page)
  await sim.quickPick('kubectl exec')
  await expect(sim.field('Subresource')).toHaveValue('exec')
  await expect(sim.level()).toHaveText('None')
  await expect(sim.verdict()).toHaveText(
    'Not logged: no built-in rule and none of your rules covers this authenticated request, so DKP built-in rule 28 (Drop every other authenticated request) drops it. Add a rule to log it.',
  )
  // Why the user's rule did not match: in the simulator and on the rule itself.
  await expect(sim.root).toContainText(
    'Your rule 1: resources: core pods/exec web-0 matches no resources entry',
  )
  await expect(rule.root.getByTestId('rule-skip')).toHaveText(
    'Test request passes over this rule: resources: core pods/exec web-0 matches no resources entry',
  )
  // The 27 built-in rules before it are folded, with their reasons one click away.
  await sim.root.getByRole('button', { name: 'Show why' }).click()
  await expect(sim.root).toContainText(
    'DKP built-in rule 13 (Pod writes with request bodies): resources: core pods/exec web-0 matches no resources entry',
  )
  await expectNoSeriousA11yViolations(page)

  // Logging exec is one resource away: now rule 1 matches, and the rule list shows it.
  await group.addResources('pods/exec')
  await expect(sim.level()).toHaveText('Metadata')
  await expect(sim.verdict()).toHaveText(
    'Your rule 1 is the first rule that matches: logged at Metadata. None of DKP’s built-in rules before it matched.',
  )
  await expect(rule.root.getByTestId('rule-match')).toHaveText('Matches the test request')
  await expect(rule.root.getByTestId('rule-skip')).toBeHidden()

  // An anonymous request is not authenticated: it reaches rule 29 and is logged at Metadata.
  await sim.quickPick('Anonymous request')
  await expect(sim.level()).toHaveText('Metadata')
  await expect(sim.verdict()).toContainText('DKP built-in rule 29')
  await expect(sim.root).toContainText(
    'DKP built-in rule 28 (Drop every other authenticated request): userGroups: none of [system:unauthenticated] is in [system:authenticated]',
  )

  // Leaving the simulator clears the marks in the rule list.
  await page.getByRole('tab', { name: /^Problems/ }).click()
  await expect(rule.root.getByTestId('rule-match')).toBeHidden()
  await expect(rule.root.getByTestId('rule-skip')).toBeHidden()
})
