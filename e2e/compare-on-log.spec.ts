// "Compare with…" measured on a log: with a log analyzed in "Analyze a log", the comparison shows what the base
// and the edited policy write a day and what each behaviour change adds, the same figures as `diff --log --json`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatBytes } from '../src/i18n/format.ts'
import { expect, test } from './fixtures'
import { AnalyzerPanel } from './pages/AnalyzerPanel'
import { BuilderPage } from './pages/BuilderPage'
import { ImportDialog } from './pages/KeepWorkPages'
import { ToolsPanel } from './pages/ToolsPanel'

const DIR = join(process.cwd(), 'src/testdata/diff')
const BASE = readFileSync(join(DIR, 'base.yaml'), 'utf8')

/** cliMeasure: what `diff OLD NEW --log LOG --json` says of the same two policies. */
function cliMeasure(edited: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'compare-on-log-'))
  writeFileSync(join(tmp, 'edited.yaml'), edited)
  const args = ['scripts/cli.mjs', 'diff', join(DIR, 'base.yaml'), join(tmp, 'edited.yaml')]
  try {
    execFileSync(process.execPath, [...args, '--log', join(DIR, 'audit.log'), '--json'], { encoding: 'utf8' })
    throw new Error('diff exited 0: no change')
  } catch (e) {
    const out = (e as { stdout?: string }).stdout
    if (!out) throw e
    return JSON.parse(out).log
  }
}

test('with a log analyzed, the comparison shows each change per day, as the CLI does', async ({ page }) => {
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes' }).click()
  const dialog = await ImportDialog.open(page)
  await dialog.paste(BASE)
  await dialog.confirm()
  await expect(app.rules()).toHaveCount(4)

  const tools = new ToolsPanel(page)
  await tools.root.getByRole('tab', { name: 'Compare' }).click()
  const panel = tools.panel()
  await panel.getByRole('textbox', { name: 'Base policy (YAML, JSON or the Secret)' }).fill(BASE)
  await panel.getByRole('button', { name: 'Compare', exact: true }).click()
  // The comparison runs off the main thread, in its own worker.
  await expect.poll(() => page.workers().some((w) => w.url().includes('diff.worker'))).toBe(true)
  // No log yet: the panel says where figures would come from.
  await expect(panel).toContainText('Load a log in “Analyze a log” to see what each change adds or removes')

  const analyzer = new AnalyzerPanel(page)
  await analyzer.open()
  await analyzer.choose([join(DIR, 'audit.log')])
  await analyzer.waitForReport('audit.log')

  // Imported rules come collapsed.
  await app.rule(2).button('Expand rule').click()
  await app.rule(2).setLevel('Request')
  await tools.root.getByRole('tab', { name: 'Compare' }).click()
  const onLog = panel.getByRole('region', { name: 'Measured on the log in “Analyze a log”' })
  await expect(onLog).toContainText(
    '4 requests over 3 seconds; figures per day scale that window to 24 hours.',
  )

  const cli = cliMeasure(
    BASE.replace('  - level: Metadata\n    resources:', '  - level: Request\n    resources:'),
  )
  const rows = onLog.getByRole('row')
  const sign = (n: number) => (n > 0 ? `+${n.toLocaleString('en-US')}` : n.toLocaleString('en-US'))
  const signedBytes = (n: number) => `${n > 0 ? '+' : n < 0 ? '-' : ''}${formatBytes(Math.abs(n))}`
  await expect(rows.nth(1)).toHaveText(
    `Base${cli.before.perDay.events.toLocaleString('en-US')}${formatBytes(cli.before.perDay.bytes)}`,
  )
  await expect(rows.nth(2)).toHaveText(
    `Yours${cli.after.perDay.events.toLocaleString('en-US')}${formatBytes(cli.after.perDay.bytes)}`,
  )

  const items = panel.getByRole('region', { name: 'Behaviour changes' }).getByRole('listitem')
  await expect(items).toHaveCount(cli.changes.length)
  const change = cli.changes[0]
  expect(change.lowerBound).toBe(true)
  await expect(items.first().getByTestId('compare-on-log')).toHaveText(
    `${change.requests} requests of the log: ${sign(change.events)} events, ${signedBytes(change.bytes)} · ` +
      `${sign(change.perDay.events)} events, ${signedBytes(change.perDay.bytes)} a day` +
      // The log recorded these requests at Metadata: what Request adds (their bodies) is not in it.
      ' (at least: the log holds no bodies for these requests, so the bytes this level adds are not counted)',
  )
})
