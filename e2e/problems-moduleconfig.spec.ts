// A ModuleConfig problem in the Problems panel takes the user to the ModuleConfig control concerned.
import { expect, test } from './fixtures'
import { holdChunk } from './helpers'
import { BuilderPage } from './pages/BuilderPage'
import { ToolsPanel } from './pages/ToolsPanel'

test('an invalid audit log path shows in Problems; clicking it opens the ModuleConfig and focuses the path', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await expect(page.getByRole('button', { name: 'Deckhouse', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await app.openTab('ModuleConfig')
  const path = page.getByRole('textbox', { name: 'Audit log path' })
  await path.fill('/var/log/kube audit/')
  await expect(path).toHaveAttribute('aria-invalid', 'true')

  // The banner above the outputs counts what the Problems tab's badge counts, and says whose error it is.
  await expect(
    page
      .getByRole('region', { name: 'Preview' })
      .getByRole('alert')
      .filter({ hasText: 'DKP would refuse the ModuleConfig' }),
  ).toHaveText('1 error: DKP would refuse the ModuleConfig')
  await expect(new ToolsPanel(page).tab('Problems')).toHaveAccessibleName(/Problems.*\b1 error\b/)

  // Leave the ModuleConfig tab and the field: the problem must bring both back.
  await app.openTab('Secret')
  await expect(path).toBeHidden()
  const panel = await new ToolsPanel(page).open('Problems')
  const problem = panel.getByRole('listitem').filter({ hasText: 'auditLog.path must match' })
  await expect(problem).toContainText('ModuleConfig · auditLog.path')
  await problem.getByRole('button', { name: /auditLog\.path must match/ }).click()

  await expect(page.getByRole('tab', { name: 'ModuleConfig', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByRole('textbox', { name: 'Audit log path' })).toBeFocused()

  // With the tab already open, a second click focuses the field again.
  await problem.getByRole('button', { name: /auditLog\.path must match/ }).click()
  await expect(page.getByRole('textbox', { name: 'Audit log path' })).toBeFocused()
})

test('a problem clicked while the next tab is still loading still focuses the field once it shows', async ({
  page,
}) => {
  const app = new BuilderPage(page)
  await app.goto()
  await app.openTab('ModuleConfig')
  const path = page.getByRole('textbox', { name: 'Audit log path' })
  await path.fill('/var/log/kube audit/')
  await expect(path).toHaveAttribute('aria-invalid', 'true')

  // The Secret tab's code arrives late: meanwhile the ModuleConfig controls stay mounted, hidden by Suspense.
  const release = await holdChunk(page, /SecretPreview-[^/]*\.js$/)
  await app.openTab('Secret')
  await expect(path).toBeHidden()
  const panel = await new ToolsPanel(page).open('Problems')
  await panel
    .getByRole('listitem')
    .filter({ hasText: 'auditLog.path must match' })
    .getByRole('button', { name: /auditLog\.path must match/ })
    .click()
  await expect(page.getByRole('tab', { name: 'ModuleConfig', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByRole('textbox', { name: 'Audit log path' })).toBeFocused()
  release()
})
