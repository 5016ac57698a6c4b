// Share links: the policy and its settings in the URL fragment (nothing sent anywhere), opened in a fresh
// browser; opening one over the user's work asks first, and the work stays one undo away. The link is shorter
// than lz-string's compressToEncodedURIComponent (Kyverno Playground's links) of the same policy text.
import lz from 'lz-string'
import { expect, test } from './fixtures'
import { BuilderPage } from './pages/BuilderPage'
import { announced, recordAnnouncements } from './pages/Announcements'
import { ImportDialog, makeShareLink, undoButton, YamlEditor } from './pages/KeepWorkPages'

const POLICY = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages: ["RequestReceived"]
rules:
  # Nobody reads Secrets unnoticed
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
  - level: None
    userGroups: ["system:nodes"]
`

test('a share link opens the same policy, settings and target in a fresh browser', async ({
  page,
  newWatchedContext,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(POLICY)
  await dialog.confirm()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await app.openTab('ModuleConfig')
  await page.getByRole('radio', { name: 'Stdout' }).check()
  await app.openTab('Policy')
  const { text: original } = await app.download()

  const link = await makeShareLink(page)
  const fragment = new URL(link).hash
  expect(fragment.length).toBeLessThan(lz.compressToEncodedURIComponent(original).length)

  // The fresh browser is watched as the first one is: nothing outside localhost, no CSP violation, no error.
  const fresh = await newWatchedContext()
  await recordAnnouncements(fresh)
  const other = await fresh.newPage()
  await other.goto(`/${fragment}`)
  const there = new BuilderPage(other)
  await expect(there.rules()).toHaveCount(2)
  // The confirmation hides itself after 5 s, which a loaded machine can spend before this line runs: the
  // journey waits for "it was shown", not for a moment when it still shows.
  await expect.poll(() => announced(other)).toContain('Opened the shared policy.')
  await expect(other.getByRole('button', { name: 'Kubernetes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  // The fragment is taken out of the address bar, so a reload does not ask again.
  expect(new URL(other.url()).hash).toBe('')
  const { text } = await there.download()
  expect(text).toBe(original)
  await there.openTab('ModuleConfig')
  await expect(other.getByRole('radio', { name: 'Stdout' })).toBeChecked()
  await fresh.close()
})

test('opening a link over unsaved work asks first, and the work stays one undo away', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  const link = await makeShareLink(page)
  const fragment = new URL(link).hash
  await page.getByRole('banner').getByRole('button', { name: 'New policy' }).click()
  await page.getByRole('button', { name: 'Start new' }).click()
  await app.loadPreset('Log all requests from all authenticated users')
  await expect(app.rules()).toHaveCount(1)

  await page.goto(`/${fragment}`)
  const ask = page.getByRole('dialog', { name: 'Open the shared policy?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep my work' }).click()
  await expect(app.rules()).toHaveCount(1)

  await page.goto(`/${fragment}`)
  await ask.getByRole('button', { name: 'Open shared policy' }).click()
  await expect(app.rules()).toHaveCount(6)
  await undoButton(page).click()
  await expect(app.rules()).toHaveCount(1)
})

test('YAML text that does not read counts as work: a link asks first, and the text comes back', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  const fragment = new URL(await makeShareLink(page)).hash
  await page.getByRole('banner').getByRole('button', { name: 'New policy' }).click()
  await page.getByRole('button', { name: 'Start new' }).click()
  await expect(app.rules()).toHaveCount(0)

  // On the empty policy, the user types YAML that does not read yet.
  const broken = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: [Metadata\n'
  const yaml = new YamlEditor(page)
  await yaml.ready()
  await yaml.replaceAll(broken)
  await expect(yaml.notice()).toContainText('your text is kept')

  const openLink = () => page.evaluate((f) => (window.location.hash = f), fragment)
  await openLink()
  const ask = page.getByRole('dialog', { name: 'Open the shared policy?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep my work' }).click()
  await expect(app.rules()).toHaveCount(0)
  expect(await yaml.fullText()).toBe(broken)

  await openLink()
  await ask.getByRole('button', { name: 'Open shared policy' }).click()
  await expect(app.rules()).toHaveCount(6)
  // The replaced text is offered back, and undo brings it back as it was.
  await expect(page.getByRole('button', { name: 'Bring my text back' })).toBeVisible()
  await undoButton(page).click()
  await expect(app.rules()).toHaveCount(0)
  await expect.poll(() => yaml.fullText()).toBe(broken)
})
