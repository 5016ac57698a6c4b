import { writeFileSync } from 'node:fs'
import { analyzer as words } from '../src/i18n/en/analyzer.ts'
import { formatBytes } from '../src/i18n/format.ts'
import { expect, test } from './fixtures'
import { analyzeOnBaseline, cliNumbers } from './pages/AnalyzerPanel'

const at = (minute: number) => `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000000Z`
const event = (id: string, stage: string, minute: number, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: id,
    stage,
    requestURI: '/api/v1/namespaces/prod/pods',
    verb: 'list',
    user: { username: 'alice', groups: ['system:authenticated'] },
    userAgent: 'kubectl/v1.31',
    objectRef: { resource: 'pods', namespace: 'prod', apiVersion: 'v1' },
    responseStatus: { metadata: {}, code: 200 },
    requestReceivedTimestamp: at(minute),
    stageTimestamp: at(minute),
    ...over,
  })
const exec = {
  verb: 'create',
  requestURI: '/api/v1/namespaces/prod/pods/web-0/exec?command=sh&stdin=true&tty=true',
  user: { username: 'mallory', groups: ['system:authenticated'] },
  objectRef: { resource: 'pods', subresource: 'exec', namespace: 'prod', name: 'web-0', apiVersion: 'v1' },
}

const toCount = (n: number) => n.toLocaleString('en-US')

test('a log with an open exec session: counted once, listed, and the forecast is the CLI’s', async ({
  page,
  watch,
}, testInfo) => {
  // Above the default: the CLI runs beside the browser here (a hang guard; speed is the benches' business).
  test.setTimeout(240_000)
  // An hour of log: list requests, a finished exec, and one still open when the log was copied.
  const lines = [
    event('l1', 'ResponseComplete', 0),
    event('x1', 'RequestReceived', 5, exec),
    event('x1', 'ResponseStarted', 5, exec),
    event('l2', 'ResponseComplete', 10),
    event('x2', 'RequestReceived', 20, exec),
    event('x2', 'ResponseStarted', 20, exec),
    event('x2', 'ResponseComplete', 30, exec),
    event('l3', 'ResponseComplete', 59),
  ]
  const file = testInfo.outputPath('exec-audit.log')
  writeFileSync(file, lines.join('\n') + '\n')
  const policyFile = testInfo.outputPath('policy.yaml')
  const { analyzer } = await analyzeOnBaseline(page, policyFile, [file], 'exec-audit.log')
  const cli = cliNumbers(policyFile, [file])
  // Five requests: three lists, the finished exec and the open one (counted at its last event).
  expect([cli.json.events, cli.json.openRequests]).toEqual([5, 1])
  // Rules that decide no request are left out until asked for.
  const withRequests = cli.policy.byRule.filter((r) => r.events > 0).length
  expect(withRequests).toBeLessThan(cli.policy.byRule.length)
  await expect(analyzer.ruleTable().getByRole('rowheader')).toHaveCount(withRequests)
  // Sample events are folded under their place in the log, and pretty-printed when opened.
  await analyzer
    .ruleTable()
    .getByRole('button', { name: /sample events?$/ })
    .first()
    .click()
  const sample = analyzer.ruleTable().locator('details').first()
  await expect(sample.locator('summary')).toContainText('exec-audit.log:')
  await expect(sample.locator('pre')).toBeHidden()
  await sample.locator('summary').click()
  await expect(sample.locator('pre')).toBeVisible()
  expect(await sample.locator('pre').textContent()).toContain('{\n  "kind": "Event",\n  "apiVersion"')
  expect(await analyzer.numbers()).toEqual(cli.policy)

  // The open session is named with its place in the log, as the CLI has it.
  const open = (cli.json.open as { file: string; line: number }[])[0]!
  expect(open.line).toBe(3)
  const region = analyzer.panel().getByRole('region', { name: words.open.heading(1) })
  await expect(region).toContainText(`exec-audit.log:3`)
  await expect(region).toContainText('mallory create core/pods/exec in prod web-0')

  // The forecast: a day of log as recorded and with this policy, and the hours one API server keeps.
  type PerDay = { events: number; bytes: number } | null
  const row = (day: PerDay, hours: number | null) => [
    day === null ? '—' : toCount(day.events),
    day === null ? '—' : formatBytes(day.bytes),
    hours === null ? '—' : words.forecast.hours(hours),
  ]
  const expected = (impact: Record<string, unknown>) => ({
    [words.forecast.recorded]: row(
      cli.json.recordedPerDay as PerDay,
      cli.json.recordedHistoryHours as number | null,
    ),
    [words.forecast.projected]: row(impact.perDay as PerDay, impact.historyHours as number | null),
  })
  expect((cli.json.window as { seconds: number }).seconds).toBe(59 * 60)
  expect(cli.json.perDay).not.toBeNull()
  expect(await analyzer.forecast()).toEqual(expected(cli.json))
  await analyzer.showPolicy('Effective DKP policy')
  expect(await analyzer.numbers(cli.effectiveLabels)).toEqual(cli.effective)
  expect(await analyzer.forecast()).toEqual(expected(cli.json.effective as Record<string, unknown>))
  // Enlarged, the report grows with the page instead of scrolling inside a box.
  await page.getByRole('button', { name: 'Enlarge the tools panel' }).click()
  await expect
    .poll(() => analyzer.panel().evaluate((el) => el.scrollHeight - el.clientHeight))
    .toBeLessThanOrEqual(1)
  expect((await analyzer.panel().boundingBox())!.height).toBeGreaterThan(600)
  expect(watch.errors).toEqual([])
})
