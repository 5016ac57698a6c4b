// Every third-party policy in ../shared/fixtures/policies comes in by paste and by file drop, and the
// downloaded audit-policy.yaml round-trips: it is the imported text itself (comments and all), and reads back
// as the canonical text of what was imported reads.
import { readFileSync } from 'node:fs'
import { parsePolicy, serializePolicy } from '../src/policy/index.ts'
import { fixturePolicies, hasSharedFixtures, missingNotice } from '../src/testing/shared.ts'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { dropFile, ImportDialog } from './pages/KeepWorkPages'

/** expected is the policy the app reads from `text` (DKP is the app's default target), as canonical text. */
function expected(text: string): { yaml: string; rules: number } {
  const policy = parsePolicy(text, { target: 'deckhouse' }).policy!
  return { yaml: serializePolicy(policy), rules: policy.rules.length }
}

/** refused: DKP's strict reader refuses the text as it is (e.g. a misspelled key): Download then asks first. */
const refused = (text: string) =>
  parsePolicy(text, { target: 'deckhouse' }).diagnostics.some((d) => d.severity === 'error')

async function importedRoundTrips(app: BuilderPage, text: string): Promise<void> {
  const want = expected(text)
  await expect(app.rules()).toHaveCount(want.rules)
  await app.openTab('Policy')
  const page = app.page
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await app.outputPanel().getByRole('button', { name: 'Download', exact: true }).click()
      // The text is kept as written: what DKP refuses in it is still there, and Download says so first.
      if (refused(text)) await page.getByRole('button', { name: 'Download anyway' }).click()
    })(),
  ])
  const name = download.suggestedFilename()
  const downloaded = readFileSync(await download.path(), 'utf8')
  expect(name).toBe('audit-policy.yaml')
  expect(downloaded).toBe(text)
  // And the download reads back as the same policy (notes included).
  expect(parsePolicy(downloaded).policy).toEqual(parsePolicy(want.yaml).policy)
}

if (!hasSharedFixtures()) {
  test('import of the fixture policies', () =>
    test.skip(true, missingNotice('import of the fixture policies')))
} else {
  for (const fixture of fixturePolicies()) {
    test(`${fixture.name}: pasted into Import, downloaded back the same`, async ({ page }) => {
      const app = new BuilderPage(page)
      await app.goto()
      const dialog = await ImportDialog.open(page)
      await dialog.paste(fixture.text)
      await expect(dialog.summary()).toContainText(`${expected(fixture.text).rules} rule`)
      await dialog.confirm()
      await importedRoundTrips(app, fixture.text)
    })

    test(`${fixture.name}: dropped on the page, downloaded back the same`, async ({ page }) => {
      const app = new BuilderPage(page)
      await app.goto()
      await dropFile(page, { name: fixture.name, mimeType: 'application/yaml', text: fixture.text })
      const dialog = new ImportDialog(page)
      await expect(dialog.summary()).toContainText(`${expected(fixture.text).rules} rule`)
      await dialog.confirm()
      await importedRoundTrips(app, fixture.text)
    })
  }
}
