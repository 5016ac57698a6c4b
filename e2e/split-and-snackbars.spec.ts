// The editor and the preview share the width as the user sets it: drag the bar between them or use the arrow
// keys on it; the page remembers it. Confirmations are snackbars that never stack: a newer one replaces the one
// on screen.
import type { Locator, Page } from '@playwright/test'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'
import { chooseItem } from './pages/MenuChoice'

test('the split between the editor and the preview moves by keyboard and by mouse, and is remembered', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const bar = page.getByRole('separator', { name: 'Resize the editor and the preview' })
  const preview = page.getByRole('region', { name: 'Preview' })
  await expect(bar).toHaveAttribute('aria-valuenow', '50')
  const before = (await preview.boundingBox())!.width

  await bar.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect(bar).toHaveAttribute('aria-valuenow', '60')
  await expect.poll(async () => (await preview.boundingBox())!.width).toBeLessThan(before - 100)
  await expectNoSeriousA11yViolations(page)

  // Remembered across a reload.
  await page.reload()
  await expect(bar).toHaveAttribute('aria-valuenow', '60')

  // Home and End stop at the bounds; Enter goes back to half and half.
  await bar.focus()
  await page.keyboard.press('Home')
  await expect(bar).toHaveAttribute('aria-valuenow', '25')
  await page.keyboard.press('End')
  await expect(bar).toHaveAttribute('aria-valuenow', '75')
  await page.keyboard.press('Enter')
  await expect(bar).toHaveAttribute('aria-valuenow', '50')

  // Dragged to 40 % of the page's grid.
  const box = (await bar.boundingBox())!
  const grid = (await page.getByRole('main').boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 50)
  await page.mouse.down()
  await page.mouse.move(grid.x + grid.width * 0.4, box.y + 50, { steps: 5 })
  await page.mouse.up()
  const now = Number(await bar.getAttribute('aria-valuenow'))
  expect(now).toBeGreaterThanOrEqual(38)
  expect(now).toBeLessThanOrEqual(42)
})

test('a newer confirmation replaces the one on screen: snackbars never stack', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  const loaded = page.getByText('Loaded “Recommended baseline”')
  await expect(loaded).toBeVisible()

  // A snackbar waits while the pointer rests on it: the pointer stays there and the import is done from the
  // keyboard, so the first confirmation is still on screen when the next one comes, however slow the machine.
  await loaded.hover()
  await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).press('Enter')
  const dialog = new ImportDialog(page)
  await expect(dialog.root).toBeVisible()
  await dialog.paste('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n')
  await expect(loaded).toBeVisible()
  await expect(dialog.importButton()).toBeEnabled()
  await dialog.importButton().press('Enter')
  await expect(dialog.root).toBeHidden()
  await expect(page.getByText(/^Imported\./)).toBeVisible()
  // What a user sees in the end: one confirmation, the newer. (That the newer one is what closes the older is
  // checked without timing in src/components/ConfirmDialog.test.tsx: here, with the pointer now on the newer one,
  // the older would also leave by itself a few seconds later.)
  await expect(loaded).toBeHidden()
  await expect(page.locator('.MuiSnackbar-root')).toHaveCount(1)
})

/** The words the snackbar journeys look for, in each language the app speaks. */
const WORDS = {
  en: {
    locale: 'en-US',
    title: 'Audit Policy Builder',
    presets: 'Presets',
    preset: 'Recommended baseline',
    loaded: 'Loaded “Recommended baseline”',
    rules: /^Rule \d+$/,
    rule: (n: number) => `Rule ${n}`,
    deleteRule: 'Delete rule',
    deleted: 'Rule 3 deleted',
    undo: 'Undo',
  },
  ru: {
    locale: 'ru-RU',
    title: 'Конструктор политики аудита',
    presets: 'Наборы',
    preset: 'Рекомендуемая основа',
    loaded: 'Загружен набор «Рекомендуемая основа»',
    rules: /^Правило \d+$/,
    rule: (n: number) => `Правило ${n}`,
    deleteRule: 'Удалить правило',
    deleted: 'Правило 3 удалено',
    undo: 'Отменить',
  },
}

type Box = { x: number; y: number; width: number; height: number }

/**
 * coveredControls: the controls (buttons, links, fields, tabs, anything focusable) the snackbar is drawn over:
 * those that, with the snackbar out of the way, are the topmost element at some point of the snackbar's box
 * (a control already under the sticky header is covered by the header, not by the snackbar).
 */
