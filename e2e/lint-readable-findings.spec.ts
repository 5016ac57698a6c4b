// Findings people can read: a one-line headline (at most 140 characters), the details on demand, one DKP
// overlap note per rule with its list of built-in rules behind its own toggle, notes grouped by rule with each
// detail said once.
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
  const rule = await app.addRuleWith({
    level: 'RequestResponse',
    chips: { Verbs: ['create', 'get', 'list'] },
    resources: [['pods', 'secrets']],
  })
  await app.addRuleWith({ level: 'Request' })

  const panel = await new ToolsPanel(page).openNotes()
  const rule1 = panel.getByRole('region', { name: 'Notes on Rule 1' })
  const rule2 = panel.getByRole('region', { name: 'Notes on Rule 2' })
  // One overlap note per rule, however many built-in rules it overlaps (6 for rule 1, 21 for rule 2).
  const overlapNote = /^Rule \d+ \((RequestResponse|Request)\) overlaps \d+ of DKP's built-in rules /
  const overlap1 = rule1.getByRole('listitem').filter({
    has: page.getByRole('button', {
      name: "Rule 1 (RequestResponse) overlaps 6 of DKP's built-in rules (7, 12, 13, 14 and 2 more): they decide some of its requests first.",
      exact: true,
    }),
  })
  await expect(overlap1).toBeVisible()
  await expect(
    rule1.getByRole('listitem').filter({ has: page.getByRole('button', { name: overlapNote }) }),
  ).toHaveCount(1)
  expect(
    (await headlines(rule1)).filter((h) => /DKP built-in rule|DKP's built-in rules/.test(h)),
    'no other note of rule 1 names a built-in rule',
  ).toHaveLength(1)
  for (const text of [...(await headlines(rule1)), ...(await headlines(rule2))])
    expect(text.length, text).toBeLessThanOrEqual(140)

  // The details are one click away, not in the headline.
  const advice =
    "Most likely rule 1 is meant for its other verbs: remove list from its verbs (no request's level changes)."
  await expect(overlap1).not.toContainText(advice)
  const details = overlap1.getByRole('button', { name: 'Details', exact: true })
  await expect(details).toHaveAttribute('aria-expanded', 'false')
  await details.click()
  await expect(overlap1).toContainText(advice)
  await expect(overlap1.getByRole('button', { name: 'Hide details' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )

  // The built-in rules, one line each with the part it takes, behind their own toggle.
  const listed =
    'Built-in rule 15 “Every LIST (catches OOM-causing lists)”: list requests, logged at Metadata'
  await expect(overlap1).not.toContainText(listed)
  await overlap1.getByRole('button', { name: 'Show all 6 parts' }).click()
  await expect(overlap1.getByRole('listitem')).toHaveCount(6)
  await expect(overlap1.getByRole('listitem').filter({ hasText: listed })).toHaveCount(1)

  // Every detail of rule 1's notes open: how to choose the level of the requests DKP decides is said once.
  for (let open = rule1.getByRole('button', { name: 'Details', exact: true }); (await open.count()) > 0;)
    await open.first().click()
  await expect(rule1.getByTestId('finding-details').filter({ hasText: OWN_POLICY })).toHaveCount(1)

  // Rule 2 leaves everything open: one note whose list of built-in rules expands on demand.
  const summary = rule2.getByRole('listitem').filter({
    has: page.getByRole('button', { name: /^Rule 2 \(Request\) overlaps 21 of DKP's built-in rules / }),
  })
  await expect(summary).toHaveCount(1)
  await expect(
    rule2.getByRole('listitem').filter({ has: page.getByRole('button', { name: overlapNote }) }),
  ).toHaveCount(1)
  await expect(summary).not.toContainText(listed)
  const showAll = summary.getByRole('button', { name: 'Show all 21 parts' })
  await showAll.click()
  await expect(summary.getByRole('listitem').filter({ hasText: listed })).toHaveCount(1)
  await expect(summary.getByRole('listitem')).toHaveCount(21)
  await summary.getByRole('button', { name: 'Hide the list' }).click()
  await expect(summary).not.toContainText(listed)

  // The rule card says the same note: its headline, the list one click away.
  await rule.root.getByRole('button', { name: /^Show \d+ notes?$/ }).click()
  const onCard = rule.root.getByRole('alert').filter({
    hasText: "Rule 1 (RequestResponse) overlaps 6 of DKP's built-in rules (7, 12, 13, 14 and 2 more)",
  })
  await expect(onCard).toHaveCount(1)
  await onCard.getByRole('button', { name: 'Show all 6 parts' }).click()
  await expect(onCard.getByRole('listitem').filter({ hasText: listed })).toHaveCount(1)
})

test('the rule card shows the same headline, its details on demand', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addDkpDocsExample2()

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

test('every warning says why under its headline, in the Problems list and on the rule card or its field, without expanding', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  // Rule 1 logs Secret bodies; rule 2 (the same requests, narrower) can never match.
  const first = await app.addRuleWith({
    level: 'RequestResponse',
    chips: { Verbs: ['get', 'create'] },
    resources: [['secrets']],
  })
  const second = await app.addRuleWith({ chips: { Verbs: ['get'] }, resources: [['secrets']] })

  const warnings = [
    {
      card: first,
      headline: 'Rule 1 logs secrets at RequestResponse: their contents land in the audit log.',
      why: 'At RequestResponse the log keeps the request and response bodies, so whoever reads it reads secret values, tokens and configuration.',
    },
    {
      card: second,
      headline: 'Rule 2 can never match: rule 1 already matches every request it would.',
      why: "Rule 1's verbs, resources include all of rule 2's.",
    },
  ]
  const panel = await new ToolsPanel(page).open('Problems')
  for (const { card, headline, why } of warnings) {
    const item = panel.getByRole('listitem').filter({
      has: page.getByRole('button', { name: headline, exact: true }),
    })
    await expect(item.getByText(why, { exact: true })).toBeVisible()
    // On the rule card (at the rule, or at the field it is about, as the Level field here): the same.
    await expect(card.root.getByText(headline, { exact: false }).first()).toBeVisible()
    await expect(card.root.getByText(why, { exact: true })).toBeVisible()
    // Nothing of it is behind a toggle: no details were opened.
    await expect(card.root.getByRole('button', { name: 'Hide details' })).toHaveCount(0)
  }
})
