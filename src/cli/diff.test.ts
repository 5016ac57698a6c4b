// `diff OLD NEW` on fixture pairs (src/testdata/diff): exit codes, the --json contract, the Secret as OLD.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fsIo, memoryIo } from '../testing/io.ts'
import { PROJECT_ROOT } from '../testing/shared.ts'
import {
  DKP_BUILTIN_HEAD,
  DKP_BUILTIN_TAIL,
  effectivePolicy,
  evaluatePolicy,
  parsePolicy,
  serializePolicy,
} from '../policy/index.ts'
import { setActiveLocale } from '../i18n/locale.ts'
import { main } from './main.ts'

const DIR = join(PROJECT_ROOT, 'src/testdata/diff')
const FILES = Object.fromEntries(
  ['base.yaml', 'base-secret.yaml', 'reordered.yaml', 'secrets-request.yaml'].map((f) => [
    f,
    readFileSync(join(DIR, f), 'utf8'),
  ]),
)

async function run(...args: string[]) {
  const io = memoryIo({ files: FILES })
  const code = await main(['diff', ...args], io)
  return { code, out: io.out(), err: io.err() }
}

const policyOf = (f: string) => parsePolicy(FILES[f]!).policy!

describe('diff', () => {
  it('exits 0 and lists no behaviour change for a reordering that changes no request', async () => {
    const r = await run('base.yaml', 'reordered.yaml')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Rule 2 moved to 3')
    expect(r.out).toContain('No request is audited differently.')
  })

  it('reads the Secret as OLD and exits 1 with the one behaviour change and its example', async () => {
    const r = await run('base-secret.yaml', 'secrets-request.yaml', '--json')
    expect(r.code).toBe(1)
    const out = JSON.parse(r.out)
    expect(out.ruleChanges).toEqual([{ kind: 'added', newIndex: 1 }])
    expect(out.behaviourChanges).toHaveLength(1)
    const [c] = out.behaviourChanges
    expect(c.description).toMatch(/^create\/delete\/patch\/update of secrets \(core\)/)
    expect(c.before).toMatchObject({ level: 'Metadata', rule: { kind: 'user', index: 1 } })
    expect(c.after).toMatchObject({ level: 'Request', rule: { kind: 'user', index: 1 } })
    // The example is a request in the shape `eval` reads, and the two policies do treat it so.
    expect(evaluatePolicy(policyOf('base.yaml'), c.example)).toMatchObject({
      level: 'Metadata',
      matchedRule: 1,
    })
    expect(evaluatePolicy(policyOf('secrets-request.yaml'), c.example)).toMatchObject({
      level: 'Request',
      matchedRule: 1,
    })
  })

  it('on DKP names the built-in rules that take part of the change', async () => {
    const r = await run(
      'base.yaml',
      'secrets-request.yaml',
      '--target',
      'deckhouse',
      '--kubernetes-version',
      '1.31',
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/unless built-in rules [\d, ]+ and \d+ decide first: Metadata → Request/)
  })

  it('reads both sides as the chosen Kubernetes version does: group "*" loads from 1.36 only', async () => {
    const star =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n    resources: [{group: "*", resources: ["*/status"]}]\n'
    const go = async (version: string) => {
      const io = memoryIo({ files: { ...FILES, 'star.yaml': star } })
      const code = await main(['diff', 'base.yaml', 'star.yaml', '--kubernetes-version', version], io)
      return { code, err: io.err() }
    }
    const old = await go('1.33')
    expect(old.code).toBe(2)
    expect(old.err).toContain('star.yaml')
    expect((await go('1.36')).code).toBe(1)
  })

  it('--log measures the whole policy and each change on the log (through the analyzer)', async () => {
    const io = await fsIo()
    const log = join(DIR, 'audit.log')
    const code = await main(
      ['diff', join(DIR, 'base.yaml'), join(DIR, 'secrets-request.yaml'), '--log', log, '--json'],
      io,
    )
    expect(code).toBe(1)
    const out = JSON.parse(io.out())
    expect(out.log.requests).toBe(4)
    expect(out.log.before.events).toBe(4)
    // The create and the delete of a Secret are the change's requests; the get of a Secret and of a pod are not.
    expect(out.log.changes).toHaveLength(1)
    expect(out.log.changes[0].requests).toBe(2)
    expect(out.log.changes[0].bytes).toBe(out.log.after.bytes - out.log.before.bytes)
    // Per day of the log's window (the stageTimestamps 10:00:01.1 to 10:00:04.1): the same figures scaled to 24 hours.
    expect(out.log.windowSeconds).toBeCloseTo(3, 6)
    const k = 86_400 / 3
    expect(out.log.changes[0].perDay).toEqual({
      events: Math.round(out.log.changes[0].events * k),
      bytes: Math.round(out.log.changes[0].bytes * k),
    })
    expect(out.log.after.perDay.bytes - out.log.before.perDay.bytes).toBeCloseTo(
      out.log.changes[0].perDay.bytes,
      -1,
    )
    expect(out.log.exact).toBe(true)
  })

  it('--log in words: totals and each change, over the log and a day', async () => {
    const io = await fsIo()
    const code = await main(
      ['diff', join(DIR, 'base.yaml'), join(DIR, 'secrets-request.yaml'), '--log', join(DIR, 'audit.log')],
      io,
    )
    expect(code).toBe(1)
    expect(io.out()).toMatch(/^ {2}before: 4 events, \d+ bytes \(115,200 events, [\d.]+ [KM]iB a day\)$/m)
    expect(io.out()).toMatch(
      /^ {4}2 requests in the log: [+-]?\d+ events, [+-]?\d+ bytes \([+-]?[\d,]+ events, [+-]?[\d.]+ (?:[KM]i)?B a day\) \(at least: the log holds no bodies for these requests, so the bytes this level adds are not counted\)$/m,
    )
  })

  it('--log speaks the language set after its modules loaded (as the CLI sets it at start)', async () => {
    setActiveLocale('ru')
    try {
      const io = await fsIo()
      const args = [
        join(DIR, 'base.yaml'),
        join(DIR, 'secrets-request.yaml'),
        '--log',
        join(DIR, 'audit.log'),
      ]
      expect(await main(['diff', ...args], io)).toBe(1)
      expect(io.out()).toMatch(
        /^ {2}до: 4 события, байт: \d+ \(115[\u00a0 ]200 событий, [\d,]+ [КМ]иБ в сутки\)$/m,
      )
    } finally {
      setActiveLocale('en')
    }
  })

  it('--builtin takes the built-in rules from the policy the cluster rendered', async () => {
    // A cluster whose rendering puts a None rule for Secrets before the user's rules: the edit changes nothing.
    const rendered =
      'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    resources: [{group: "", resources: [secrets]}]\n' +
      FILES['base.yaml']!.slice(FILES['base.yaml']!.indexOf('rules:\n') + 'rules:\n'.length)
    const go = async (...extra: string[]) => {
      const io = memoryIo({ files: { ...FILES, 'rendered.yaml': rendered } })
      const code = await main(['diff', 'base.yaml', 'secrets-request.yaml', ...extra], io)
      return { code, out: io.out(), err: io.err() }
    }
    expect((await go('--target', 'deckhouse')).code).toBe(1)
    const withRendered = await go('--target', 'deckhouse', '--builtin', 'rendered.yaml')
    expect(withRendered.code).toBe(0)
    expect(withRendered.out).toContain('No request is audited differently.')
    const plain = await go('--builtin', 'rendered.yaml')
    expect(plain.code).toBe(2)
    expect(plain.err).toContain('--basic and --builtin apply to --target deckhouse')
    expect((await go('--target', 'deckhouse', '--basic', 'maybe')).code).toBe(2)
  })

  it('on DKP reads OLD rendered on a master as its user’s rules, with the cluster’s built-in rules on both sides', async () => {
    // The cluster's rendering (ours, with a None rule for Secrets after DKP's rule 1): the edit changes nothing.
    const user = policyOf('base.yaml')
    const dropSecrets = { level: 'None', resources: [{ group: '', resources: ['secrets'] }] }
    const head = [DKP_BUILTIN_HEAD[0]!, { number: 2, rule: dropSecrets }, ...DKP_BUILTIN_HEAD.slice(1)]
    const on = { auditPolicyEnabled: true, basicAuditPolicyEnabled: true }
    const rendered = serializePolicy(effectivePolicy(user, on, { head, tail: DKP_BUILTIN_TAIL }).policy)
    const go = async (...extra: string[]) => {
      const io = memoryIo({ files: { ...FILES, 'rendered.yaml': rendered } })
      const code = await main(['diff', 'rendered.yaml', 'secrets-request.yaml', ...extra], io)
      return { code, out: io.out(), err: io.err() }
    }
    const read = await go('--target', 'deckhouse', '--json')
    expect(read.code).toBe(0)
    expect(read.err).toContain(
      `rendered.yaml: read as the policy rendered on a master: its DKP built-in rules (1–28, 29–30) run on both sides, its ${user.rules.length} rules in between are compared`,
    )
    // The rule changes are those of the user's rules, as between the two user policies.
    expect(JSON.parse(read.out).ruleChanges).toEqual(
      JSON.parse((await run('base.yaml', 'secrets-request.yaml', '--json')).out).ruleChanges,
    )
    // Read whole, its built-in rules are rules of OLD: the edit seems to change much.
    const whole = await go('--target', 'deckhouse', '--rendered', 'false', '--json')
    expect(whole.code).toBe(1)
    expect(whole.err).toBe('')
    expect(JSON.parse(whole.out).behaviourChanges.length).toBeGreaterThan(1)
    expect((await go('--rendered', 'false')).err).toContain('--rendered applies to --target deckhouse')
  })

  it('exits 0 for the same policy, in the file and in the Secret', async () => {
    expect((await run('base-secret.yaml', 'base.yaml')).code).toBe(0)
  })

  it('exits 2 on usage and input errors', async () => {
    expect((await run('base.yaml')).code).toBe(2)
    expect((await run('base.yaml', 'missing.yaml')).err).toContain('missing.yaml: no such file')
    expect((await run('base.yaml', 'missing.yaml')).code).toBe(2)
    expect((await run('base.yaml', 'base.yaml', '--kubernetes-version', 'latest')).code).toBe(2)
    expect((await run('base.yaml', 'base.yaml', '--target', 'gke')).code).toBe(2)
  })
})
