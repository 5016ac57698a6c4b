// Our own findings are codes with parameters (policy/ownFindings.ts) worded in src/i18n: the English words are the
// core's English message word for word (the CLI's --json keeps that message), and the Russian words add no English
// beyond the API terms and what they quote (kube-apiserver's, DKP's, go-yaml's own text, the user's names).
import { describe, expect, it, vi } from 'vitest'
import { importText } from '../policy/importing.ts'
import { defaultDkpSettings, validateDkpSettings } from '../policy/moduleconfig.ts'
import type { OwnDiagnosticCode, OwnFinding } from '../policy/ownFindings.ts'
import { parsePolicy } from '../policy/parse.ts'
import { buildSecret } from '../policy/index.ts'
import { readSecret } from '../policy/secretRead.ts'
import type { Diagnostic } from '../policy/types.ts'
import { englishWords } from '../testing/englishWords.ts'
import { ownFindings as enWords } from './en/ownFindings.ts'
import { setActiveLocale } from './locale.ts'
import { diagnosticText, failureText, ownText } from './ownFindings.ts'
import { ownFindings as ruWords } from './ru/ownFindings.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n'
const b64 = (bytes: number[]) => Buffer.from(bytes).toString('base64')
const secret = (meta: string, body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n${meta}${body}`
const NAMED = '  name: audit-policy\n  namespace: kube-system\n'
const DKP = { target: 'deckhouse' } as const

/** Every finding a text brings: the import's own and its policy's. */
const found = (text: string, options: Parameters<typeof importText>[1] = {}): Diagnostic[] => {
  const r = importText(text, options)
  return [...r.diagnostics, ...(r.parse?.diagnostics ?? [])]
}

const badSettings = defaultDkpSettings()
badSettings.auditLog = { output: 'Syslog' as 'File', path: '/var/log/' }
const badPath = defaultDkpSettings()
badPath.auditLog.path = '/var/log/'
badSettings.version = 9

/** Texts that raise each own finding (the table must name every code: see the last test). */
const CASES: Array<[string, () => Diagnostic[]]> = [
  [
    'a DKP Secret without rules',
    () => parsePolicy(POLICY.replace(/rules:[^]*/, 'rules: []\n'), DKP).diagnostics,
  ],
  [
    'a policy-level omitManagedFields on DKP',
    () => parsePolicy(`${POLICY}omitManagedFields: true\n`, DKP).diagnostics,
  ],
  [
    'flow-style YAML',
    () => parsePolicy('{apiVersion: audit.k8s.io/v1, kind: Policy, rules: [{level: None}]}').diagnostics,
  ],
  ['a Secret beside a text that is not YAML', () => found(`${buildSecret(POLICY)}---\nkey: [\n`)],
  [
    'no Secret among other objects',
    () =>
      readSecret('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\nmetadata:\n  name: y\n')
        .diagnostics,
  ],
  ['no object at all', () => readSecret('just words\n').diagnostics],
  [
    'a Secret of another namespace',
    () =>
      found(
        secret(
          '  name: audit-policy\n  namespace: default\n',
          `data:\n  audit-policy.yaml: ${b64([...Buffer.from(POLICY)])}\n`,
        ),
      ),
  ],
  ['a Secret without a name', () => found(secret('  namespace: kube-system\n', 'data: {}\n'))],
  [
    'the Secret without a namespace',
    () =>
      found(
        secret(
          '  name: audit-policy\n',
          `stringData:\n  audit-policy.yaml: |\n${POLICY.replace(/^/gm, '    ')}`,
        ),
      ),
  ],
  ['stringData not a string', () => found(secret(NAMED, 'stringData:\n  audit-policy.yaml: 5\n'))],
  ['no policy key', () => found(secret(NAMED, 'data:\n  policy.yaml: YQ==\n  other: YQ==\n'))],
  ['no data at all', () => found(secret(NAMED, ''))],
  ['data not a string', () => found(secret(NAMED, 'data:\n  audit-policy.yaml: 5\n'))],
  ['data not base64', () => found(secret(NAMED, 'data:\n  audit-policy.yaml: abc*def=\n'))],
  ['data not UTF-8', () => found(secret(NAMED, `data:\n  audit-policy.yaml: ${b64([0xc3, 0x28])}\n`))],
  ['a 9 MiB text', () => found('x'.repeat(9 * 1024 * 1024 + 12345))],
  ['a NUL byte', () => found('PK\u0003\u0004\u0000garbage')],
  ['bad UTF-8', () => found('\ufffd'.repeat(20))],
  ['an empty text', () => found('  \n')],
  [
    'a ModuleConfig with every setting wrong',
    () =>
      found(
        'apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: control-plane-manager\nspec:\n  version: 7\n  settings:\n    apiserver:\n      auditPolicyEnabled: "yes"\n      auditLog:\n        output: Syslog\n        path: /var/log/\n',
      ),
  ],
  ['a key set twice, kube-apiserver', () => parsePolicy(`${POLICY}kind: Policy\n`).diagnostics],
  ['keys set twice, DKP', () => parsePolicy(`${POLICY}kind: Policy\nkind: Policy\n`, DKP).diagnostics],
  ['an unknown field', () => parsePolicy(`${POLICY}    verb: [get]\n`).diagnostics],
  ['another apiVersion on DKP', () => parsePolicy(POLICY.replace('/v1', '/v1beta1'), DKP).diagnostics],
  ['an invalid level on DKP', () => parsePolicy(POLICY.replace('Metadata', 'Verbose'), DKP).diagnostics],
  ['nesting past our limit', () => parsePolicy(`rules: ${'['.repeat(300)}${']'.repeat(300)}\n`).diagnostics],
  [
    'nesting past our limit, DKP',
    () => parsePolicy(`rules: ${'['.repeat(300)}${']'.repeat(300)}\n`, DKP).diagnostics,
  ],
  ['DKP settings', () => [...validateDkpSettings(badSettings), ...validateDkpSettings(badPath)]],
]

/** The parameters' values: what a finding quotes and names, left as they are in every language. */
function quoted(f: OwnFinding): string[] {
  return Object.entries(f)
    .filter(([k]) => k !== 'code')
    .flatMap(([, v]) => (Array.isArray(v) ? v : [v]))
    .map(String)
    .filter((q) => q !== '')
}

describe('our own findings: codes from the core, words from src/i18n', () => {
  const seen = new Set<OwnDiagnosticCode>()
  it.each(CASES)('%s: English as the core says it, Russian without English', (_name, run) => {
    const own = run().filter((d) => d.own)
    expect(own.length).toBeGreaterThan(0)
    for (const d of own) {
      seen.add(d.own!.code)
      expect(ownText(d.own!, enWords)).toBe(d.message)
      const russian = ownText(d.own!, ruWords)
      expect(russian).not.toBe(d.message)
      let rest = russian
      for (const q of quoted(d.own!).sort((a, b) => b.length - a.length)) rest = rest.replaceAll(q, ' ')
      expect(englishWords(rest), russian).toEqual([])
    }
  })

  it('a bug of ours while reading is said in the active language, the failure too', async () => {
    vi.resetModules()
    vi.doMock('../policy/target.ts', async (original) => ({
      ...(await original<typeof import('../policy/target.ts')>()),
      targetFindings: () => {
        throw new Error('boom')
      },
    }))
    const { parsePolicy: broken } = await import('../policy/parse.ts')
    const r = broken(POLICY)
    vi.doUnmock('../policy/target.ts')
    vi.resetModules()
    const [d] = r.diagnostics
    expect(d?.own).toEqual({ code: 'internal-error', error: 'boom' })
    seen.add('internal-error')
    expect(ownText(d!.own!, enWords)).toBe(d!.message)
    expect(failureText(r, enWords)).toBe(r.failure)
    expect(failureText(r, ruWords)).toBe('внутренняя ошибка при чтении политики: boom')
  })

  it('the table raises every code', () => {
    expect([...seen].sort()).toEqual(Object.keys(enWords).sort())
  })

  it('diagnosticText: ours in the active language, the API server’s as it writes it', () => {
    const [empty] = parsePolicy('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n', DKP).diagnostics
    const [level] = parsePolicy(POLICY.replace('Metadata', 'Verbose')).diagnostics
    try {
      setActiveLocale('ru')
      expect(diagnosticText(empty!)).toBe(ruWords['dkp-no-rules']())
      expect(diagnosticText(level!)).toBe(level!.message)
      expect(level!.message).toMatch(/^rules\[0\]\.level: Unsupported value: "Verbose"/)
    } finally {
      setActiveLocale('en')
    }
    expect(diagnosticText(empty!)).toBe(empty!.message)
  })

  it('a size in the Russian words is in Russian units', () => {
    const f: OwnFinding = { code: 'import-too-large', bytes: 9 * 1024 * 1024, limit: 8 * 1024 * 1024 }
    try {
      setActiveLocale('ru')
      expect(ownText(f, ruWords)).toContain('9,0 МиБ')
      expect(ownText(f, ruWords)).toContain('предел — 8 МиБ')
    } finally {
      setActiveLocale('en')
    }
    expect(ownText(f, enWords)).toContain(
      'This text is 9.0 MiB; an audit policy is a few KB (the limit is 8 MiB)',
    )
  })
})
