// Notices above the outputs take one line each, so the YAML editor stays in view: DKP's own 28-rule policy
// (whose rules DKP's built-in ones already decide: 25 warnings) leaves the editor's first lines on screen at
// 1440×900 and at 390×844; the warnings notice counts them and its count opens the Problems panel, which lists
// them (a finding is said there and at its rule, not a third time above the editor).
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
    test(`at ${viewport.width}×${viewport.height} the warnings notice takes one line, counts them and the editor stays in view`, async ({
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
      const notice = preview.getByRole('alert').filter({ hasText: 'worth a look' })
      // The notice counts the warnings and repeats none: each is said in the Problems panel and at its rule.
      await expect(notice).toHaveText(/^\d+ warnings worth a look$/)
      const count = Number(/(\d+) warnings/.exec((await notice.textContent()) ?? '')![1])
      expect(count).toBeGreaterThanOrEqual(25)
      await expect(notice).not.toContainText('Rule 1 can never match')
      const box = (await notice.boundingBox())!
      expect(box.height).toBeLessThan(ONE_LINE_PX)

      // The editor's text starts on screen (at 1440×900 without scrolling; on a phone once the preview is
      // reached), with room for several lines.
      const code = preview.getByTestId('code-view')
      if (viewport.width < 900) await preview.scrollIntoViewIfNeeded()
      await expect(code).toBeInViewport({ ratio: 0.5 })
      const codeBox = (await code.boundingBox())!
      expect(codeBox.height).toBeGreaterThanOrEqual(170)
      await expectNoSeriousA11yViolations(page)

      // The count opens the Problems panel (brought into view on a phone), which has every warning.
      await notice.getByRole('button', { name: `${count} warnings`, exact: true }).click()
      const tools = page.getByRole('region', { name: 'Tools' })
      await expect(tools.getByRole('tab', { name: /^Problems/ })).toHaveAttribute('aria-selected', 'true')
      await expect(tools.getByRole('tab', { name: /^Problems/ })).toBeInViewport()
      await expect(tools.getByTestId('problems-counts')).toContainText(`${count} warnings`)
      await expect(
        tools.getByRole('button', { name: /^Rule 1 can never match: DKP built-in rule 1 / }),
      ).toHaveCount(1)
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

/** The words of the phone notices' journey in each language the app speaks. */
const NOTICE_WORDS = {
  en: {
    locale: 'en-US',
    region: 'Preview',
    errors: '1 error: DKP would accept this Secret, then kube-apiserver would fail to start on every master',
    place: 'Line 6, column 1: ',
    more: 'More',
  },
  ru: {
    locale: 'ru-RU',
    region: 'Результат',
    errors: '1 ошибка: DKP примет этот Secret, а затем kube-apiserver не запустится ни на одном master-узле',
    place: 'Строка 6, столбец 1: ',
    more: 'Подробнее',
  },
}

/** shownWhole: the element shows all of its text (nothing cut at the end of a line or below its last line). */
function shownWhole(el: Element): boolean {
  return el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1
}

/** linesShown: how many lines of text the element shows. */
function linesShown(el: Element): number {
  return Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight))
}

for (const [lang, w] of Object.entries(NOTICE_WORDS)) {
  test.describe(`notices above the editor on a phone, in ${lang === 'en' ? 'English' : 'Russian'}`, () => {
    test.use({ locale: w.locale })
    test('at 390×844 a notice’s headline reads in full, on a few lines; a long one shows four and "More" the rest', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto('/')
      const yaml = new YamlEditor(page, w.region)
      await yaml.ready()
      const preview = page.getByRole('region', { name: w.region })

      // A stage kube-apiserver does not know: the errors notice says what the target would do, whole.
      await yaml.replaceAll(
        'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [Bogus]\nrules:\n  - level: Metadata\n',
      )
      const errors = preview.getByRole('alert').filter({ hasText: w.errors })
      const headline = errors.getByTestId('notice-headline')
      await expect(headline).toHaveText(w.errors)
      // On screen in full once scrolled to (the editor may still move the page as it takes the paste).
      await expect(async () => {
        await headline.scrollIntoViewIfNeeded()
        await expect(headline).toBeInViewport({ ratio: 1, timeout: 1000 })
      }).toPass()
      expect(await headline.evaluate(shownWhole)).toBe(true)
      // A few lines, not the screen; nothing is left for "More".
      expect(await headline.evaluate(linesShown)).toBeLessThanOrEqual(4)
      await expect(errors.getByRole('button', { name: w.more, exact: true })).toHaveCount(0)
      await expectNoSeriousA11yViolations(page)

      // A YAML error with the reader's long message: its place and the start of the message on four lines, the
      // rest behind "More".
      await yaml.replaceAll(
        'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    users: [alice\n',
      )
      const draft = preview.getByRole('status').filter({ hasText: w.place })
      const draftLine = draft.getByTestId('notice-headline')
      await expect(draftLine).toBeVisible()
      expect(await draftLine.evaluate(linesShown)).toBe(4)
      await draft.getByRole('button', { name: w.more, exact: true }).click()
      await expect.poll(() => draftLine.evaluate(shownWhole)).toBe(true)
      expect(await draftLine.evaluate(linesShown)).toBeGreaterThan(4)
    })
  })
}
