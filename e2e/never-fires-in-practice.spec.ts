// The DKP documentation's example 2 ("Logging all requests not from service accounts"), built by clicking:
// rule 2 never fires, because every service account also has system:authenticated, which rule 1 selects. The
// warning says so in its headline and its reason, once in the Problems list and once at rule 2, with nothing to
// expand; its one-click fix puts rule 2 first.
import type { Page } from '@playwright/test'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { addChips, BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'
import { chooseItem } from './pages/MenuChoice'

const HEADLINE = 'Rule 2 never fires in practice: rule 1 decides every request a real user can send to it.'
const REASON =
  'kube-apiserver adds system:authenticated to every identity rule 2 selects, and rule 1 selects it.'

/** timesShown: how often `text` is on the page as the user reads it (rendered text only). */
async function timesShown(page: Page, text: string): Promise<number> {
  return (await page.locator('body').innerText()).split(text).length - 1
}

test('DKP docs example 2: "never fires in practice" shows its reason without expanding anything; one click reorders it', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addDkpDocsExample2()

  // In the Problems list: the headline, and under it the reason, with nothing expanded.
  const panel = await new ToolsPanel(page).open('Problems')
  const finding = panel.getByRole('button', { name: HEADLINE, exact: true })
  const item = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: HEADLINE, exact: true }) })
  await expect(item).toHaveCount(1)
  await expect(item.getByText(REASON, { exact: true })).toBeVisible()
  await expect(item.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  // At its field (rule 2's card): the same headline and reason, nothing expanded either.
  const atField = app.rule(2).root.getByRole('alert').filter({ hasText: HEADLINE })
  await expect(atField).toHaveCount(1)
  await expect(atField.getByText(REASON, { exact: true })).toBeVisible()
  await expect(atField.getByRole('button', { name: 'Details', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  // Said once in the list and once at the field, nowhere else: the banner above the outputs only counts.
  expect(await timesShown(page, HEADLINE)).toBe(2)
  expect(await timesShown(page, REASON)).toBe(2)
  const banner = page
    .getByRole('region', { name: 'Preview' })
    .getByRole('alert')
    .filter({ hasText: 'worth a look' })
  await expect(banner).toHaveText(/^\d+ warnings? worth a look$/)
  await expectNoSeriousA11yViolations(page)

  // One click moves rule 2 above rule 1; the warning goes from the list and from the field.
  await panel.getByRole('button', { name: 'Apply fix: Move rule 2 above rule 1' }).click()
  await expect(app.rule(1).level()).toHaveText('None')
  await expect(app.rule(2).level()).toHaveText('Metadata')
  await expect(finding).toBeHidden()
  await expect(app.rule(1).root.getByText(/never fires in practice/)).toHaveCount(0)
  await expect(app.rule(2).root.getByText(/never fires in practice/)).toHaveCount(0)
  await expect.poll(() => timesShown(page, 'never fires in practice')).toBe(0)
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('the DKP docs example 2 built by clicking: the warning and its reason in Russian, one click reorders it', async ({
    page,
  }) => {
    const headline =
      'Правило 2 на практике не срабатывает: правило 1 решает каждый запрос, который реальный пользователь может к нему отправить.'
    const reason =
      'kube-apiserver добавляет system:authenticated каждой учётной записи, которую выбирает правило 2, а правило 1 выбирает эту группу.'
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Конструктор политики аудита' })).toBeVisible()
    const rule = (n: number) => page.getByRole('group', { name: `Правило ${n}`, exact: true })
    const level = (n: number) => rule(n).getByRole('combobox', { name: 'level', exact: true })
    for (const [n, lvl, group] of [
      [1, 'Metadata', 'system:authenticated'],
      [2, 'None', 'system:serviceaccounts'],
    ] as const) {
      await page.getByRole('button', { name: 'Добавить правило' }).click()
      await level(n).click()
      await chooseItem(page.getByRole('option', { name: new RegExp(`^${lvl} `) }))
      await expect(level(n)).toHaveText(lvl)
      await addChips(rule(n).getByRole('combobox', { name: 'userGroups', exact: true }), [group])
    }

    const tab = page.getByRole('region', { name: 'Инструменты' }).getByRole('tab', { name: /^Проблемы/ })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    const panel = page.getByRole('region', { name: 'Инструменты' }).getByRole('tabpanel')
    const item = panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: headline, exact: true }) })
    await expect(item).toHaveCount(1)
    await expect(item.getByText(reason, { exact: true })).toBeVisible()
    await expect(rule(2).getByRole('alert').filter({ hasText: headline }).getByText(reason)).toBeVisible()
    expect(await timesShown(page, headline)).toBe(2)

    await item.getByRole('button', { name: 'Исправить: Поставить правило 2 выше правила 1' }).click()
    await expect(level(1)).toHaveText('None')
    await expect(level(2)).toHaveText('Metadata')
    await expect.poll(() => timesShown(page, 'на практике не срабатывает')).toBe(0)
  })
})

test('the simulator fills in the groups kube-apiserver adds and names the later rule that also matches', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addDkpDocsExample2()

  const sim = await new ToolsPanel(page).open('Test a request')
  const user = sim.getByRole('textbox', { name: 'User', exact: true })
  await user.fill('system:serviceaccount:prod:ci')
  await expect(sim).toContainText(
    'Added by kube-apiserver for this user: system:serviceaccounts, system:serviceaccounts:prod, system:authenticated',
  )
  await expect(sim.getByTestId('simulated-level')).toHaveText('Metadata')
  await expect(sim.getByTestId('also-matched')).toContainText('Your rule 2')
})
