// Choosing an item of an open MUI menu or select. Their list grows in (MUI's Grow: opacity, and a scale from
// 0.75 × 0.5625 at the top), and a click aimed while the list is still drawn small lands where the item is not:
// on a loaded machine a preset menu sat at its starting scale for two frames, Playwright took the item for stable
// and clicked a heading above it, so no preset loaded (a gate run beside a second `npm test`, 2026-12-07).
import { expect, type Locator } from '@playwright/test'

/** chooseItem clicks `item` once the menu or list that holds it has finished growing in. */
export async function chooseItem(item: Locator): Promise<void> {
  await expect(item).toBeVisible()
  const paper = item.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " MuiPopover-paper ")]')
  if ((await paper.count()) > 0) {
    await expect(paper).toHaveCSS('opacity', '1')
    await expect(paper).toHaveCSS('transform', 'none')
  }
  await item.click()
}
