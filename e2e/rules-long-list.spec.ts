// A policy at the builder's limit (MAX_RULES, 2,000 rules): the list renders only the cards near the view
// (VirtualRuleRows), and everything a user does with rules still works on cards that are not in the page:
// the counts, Add rule (focus on the new rule at the end), Undo, "show me where" from Problems (scrolled to,
// expanded, focused), keyboard reorder, collapse and expand all.
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'

const RULES = 2000
/** Rule 1500 carries the one error of the policy. */
const BROKEN = 1500

function bigPolicy(): string {
  const rules = Array.from({ length: RULES }, (_, i) =>
    i + 1 === BROKEN
      ? '  - level: Sometimes\n    users: ["user-broken"]\n'
      : `  - level: ${['None', 'Metadata', 'Request'][i % 3]}\n    users: ["user-${i + 1}"]\n    verbs: ["get"]\n`,
  )
  return `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules.join('')}`
}

// (Counts are written 2000 today and 2,000 once numbers follow the locale: both are accepted.)

/** Long journeys on a loaded machine: the import alone reads 2,000 rules. */
test.describe.configure({ timeout: 180_000 })

test.beforeEach(async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.chooseFile({
    name: 'big.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(bigPolicy()),
  })
  await expect(dialog.summary()).toContainText(/2,?000 rules/, { timeout: 60_000 })
  await dialog.confirm()
  await expect(page.getByText(/^2,?000 rules$/)).toBeVisible({ timeout: 60_000 })
  await expect(app.rule(1).root).toBeVisible({ timeout: 60_000 })
})

test('2,000 rules: a screenful of cards in the page; Add rule focuses rule 2,001 at the end; Undo', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  const inPage = await app.rules().count()
  expect(inPage).toBeGreaterThan(0)
  expect(inPage).toBeLessThan(60)

  await page.getByRole('button', { name: 'Add rule' }).click()
  await expect(page.getByText(/^2,?001 rules$/)).toBeVisible()
  const added = app.rule(2001)
  await expect(added.level()).toBeFocused({ timeout: 30_000 })
  await expect(added.level()).toBeInViewport()
  await expect(app.rule(1).root).toHaveCount(0)

  await page.getByRole('button', { name: /^Undo/ }).first().click()
  await expect(page.getByText(/^2,?000 rules$/)).toBeVisible()
  await expect(app.rule(2001).root).toHaveCount(0)
})

test('2,000 rules: a problem in rule 1,500 is shown from Problems: scrolled to, opened, its field focused', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await expect(app.rule(BROKEN).root).toHaveCount(0)
  const problems = page.getByRole('list', { name: 'Problems' })
  await problems
    .getByRole('listitem')
    .filter({ hasText: 'Sometimes' })
    .getByRole('button', { name: /Sometimes/ })
    .click()
  const card = app.rule(BROKEN)
  await expect(card.level()).toBeFocused({ timeout: 30_000 })
  await expect(card.level()).toBeInViewport()
  await expect(card.button('Collapse rule')).toHaveAttribute('aria-expanded', 'true')
  // Its neighbours are in the page too, where they belong.
  await expect(app.rule(BROKEN - 1).root).toBeAttached()
  await expect(app.rule(BROKEN + 1).root).toBeAttached()
})

test('2,000 rules: keyboard reorder, expand all and collapse all work as on a short list', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  const handle = app.rule(2).root.getByRole('button', { name: 'Drag rule 2' })
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('Picked up rule 2')
  // See reorder-keyboard.spec.ts: let dnd-kit's keyboard listener arrive before the arrow.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)))
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('Rule 2 is over position 3')
  await page.keyboard.press('Space')
  await expect(page.locator('[aria-live="assertive"]').first()).toContainText('Rule 2 dropped at position 3')
  await expect(app.rule(3).summary()).toHaveText('Metadata · user user-2 · get')
  await expect(app.rule(2).summary()).toHaveText('Request · user user-3 · get')

  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(app.rule(1).level()).toBeVisible()
  expect(await app.rules().count()).toBeLessThan(60)
  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expect(app.rule(1).summary()).toBeVisible()
  // The last rule is reached by scrolling, like any other.
  await page.keyboard.press('End')
  await expect(app.rule(RULES).root).toBeInViewport({ timeout: 30_000 })
})
