import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fsIo, memoryIo } from '../testing/io.ts'
import { CONFORMANCE_COPY, PROJECT_ROOT } from '../testing/shared.ts'
import { main } from './main.ts'

const GOOD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  verbs: [create]\n'
const BAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Verbose\n'
const TYPO = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n  verb: [get]\n'

async function run(args: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIo({ files, stdin })
  const code = await main(args, io)
  return { code, out: io.out(), err: io.err() }
}

describe('validate', () => {
  it('exits 0 and says OK for a loadable policy', async () => {
    const r = await run(['validate', 'p.yaml'], { 'p.yaml': GOOD })
    expect(r).toEqual({ code: 0, out: 'p.yaml: OK, 1 rule\n', err: '' })
  })
  it('exits 1 with file:line:col diagnostics for an invalid one', async () => {
    const r = await run(['validate', 'p.yaml'], { 'p.yaml': BAD })
    expect(r.code).toBe(1)
    expect(r.out).toContain('p.yaml:4:10: error: rules[0].level: Unsupported value: "Verbose"')
  })
  it('prints the JSON contract', async () => {
    const r = await run(['validate', 'p.yaml', '--json'], { 'p.yaml': BAD })
    expect(JSON.parse(r.out)).toEqual({
      valid: false,
      errors: [
        {
          path: 'rules[0].level',
          kind: 'NotSupported',
          message:
            'rules[0].level: Unsupported value: "Verbose": supported values: "None", "Metadata", "Request", "RequestResponse"',
        },
      ],
      warnings: [],
    })
  })
  it('reports strict-decoding warnings and still exits 0 for kube-apiserver', async () => {
    const r = await run(['validate', 'p.yaml', '--json'], { 'p.yaml': TYPO })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toEqual({
      valid: true,
      errors: [],
      warnings: ['unknown field "rules[0].verb"'],
    })
  })
  it('fails the same file for --target deckhouse', async () => {
    const r = await run(['validate', 'p.yaml', '--target', 'deckhouse', '--json'], { 'p.yaml': TYPO })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).errors[0]).toMatchObject({ path: 'rules[0].verb', kind: 'Decode' })
  })
  it('reads standard input for -', async () => {
    expect((await run(['validate', '-'], {}, GOOD)).code).toBe(0)
  })
  it.each([
    [['validate'], /usage: validate FILE/],
    [['validate', 'a', 'b'], /usage: validate FILE/],
    [['validate', 'p.yaml', '--target', 'gke'], /--target must be kube-apiserver or deckhouse/],
    [['validate', 'p.yaml', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['validate', 'missing.yaml'], /missing\.yaml: no such file/],
  ])('usage errors exit 2 with one line: %j', async (args, message) => {
    const r = await run(args, { 'p.yaml': GOOD })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
    expect(r.err.trim().split('\n')).toHaveLength(1)
  })
})

describe('help', () => {
  it.each([[['analyze', '--help']], [['analyze', 'p.yaml', '-h']], [['help', 'analyze']]])(
    '%j prints the command’s usage line and exits 0',
    async (args) => {
      const r = await run(args, { 'p.yaml': GOOD })
      expect(r.code).toBe(0)
      expect(r.err).toBe('')
      const lines = r.out.trim().split('\n').filter(Boolean)
      expect(lines).toHaveLength(2)
      expect(lines[1]).toMatch(/^ {2}analyze FILE --log/)
    },
  )
  it('a --help after -- is an argument, not a request for help', async () => {
    const r = await run(['validate', '--', '--help'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
  })
})

describe('eval', () => {
  const cases = JSON.parse(readFileSync(join(CONFORMANCE_COPY, 'evaluation.json'), 'utf8')) as Array<{
    policy: string
    request: unknown
    expect: unknown
  }>
  it('prints one JSON line per request, as the conformance vectors expect', async () => {
    for (const c of cases.slice(0, 40)) {
      const r = await run(['eval', 'p.yaml', '--request', JSON.stringify(c.request)], { 'p.yaml': c.policy })
      expect(r.code).toBe(0)
      expect(JSON.parse(r.out)).toEqual(c.expect)
    }
  })
  it('reads JSON lines of requests from a file, and audit events', async () => {
    const lines = [
      JSON.stringify({
        user: 'a',
        groups: [],
        verb: 'create',
        resourceRequest: true,
        resource: 'pods',
        namespace: 'x',
        name: 'p',
        path: '/api/v1/namespaces/x/pods/p',
      }),
      JSON.stringify({
        kind: 'Event',
        apiVersion: 'audit.k8s.io/v1',
        verb: 'get',
        requestURI: '/healthz',
        user: { username: 'b' },
      }),
      '',
    ].join('\n')
    const r = await run(['eval', 'p.yaml', '--request', '@reqs.jsonl'], {
      'p.yaml': GOOD,
      'reqs.jsonl': lines,
    })
    expect(
      r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).matchedRule),
    ).toEqual([0, null])
  })
  it('reads requests from standard input', async () => {
    const r = await run(['eval', 'p.yaml', '--request', '-'], { 'p.yaml': GOOD }, '{"verb":"create"}')
    expect(JSON.parse(r.out)).toEqual({
      level: 'Metadata',
      omitStages: [],
      omitManagedFields: false,
      matchedRule: 0,
    })
  })
  it('evaluates the DKP effective policy with --target deckhouse', async () => {
    const r = await run(
      [
        'eval',
        'p.yaml',
        '--target',
        'deckhouse',
        '--request',
        '{"user":"u","groups":["system:authenticated"],"verb":"get","resourceRequest":true,"resource":"secrets","namespace":"x","name":"s"}',
      ],
      { 'p.yaml': GOOD },
    )
    expect(JSON.parse(r.out)).toMatchObject({ level: 'None', origin: { kind: 'builtin', number: 28 } })
  })
  it.each([
    ['{"verb": 5}', /"verb" must be a string/],
    ['not json', /invalid JSON/],
    ['[1]', /expected a JSON object/],
    ['', /no request given/],
  ])('a bad request %j is a usage error', async (request, message) => {
    const r = await run(['eval', 'p.yaml', '--request', request], { 'p.yaml': GOOD })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })
  it('refuses to evaluate a policy that does not load', async () => {
    const r = await run(['eval', 'p.yaml', '--request', '{}'], { 'p.yaml': BAD })
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/not evaluated: the policy does not load/)
  })
})

