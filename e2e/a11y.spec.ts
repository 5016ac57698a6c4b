import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main screen has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    const app = new BuilderPage(page)
    await app.goto()
    await expectNoSeriousA11yViolations(page)
    await app.loadPreset('Recommended baseline')
    await app.rule(1).button('Expand rule').click()
    await expect(app.rule(1).level()).toBeVisible()
    // Monaco loads when the Policy text is first used.
    await page.getByTestId('plain-code').click()
    await expect(page.locator('.monaco-editor')).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })
}

test('narrow screens stack editor and preview, and stay accessible', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const app = new BuilderPage(page)
  await app.goto()
  const rule = await app.addRule()
  await rule.addChips('User groups', 'system:authenticated')
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(scrollWidth).toBeLessThanOrEqual(390)
  await expectNoSeriousA11yViolations(page)
})

test('every control is reachable with Tab and shows where the focus is', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.addRule()
  await app.addRule()
  await page.getByRole('button', { name: 'Collapse all' }).click()
  await app.rule(1).button('Expand rule').click()
  await page.getByRole('heading', { name: 'Audit Policy Builder' }).click()
  const seen = new Set<string>()
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      // A ring on the element or on a close ancestor that wraps it (text fields, the code view), or MUI's own.
      let visible = el.closest('.Mui-focused, .Mui-focusVisible') !== null
      for (let a: HTMLElement | null = el, i = 0; a && i < 5 && !visible; a = a.parentElement, i++)
        visible = getComputedStyle(a).outlineStyle !== 'none' && a.matches(':focus-within')
      const label = (el as HTMLInputElement).labels?.[0]?.textContent?.replace(/\s*\*$/, '')
      return {
        name: el.getAttribute('aria-label') ?? label ?? el.textContent?.trim().slice(0, 30) ?? el.tagName,
        visible,
      }
    })
    if (!info) continue
    seen.add(info.name)
    expect(info.visible, `focus ring on ${info.name}`).toBe(true)
  }
  for (const name of [
    'Presets',
    'Deckhouse',
    'Policy omit stages',
    'Policy omit managed fields',
    'Collapse all',
    'Add rule',
    'Drag rule 1',
    'Collapse rule',
    'Move rule down',
    'Duplicate rule',
    'Delete rule',
    'Users',
    'User groups',
    'Verbs',
    'Omit stages',
    'Namespaces',
    'Non-resource URLs',
    'Add resource group',
    'Note',
    'Drag rule 2',
    'Move rule up',
    'Expand rule',
    'Policy',
    'Copy',
    'Download',
  ])
    expect([...seen]).toContain(name)
})
