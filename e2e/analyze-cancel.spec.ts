import { writeFileSync } from 'node:fs'
import { generateAuditLog } from '../src/testing/auditlog/generate.ts'
import { expect, test } from './fixtures'
import { AnalyzerPanel } from './pages/AnalyzerPanel'
import { BuilderPage } from './pages/BuilderPage'

test('a long analysis shows its progress and can be cancelled', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('big-audit.log')
  writeFileSync(file, Buffer.concat([...generateAuditLog({ seed: 3, bytes: 24 << 20 })]))
  const app = new BuilderPage(page)
  await app.goto()
  const analyzer = new AnalyzerPanel(page)
  await analyzer.open()
  // Forty times the same 24 MiB file: about a gigabyte to read, far longer than it takes to press Cancel.
  await analyzer.choose(Array.from({ length: 40 }, () => file))
  const bar = analyzer.panel().getByRole('progressbar', { name: 'Analysis progress' })
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute(
    'aria-valuetext',
    /[0-9.]+ (B|KiB|MiB) of 960 MiB · [0-9,]+ events · [0-9.]+ MiB\/s/,
  )
  await expect(analyzer.panel()).toContainText(/big-audit\.log \(file \d+ of 40\)/)
  await analyzer.panel().getByRole('button', { name: 'Cancel' }).click()
  await expect(analyzer.panel().getByRole('alert')).toContainText('The analysis was cancelled')
  await expect(bar).toHaveCount(0)
  await expect(analyzer.ruleTable()).toHaveCount(0)
})