async function coveredControls(snackbar: Locator): Promise<string[]> {
  const box = (await snackbar.boundingBox())!
  return snackbar.evaluate((root, b: Box) => {
    const selector =
      'button, a[href], input, select, textarea, [role="button"], [role="combobox"], [role="tab"], [role="link"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])'
    const covered: string[] = []
    const before = (root as HTMLElement).style.visibility
    ;(root as HTMLElement).style.visibility = 'hidden'
    try {
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect()
        const x0 = Math.max(r.left, b.x)
        const x1 = Math.min(r.right, b.x + b.width)
        const y0 = Math.max(r.top, b.y)
        const y1 = Math.min(r.bottom, b.y + b.height)
        if (x0 >= x1 || y0 >= y1) continue
        // Sample the overlap on a grid: the control is covered where it is on top of the page.
        let onTop = false
        for (let i = 0; i < 5 && !onTop; i++)
          for (let j = 0; j < 5 && !onTop; j++) {
            const hit = document.elementFromPoint(
              x0 + ((x1 - x0) * (i + 0.5)) / 5,
              y0 + ((y1 - y0) * (j + 0.5)) / 5,
            )
            onTop = hit !== null && (el.contains(hit) || hit.contains(el))
          }
        if (onTop)
          covered.push(
            el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40) ?? el.tagName,
          )
      }
    } finally {
      ;(root as HTMLElement).style.visibility = before
    }
    return covered
  }, box)
}

/** expectCoversNothing: the snackbar sits in the header, covers no control, and shows its whole message. */
async function expectCoversNothing(page: Page, snackbar: Locator): Promise<void> {
  // Its entrance (MUI's Grow) is over: the box measured is the one the user sees.
  await expect(snackbar.locator('.MuiSnackbarContent-root, .MuiAlert-root')).toHaveCSS('transform', 'none')
  const box = (await snackbar.boundingBox())!
  const header = (await page.getByRole('banner').boundingBox())!
  expect(box.y).toBeGreaterThanOrEqual(header.y)
  expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height)
  const overlaps = (b: Box) =>
    b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height
  for (const button of await page.getByRole('banner').getByRole('button').all()) {
    const b = await button.boundingBox()
    if (b) expect(overlaps(b), await button.innerText()).toBe(false)
  }
  expect(await coveredControls(snackbar)).toEqual([])
  // The message is not cut: all of its lines are shown.
  const message = snackbar.locator('.MuiSnackbarContent-message, .MuiAlert-message')
  expect(await message.evaluate((m) => m.scrollHeight <= m.clientHeight + 1)).toBe(true)
  expect(await message.evaluate((m) => m.scrollWidth <= m.clientWidth + 1)).toBe(true)
}

for (const [lang, w] of Object.entries(WORDS)) {
  test.describe(`snackbars in ${lang === 'en' ? 'English' : 'Russian'}`, () => {
    test.use({ locale: w.locale })
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      test(`at ${viewport.width}×${viewport.height} a confirmation shows over the page title, covering no button and no rule; its Undo works`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport)
        await page.goto('/')
        await expect(page.getByRole('heading', { name: w.title })).toBeVisible()
        await page.getByRole('button', { name: w.presets }).click()
        await chooseItem(page.getByRole('menuitem', { name: w.preset }))
        const snackbar = page.locator('.MuiSnackbar-root')
        await expect(snackbar).toContainText(w.loaded)
        // The pointer on it holds it on screen (MUI pauses the auto-hide) while the page is measured.
        await snackbar.hover()
        await expectCoversNothing(page, snackbar)
        const rules = page.getByRole('group', { name: w.rules })
        await expect(rules).toHaveCount(6)
        const box = (await snackbar.boundingBox())!
        const first = (await rules.first().boundingBox())!
        expect(first.y >= box.y + box.height || first.y + first.height <= box.y).toBe(true)
        await expectNoSeriousA11yViolations(page)

        // Deleting a rule (scrolled to, on a phone) says so with an Undo, in the same place; Undo brings it back.
        const rule3 = page.getByRole('group', { name: w.rule(3), exact: true })
        await rule3.scrollIntoViewIfNeeded()
        await rule3.getByRole('button', { name: w.deleteRule, exact: true }).click()
        await expect(rules).toHaveCount(5)
        const deleted = snackbar.filter({ hasText: w.deleted })
        await expect(deleted).toBeVisible()
        // A keyboard user on its Undo (the focus holds it on screen, as MUI pauses the auto-hide).
        const undo = deleted.getByRole('button', { name: w.undo, exact: true })
        await undo.focus()
        await expect(snackbar).toHaveCount(1)
        await expectCoversNothing(page, snackbar)
        await expectNoSeriousA11yViolations(page)
        await undo.press('Enter')
        await expect(rules).toHaveCount(6)
        await expect(snackbar).toHaveCount(0)
      })
    }
  })
}

