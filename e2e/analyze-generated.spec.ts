import { writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { generateAuditLog } from '../src/testing/auditlog/generate.ts'
import { analyzerNotes as notes } from '../src/i18n/en/analyzerNotes.ts'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { analyzeOnBaseline, AnalyzerPanel, cliDetails, cliNumbers } from './pages/AnalyzerPanel'
import { BuilderPage } from './pages/BuilderPage'

/** generatedLog writes a deterministic synthetic audit log (and its gzip) into the test's output directory. */
function generatedLog(path: (name: string) => string) {
  const bytes = Buffer.concat([...generateAuditLog({ seed: 7, events: 6000 })])
  const plain = path('audit.log')
  const gz = path('audit-rotated.log.gz')
  writeFileSync(plain, bytes)
  const packed = gzipSync(bytes)
  writeFileSync(gz, packed)
  return { plain, gz, packed, bytes }
}

test('a generated log and its gzip give the CLI’s numbers; an edit re-runs the report', async ({
  page,
  watch,
}, testInfo) => {
  // Above the default: the CLI runs beside the browser here (a hang guard; speed is the benches' business).
  test.setTimeout(240_000)
  const log = generatedLog((n) => testInfo.outputPath(n))
  const policyFile = testInfo.outputPath('policy.yaml')
  const { app, analyzer } = await analyzeOnBaseline(page, policyFile, [log.plain], 'audit.log')
  const cli = cliNumbers(policyFile, [log.plain])
  expect(cli.policy.events).toBeGreaterThan(4000)
  expect(await analyzer.numbers()).toEqual(cli.policy)
  // Bytes recorded and with this policy, what it drops, the top users: as the CLI has them.
  const details = cliDetails(cli.json)
  expect(details.dropped.events).toBeGreaterThan(0)
  expect(details.topUsers.length).toBeGreaterThan(1)
  expect(await analyzer.details()).toEqual(details)
  // The generated log has Metadata events the baseline asks more of: the byte figures are a lower bound.
  expect(details.lowerBoundRequests).toBeGreaterThan(0)
  await expect(analyzer.lowerBoundNote()).toBeVisible()
  // The chart of bytes over time is drawn.
  await expect(analyzer.timelineChart().locator('svg').first()).toBeVisible()
  // The page states the very rule the report (and the CLI) counts requests by.
  // The CLI's JSON carries the rule's code, the page its words.
  expect(cli.json.stageRule).toBe('oncePerAuditID')
  expect(notes.stageRule.oncePerAuditID).toMatch(/counted once, at the last event seen for its auditID/)
  await expect(analyzer.stageRule()).toHaveText(notes.stageRule.oncePerAuditID)
  // Target Deckhouse: the effective policy (built-in rules around the user's) too.
  await analyzer.showPolicy('Effective DKP policy')
  expect(await analyzer.numbers(cli.effectiveLabels)).toEqual(cli.effective)
  expect(await analyzer.details()).toEqual(cliDetails(cli.json.effective as Record<string, unknown>))
  await analyzer.showPolicy('Your policy')
  await expectNoSeriousA11yViolations(page)

  // The same log, gzip-compressed and dropped on the panel (told by its bytes, not its name).
  await analyzer.drop('audit-rotated.log.gz', log.packed)
  await analyzer.waitForReport('audit-rotated.log.gz')
  const cliGz = cliNumbers(policyFile, [log.gz])
  expect(cliGz.policy).toEqual(cli.policy)
  expect(await analyzer.numbers()).toEqual(cliGz.policy)
  expect(await analyzer.details()).toEqual(details)

  // The plain log dropped on the panel (not chosen): the same report again.
  await analyzer.drop('audit.log', log.bytes)
  await analyzer.waitForReport('audit.log')
  await expect(analyzer.panel().getByText(/read in [0-9.]+ s: audit-rotated\.log\.gz/)).toHaveCount(0)
  expect(await analyzer.numbers()).toEqual(cli.policy)
  expect(await analyzer.details()).toEqual(details)
  await expect(analyzer.timelineChart().locator('svg').first()).toBeVisible()

  // An edit: the report follows without reading the file again, and matches the CLI for the edited policy.
  await app.rule(1).button('Expand rule').click()
  await app.rule(1).setLevel('Metadata')
  await expect(analyzer.ruleTable().getByRole('rowheader', { name: /^Rule 1 · Metadata/ })).toBeVisible()
  await expect(analyzer.updating()).toHaveCount(0)
  writeFileSync(policyFile, (await app.download()).text)
  const edited = cliNumbers(policyFile, [log.gz])
  expect(edited.policy.byLevel).not.toEqual(cli.policy.byLevel)
  expect(await analyzer.numbers()).toEqual(edited.policy)
  expect(watch.errors).toEqual([])
})

test('target Kubernetes reports on the policy alone', async ({ page }, testInfo) => {
  const log = generatedLog((n) => testInfo.outputPath(n))
  const app = new BuilderPage(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await app.loadPreset('Minimal (Metadata, omit RequestReceived)')
  const policyFile = testInfo.outputPath('policy.yaml')
  writeFileSync(policyFile, (await app.download()).text)
  const analyzer = new AnalyzerPanel(page)
  await analyzer.open()
  await analyzer.choose([log.plain, log.gz])
  await analyzer.waitForReport('audit-rotated.log.gz')
  await expect(analyzer.panel().getByRole('button', { name: 'Effective DKP policy' })).toHaveCount(0)
  const cli = cliNumbers(policyFile, [log.plain, log.gz], 'kube-apiserver')
  expect(cli.effective).toBeUndefined()
  expect(await analyzer.numbers()).toEqual(cli.policy)
  // A Metadata policy asks no more than the log has: no lower-bound note.
  const details = cliDetails(cli.json)
  expect(details.lowerBoundRequests).toBeNull()
  expect(await analyzer.details()).toEqual(details)
  await expect(analyzer.lowerBoundNote()).toHaveCount(0)
})