describe('secret, moduleconfig, effective', () => {
  it('secret prints the canonical policy in base64', async () => {
    const r = await run(['secret', 'p.yaml'], { 'p.yaml': GOOD })
    const b64 = /audit-policy\.yaml: (\S+)/.exec(r.out)![1]!
    expect(Buffer.from(b64, 'base64').toString()).toBe(
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n    verbs: ["create"]\n',
    )
  })
  it('secret --raw keeps the file as it is', async () => {
    const r = await run(['secret', 'p.yaml', '--raw'], { 'p.yaml': GOOD })
    expect(r.out).toContain(Buffer.from(GOOD).toString('base64'))
  })
  it('secret refuses a policy that does not load', async () => {
    expect((await run(['secret', 'p.yaml'], { 'p.yaml': BAD })).code).toBe(1)
  })
  it.each([
    [[], /output: File\n {8}path: \/var\/log\/kube-audit\n/],
    [
      ['--basic=false', '--output', 'Stdout'],
      /basicAuditPolicyEnabled: false\n {6}auditLog:\n {8}output: Stdout\n$/,
    ],
    [['--basic', 'false', '--path', '/data/audit'], /path: \/data\/audit\n/],
    [['--version', '3'], /version: 3\n/],
  ])('moduleconfig %j', async (args, want) => {
    const r = await run(['moduleconfig', ...args])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(want)
  })
  it.each([
    [['--output', 'stdout'], /--output must be File or Stdout/],
    [['--path', '/var/log/'], /auditLog\.path must match/],
    [['--basic', 'maybe'], /--basic must be true or false/],
  ])('moduleconfig refuses %j', async (args, message) => {
    const r = await run(['moduleconfig', ...args])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(message)
  })
  it('effective prints the merged policy with origins as notes', async () => {
    const r = await run(['effective', 'p.yaml'], { 'p.yaml': GOOD })
    expect(r.code).toBe(0)
    expect(r.out).toContain('# Your rule 1\n  - level: Metadata\n    verbs: ["create"]')
    expect(r.out).toContain('# DKP built-in rule 28')
  })
})

describe('bad files on disk', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'abp-cli-'))
    writeFileSync(join(dir, 'binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]))
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.from('rules: [\xe9]', 'latin1'))
    writeFileSync(join(dir, 'huge.yaml'), '')
    truncateSync(join(dir, 'huge.yaml'), 50 * 1024 * 1024)
  })
  it.each([
    ['a directory', () => dir, 2, /is a directory/],
    ['a missing file', () => join(dir, 'nope.yaml'), 2, /no such file/],
    ['a 50 MB file', () => join(dir, 'huge.yaml'), 2, /50\.0 MiB is too large/],
    ['a binary file', () => join(dir, 'binary.yaml'), 1, /binary content \(a NUL byte at offset 4\)/],
  ])('%s: one line on stderr, exit %i', async (_n, path, code, message) => {
    const io = await fsIo()
    expect(await main(['validate', path()], io)).toBe(code)
    expect(io.err()).toMatch(message)
    expect(io.err().trim().split('\n')).toHaveLength(1)
  })
  it('a file that is not UTF-8 is read as kube-apiserver reads it: refused with go-yaml words, exit 1', async () => {
    const io = await fsIo()
    expect(await main(['validate', join(dir, 'latin1.yaml')], io)).toBe(1)
    expect(io.out()).toContain('failed decoding: yaml: incomplete UTF-8 octet sequence')
    expect(io.err()).toBe('')
  })
  it('the real binary prints no stack trace', () => {
    const r = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/cli.mjs'), 'validate', join(dir, 'huge.yaml')],
      { encoding: 'utf8' },
    )
    expect(r.status).toBe(2)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})
