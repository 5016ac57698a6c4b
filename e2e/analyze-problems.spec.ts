import { writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { AnalyzerPanel, cliNumbers } from './pages/AnalyzerPanel'
import { BuilderPage } from './pages/BuilderPage'

const event = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: 'a1',
    stage: 'ResponseComplete',
    requestURI: '/api/v1/namespaces/default/pods',
    verb: 'list',
    user: { username: 'alice', groups: ['system:authenticated'] },
    objectRef: { resource: 'pods', namespace: 'default', apiVersion: 'v1' },
    ...over,
  })

test('a malformed log lists its problems with file and line, and never stops', async ({ page }, testInfo) => {
  const lines = [
    event(),
    'this is not JSON',
    event({ apiVersion: 'audit.k8s.io/v1beta1' }),
    '{"kind":"Event","apiVersion":"v1","reason":"Scheduled"}',
    event({ verb: 'get' }),
    '{"kind":"Event", "apiVersion": "audit.k8s.io/v1", "verb": ',
    event(),
    event().slice(0, 70),
  ]
  const file = testInfo.outputPath('broken-audit.log')
  writeFileSync(file, lines.join('\n'))
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Minimal (Metadata, omit RequestReceived)')
  const policyFile = testInfo.outputPath('policy.yaml')
  writeFileSync(policyFile, (await app.download()).text)

  const analyzer = new AnalyzerPanel(page)
  await analyzer.open()
  await analyzer.choose([file])
  await analyzer.waitForReport('broken-audit.log')
  const problems = analyzer.panel().getByRole('region', { name: /^Problems \(\d+\)$/ })
  // Only lines that could not be analyzed are problems; the v1beta1 event was analyzed: a note.
  await expect(problems).toContainText('Problems (4)')
  for (const text of [
    'not JSON: 2',
    'broken-audit.log:2',
    'broken-audit.log:6',
    'cut-off last line: 1',
    'broken-audit.log:8',
    'not an audit event: 1',
    'broken-audit.log:4',
  ])
    await expect(problems).toContainText(text)
  await expect(problems).not.toContainText('other audit API version')
  await expect(analyzer.panel().getByRole('region', { name: 'Notes' })).toContainText(
    '1 event of another audit API version (v1beta1, or none given) analyzed as audit.k8s.io/v1.',
  )
  const cli = cliNumbers(policyFile, [file], 'kube-apiserver')
  expect(cli.json.truncated).toBe(1)
  expect(await analyzer.numbers()).toEqual(cli.policy)
})

test('a file that is not a log at all gets a clear message, and nothing breaks', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('picture.png')
  const bytes = Buffer.alloc(20_000)
  for (let i = 0, x = 1; i < bytes.length; i++) bytes[i] = x = (x * 1103515245 + 12345) & 0xff
  writeFileSync(file, bytes)
  const app = new BuilderPage(page)
  await app.goto()
  const analyzer = new AnalyzerPanel(page)
  await analyzer.open()
  await analyzer.choose([file])
  await expect(
    analyzer.panel().getByRole('alert').filter({ hasText: 'No audit events were found in picture.png' }),
  ).toBeVisible()
  await expect(analyzer.panel().getByRole('region', { name: /^Problems/ })).toContainText('picture.png:1')
  // The app is still usable.
  await app.addRule()
  await expect(app.rules()).toHaveCount(1)
})
