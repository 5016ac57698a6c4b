// Notices above the outputs take one line each, so the YAML editor stays in view: DKP's own 28-rule policy
// (whose rules DKP's built-in ones already decide: 25 warnings) leaves the editor's first lines on screen at
// 1440×900 and at 390×844; "More" shows the whole first message and a few more, the Problems panel all.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hasSharedFixtures, SHARED_FIXTURES } from '../src/testing/shared.ts'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog, YamlEditor } from './pages/KeepWorkPages'

const FIXTURE = 'deckhouse-basic-audit-policy.yaml'
/** One line of body text in an alert, with its padding; two lines would be about 60 px. */
const ONE_LINE_PX = 50

test.describe('one-line notices', () => {
  test.skip(!hasSharedFixtures(), 'needs ../shared/fixtures/policies (not present in this checkout)')

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} the warnings take one line and the editor stays in view`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      const app = new BuilderPage(page)
      await app.goto()
      const dialog = await ImportDialog.open(page)
      await dialog.paste(readFileSync(join(SHARED_FIXTURES, 'policies', FIXTURE), 'utf8'))
      await dialog.confirm()
      await expect(app.rules()).toHaveCount(28)

      const preview = page.getByRole('region', { name: 'Preview' })
      const notice = preview.getByRole('alert').filter({ hasText: 'Worth a look' })
      await expect(notice).toContainText('Rule 1 can never match: DKP built-in rule 1')
      const box = (await notice.boundingBox())!
      expect(box.height).toBeLessThan(ONE_LINE_PX)

      // The editor's text starts on screen (at 1440×900 without scrolling; on a phone once the preview is
      // reached), with room for several lines.
      const code = preview.getByTestId('code-view')
      if (viewport.width < 900) await preview.scrollIntoViewIfNeeded()
      await expect(code).toBeInViewport({ ratio: 0.5 })
      const codeBox = (await code.boundingBox())!
      expect(codeBox.height).toBeGreaterThanOrEqual(170)

      // "More" shows the whole first message and the next ones; the Problems panel has them all.
      const more = notice.getByRole('button', { name: 'More' })
      await expect(more).toHaveAttribute('aria-expanded', 'false')
      await more.click()
      await expect(notice.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true')
      await expect(notice.getByText('Rule 2 can never match', { exact: false })).toBeVisible()
      await expect(notice.getByText('… +21')).toBeVisible()
      expect((await notice.boundingBox())!.height).toBeGreaterThan(box.height * 2)
      await expectNoSeriousA11yViolations(page)
      await notice.getByRole('button', { name: 'Open the Problems panel' }).click()
      await expect(page.getByRole('tab', { name: /^Problems/ })).toHaveAttribute('aria-selected', 'true')

      await notice.getByRole('button', { name: 'Less' }).click()
      await expect.poll(async () => (await notice.boundingBox())!.height).toBeLessThan(ONE_LINE_PX)
    })
  }
})

test('a YAML error is one line above the editor, and "More" shows all of it', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 900 })
  await new BuilderPage(page).goto()
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    users: [alice\n',
  )
  const notice = page
    .getByRole('region', { name: 'Preview' })
    .getByRole('status')
    .filter({ hasText: 'The forms show the last valid version' })
  await expect(notice).toBeVisible()
  expect((await notice.boundingBox())!.height).toBeLessThan(ONE_LINE_PX)
  await notice.getByRole('button', { name: 'More' }).click()
  await expect.poll(async () => (await notice.boundingBox())!.height).toBeGreaterThan(ONE_LINE_PX)
})

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} the keep-your-work notices under the header take one line each`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    // Saved work that cannot be read (set aside) and a share link cut short: two notices under the header.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return
      sessionStorage.setItem('seeded', '1')
      localStorage.setItem('audit-policy-builder:work', '{"format":"audit-policy-builder","version":0}')
    })
    await page.goto('/#share=v1.AAAA')
    const banner = page.getByRole('banner')
    const restore = banner.getByRole('alert').filter({ hasText: 'Your saved work could not be read' })
    const link = banner.getByRole('alert').filter({ hasText: 'This share link' })
    await expect(restore).toContainText('The unreadable copy was set aside')
    await expect(link).toContainText('Your current work is unchanged.')
    for (const notice of [restore, link])
      expect((await notice.boundingBox())!.height).toBeLessThan(ONE_LINE_PX)
    await expectNoSeriousA11yViolations(page)

    // The whole text on demand where it is cut (on a phone), and each closes.
    if (viewport.width < 900) {
      await restore.getByRole('button', { name: 'More' }).click()
      await expect.poll(async () => (await restore.boundingBox())!.height).toBeGreaterThan(ONE_LINE_PX)
    }
    await restore.getByRole('button', { name: 'Close' }).click()
    await expect(restore).toBeHidden()
    await link.getByRole('button', { name: 'Close' }).click()
    await expect(link).toBeHidden()
  })
}
