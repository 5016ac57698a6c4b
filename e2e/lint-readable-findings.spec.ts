// Findings people can read: a one-line headline (at most 140 characters), the details on demand, the DKP
// overlap summary's long list behind its own toggle, notes grouped by rule with each detail said once.
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

const OWN_POLICY =
  'To log those requests at RequestResponse, you would have to set basicAuditPolicyEnabled: false and write the whole policy yourself.'

/** headlines: the finding links' texts (each finding's headline) in `scope`. */
async function headlines(scope: Locator): Promise<string[]> {
  return scope.getByRole('listitem').locator('button.MuiLink-root').allInnerTexts()
}

test('on DKP, overlap notes read as headlines; details, the long list and each detail once per rule on demand', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  // Rule 1: writes, reads and lists of pods and Secrets with bodies; DKP's built-in rules 12–15 and 26 take
  // parts of them first. Rule 2: everything else at Request, of which the built-in rules decide a lot.
  const rule = await app.addRule()
  await rule.setLevel('RequestResponse')
  await rule.addChips('Verbs', 'create', 'get', 'list')
  const group = await rule.addResourceGroup()
  await group.addResources('pods', 'secrets')
  const rest = await app.addRule()
  await rest.setLevel('Request')

  const panel = await new ToolsPanel(page).open('Problems')
  await panel.getByRole('button', { name: /^Show \d+ notes$/ }).click()
  const rule1 = panel.getByRole('region', { name: 'Notes on Rule 1' })
  const rule2 = panel.getByRole('region', { name: 'Notes on Rule 2' })
  const overlap15 = rule1.getByRole('listitem').filter({
    has: page.getByRole('button', {
      name: 'Rule 1 partly overlaps DKP built-in rule 15: some of its requests reach the built-in rule first and are logged at Metadata.',
      exact: true,
    }),
  })
  await expect(overlap15).toBeVisible()
  for (const text of [...(await headlines(rule1)), ...(await headlines(rule2))])
    expect(text.length, text).toBeLessThanOrEqual(140)

  // The details are one click away, not in the headline.
  const part = 'Those are list requests; your rule (RequestResponse) cannot change their level.'
  await expect(overlap15).not.toContainText(part)
  const details = overlap15.getByRole('button', { name: 'Details', exact: true })
  await expect(details).toHaveAttribute('aria-expanded', 'false')
  await details.click()
  await expect(overlap15).toContainText(part)
  await expect(overlap15.getByRole('button', { name: 'Hide details' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )

  // Every detail of rule 1's notes open: how to choose the level of the requests DKP decides is said once.
  for (let open = rule1.getByRole('button', { name: 'Details', exact: true }); (await open.count()) > 0;)
    await open.first().click()
  await expect(rule1.getByTestId('finding-details').filter({ hasText: OWN_POLICY })).toHaveCount(1)

  // Rule 2 leaves everything open: one summary note whose list of built-in rules expands on demand.
  const summary = rule2.getByRole('listitem').filter({
    has: page.getByRole('button', {
      name: /^Rule 2 \(Request\) cannot change the level of some requests: DKP built-in rules /,
    }),
  })
  await expect(summary).toHaveCount(1)
  const listed = 'list requests (built-in rule 15: logged at Metadata)'
  await expect(summary).not.toContainText(listed)
  const showAll = summary.getByRole('button', { name: /^Show all \d+ parts$/ })
  await showAll.click()
  await expect(summary.getByRole('listitem').filter({ hasText: listed })).toHaveCount(1)
  expect(await summary.getByRole('listitem').count()).toBeGreaterThan(10)
  await summary.getByRole('button', { name: 'Hide the list' }).click()
  await expect(summary).not.toContainText(listed)
})

test('the rule card shows the same headline, its details on demand', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const first = await app.addRule()
  await first.addChips('User groups', 'system:authenticated')
  const second = await app.addRule()
  await second.setLevel('None')
  await second.addChips('User groups', 'system:serviceaccounts')

  const card = app.rule(2).root
  const warning = card.getByRole('alert').filter({
    hasText: 'Rule 2 never fires in practice: rule 1 decides every request a real user can send to it.',
  })
  await expect(warning).toBeVisible()
  const why =
    'kube-apiserver adds system:authenticated to every identity rule 2 selects, and rule 1 selects it.'
  // The reason is read under the headline without expanding anything; what to do is in the details.
  const todo = 'Move rule 2 above rule 1, or narrow rule 1.'
  await expect(warning.getByText(why, { exact: true })).toBeVisible()
  await expect(warning).not.toContainText(todo)
  await warning.getByRole('button', { name: 'Details', exact: true }).click()
  await expect(warning).toContainText(todo)
})
