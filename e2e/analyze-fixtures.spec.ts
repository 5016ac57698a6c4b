import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SHARED_FIXTURES } from '../src/testing/shared.ts'
import { expect, test } from './fixtures'
import { analyzeOnBaseline, cliNumbers } from './pages/AnalyzerPanel'

const FIXTURES = join(SHARED_FIXTURES, 'audit-logs')

test('the real audit logs in the shared fixtures give the CLI’s numbers', async ({ page }, testInfo) => {
  test.skip(!existsSync(FIXTURES), 'skipped, ../shared/fixtures/audit-logs is not present in this checkout')
  const logs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(FIXTURES, f))
  expect(logs.length).toBeGreaterThan(0)
  const policyFile = testInfo.outputPath('policy.yaml')
  const { analyzer } = await analyzeOnBaseline(page, policyFile, logs, logs.at(-1)!.split('/').pop()!)
  const cli = cliNumbers(policyFile, logs)
  expect(cli.policy.events).toBeGreaterThan(0)
  expect(await analyzer.numbers()).toEqual(cli.policy)
  await analyzer.showPolicy('Effective DKP policy')
  expect(await analyzer.numbers(cli.effectiveLabels)).toEqual(cli.effective)
  // Events of older API versions (v1beta1, none) are analyzed normally: a note, not a problem line.
  const otherVersion = cli.json.otherVersion as number
  expect(otherVersion).toBeGreaterThan(0)
  await expect(analyzer.panel().getByRole('region', { name: 'Notes' })).toContainText(
    `${otherVersion} events of another audit API version (v1beta1, or none given) analyzed as audit.k8s.io/v1.`,
  )
  await expect(analyzer.panel().getByRole('region', { name: /^Problems/ })).toHaveCount(0)
})