/** Two rules that select the same requests: lint offers to remove the second, and says why at length. */
const SAME_REQUESTS = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata
    users: ["alice"]
  - level: None
    users: ["alice"]
`

/** The words of the long-fix journey, in each language. */
const FIX_WORDS = {
  en: {
    locale: 'en-US',
    title: 'Audit Policy Builder',
    more: 'More actions',
    import: 'Import',
    dialog: 'Import a policy',
    text: 'Policy, Secret or ModuleConfig text',
    confirm: /^(Import|Replace policy)$/,
    tools: 'Tools',
    problems: /^Problems/,
    applyFix: /^Apply fix: Remove rule 2: /,
    fixed:
      'Fixed: Remove rule 2: it selects the same requests as rule 1, which decides them (moving it up would only hide rule 1 instead)',
    rules: /^Rule \d+$/,
    undo: 'Undo',
  },
  ru: {
    locale: 'ru-RU',
    title: 'Конструктор политики аудита',
    more: 'Другие действия',
    import: 'Импорт',
    dialog: 'Импорт политики',
    text: 'Текст Policy, Secret или ModuleConfig',
    confirm: /^(Импортировать|Заменить политику)$/,
    tools: 'Инструменты',
    problems: /^Проблемы/,
    applyFix: /^Исправить: Удалить правило 2: /,
    fixed:
      'Исправлено: Удалить правило 2: оно выбирает те же запросы, что и правило 1, которое их решает (если поднять его, скрытым окажется правило 1)',
    rules: /^Правило \d+$/,
    undo: 'Отменить',
  },
}

for (const [lang, w] of Object.entries(FIX_WORDS)) {
  test.describe(`a long confirmation on a phone, in ${lang === 'en' ? 'English' : 'Russian'}`, () => {
    test.use({ locale: w.locale, viewport: { width: 390, height: 844 } })
    test('"Fixed: …" after Apply fix shows its whole message: the header makes room, nothing is covered', async ({
      page,
    }) => {
      await page.goto('/')
      await expect(page.getByRole('heading', { name: w.title })).toBeVisible()
      await page.getByRole('button', { name: w.more }).click()
      await chooseItem(page.getByRole('menuitem', { name: w.import }))
      const dialog = page.getByRole('dialog', { name: w.dialog })
      await dialog.getByRole('textbox', { name: w.text }).fill(SAME_REQUESTS)
      await dialog.getByRole('button', { name: w.confirm }).click()
      const rules = page.getByRole('group', { name: w.rules })
      await expect(rules).toHaveCount(2)

      const tools = page.getByRole('region', { name: w.tools })
      await tools.getByRole('tab', { name: w.problems }).click()
      const fix = tools.getByRole('button', { name: w.applyFix })
      await fix.click()
      await expect(rules).toHaveCount(1)
      // (The import's confirmation may still be leaving as this one comes.)
      const snackbar = page.locator('.MuiSnackbar-root').filter({ hasText: w.fixed })
      await expect(snackbar).toBeVisible()
      // The pointer on it holds it on screen while the page is measured.
      await snackbar.hover()
      // Every line shows, and nothing is covered: longer than the three lines the title place holds, so the
      // header has grown to make room.
      await expectCoversNothing(page, snackbar)
      expect((await page.getByRole('banner').boundingBox())!.height).toBeGreaterThan(60)
      await expectNoSeriousA11yViolations(page)

      // Undo brings the rule back; the snackbar leaves and the header is as tall as before.
      await snackbar.getByRole('button', { name: w.undo, exact: true }).click()
      await expect(rules).toHaveCount(2)
      await expect(snackbar).toHaveCount(0)
      await expect.poll(async () => (await page.getByRole('banner').boundingBox())!.height).toBeLessThan(60)
    })
  })
}
