// Inputs for the differential fuzzer against the loader oracle: policies mutated from our presets, the
// third-party fixtures and the vectors, in YAML and JSON, with the constructs where go-yaml and sigs.k8s.io/json
// have their own rules (anchors and merges, directives, escapes, odd line breaks, encodings, duplicate keys,
// wrong types, case-folded keys), and requests aimed at what the policy names.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as yamlParse, stringify } from 'yaml'
import { PRESETS } from '../policy/presets.ts'
import type { Policy, RequestAttributes } from '../policy/types.ts'
import { ORACLE_CASES, readCases, type OracleInput } from './oracle.ts'
import { CONFORMANCE_COPY, fixturePolicies, hasSharedFixtures } from './shared.ts'

/** A small seeded PRNG (mulberry32): the same seed gives the same inputs. */
export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

/** seedTexts: the policies every input starts from. */
export function seedTexts(): string[] {
  const out: string[] = []
  for (const p of PRESETS) out.push(toYaml(p.policy))
  if (hasSharedFixtures()) for (const f of fixturePolicies()) out.push(f.text)
  const vectors = JSON.parse(readFileSync(join(CONFORMANCE_COPY, 'validation.json'), 'utf8')) as Array<{
    policy: string
  }>
  const evals = JSON.parse(readFileSync(join(CONFORMANCE_COPY, 'evaluation.json'), 'utf8')) as Array<{
    policy: string
  }>
  for (const v of [...vectors, ...evals]) out.push(v.policy)
  if (existsSync(ORACLE_CASES))
    for (const c of readCases()) {
      const t = new TextDecoder('utf-8', { fatal: false }).decode(c.policy)
      if (!t.includes('\ufffd')) out.push(t)
    }
  return [...new Set(out)]
}

function toYaml(p: Policy): string {
  return stringify({ apiVersion: 'audit.k8s.io/v1', kind: 'Policy', ...p })
}

const WORDS = [
  'None',
  'Metadata',
  'Request',
  'RequestResponse',
  'metadata',
  'RequestReceived',
  'ResponseStarted',
  'ResponseComplete',
  'Panic',
  'get',
  'list',
  'watch',
  'create',
  'pods',
  'secrets',
  'pods/log',
  '*',
  '*/status',
  'apps',
  '',
  'system:authenticated',
  'system:serviceaccounts',
  'alice',
  '/healthz',
  '/api*',
  'kube-system',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'null',
  '~',
  '0777',
  '0x1F',
  '1e3',
  '1e+20',
  '.5',
  '.inf',
  '.nan',
  '12:30',
  '2024-01-01',
  '2024-01-01T10:00:00Z',
  '<<',
  'true',
  'True',
  '-1',
  'a b',
  'café',
]
const KEYS = [
  'apiVersion',
  'kind',
  'rules',
  'level',
  'users',
  'userGroups',
  'verbs',
  'resources',
  'group',
  'resourceNames',
  'namespaces',
  'nonResourceURLs',
  'omitStages',
  'omitManagedFields',
  'metadata',
  'name',
  'creationTimestamp',
  'labels',
]
const SCALARS = [
  '1',
  '1.5',
  '1e20',
  'true',
  'null',
  '~',
  '[]',
  '{}',
  '[a, b]',
  '{a: b}',
  '""',
  "''",
  '"\\x41"',
  '"\\u00e9"',
  '"\\/"',
  '"\\ud83d\\ude00"',
  '"\\N\\_\\L\\P"',
  '"\\e\\0\\a"',
  '"\\U0001F600"',
  '!!str 1',
  '!!int 1',
  '!!int x',
  '!!binary aGk=',
  '!!float 1',
  '!local x',
  '*nope',
  '2024-01-01T10:00:00Z',
  '2024-01-01',
  '"2024-01-01 10:00:00"',
  '.nan',
  '0o17',
  '|\n    a\n    b',
  '>-\n    a\n    b',
]
const BREAKS = ['\r\n', '\r', '\u0085', '\u2028', '\u2029']
const SYNTAX = [
  ':',
  '-',
  ' ',
  '\t',
  '#',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '&a',
  '*a',
  '!',
  '|',
  '>',
  '?',
  '%',
  '@',
  '`',
  '\n',
  '...',
  '---',
]

function lines(t: string): string[] {
  return t.split('\n')
}

/** Line breaks of other kinds (CR, NEL, LS, PS): everywhere, or joining two lines. */
function oddBreaks(t: string, r: Rng): string {
  const br = r.pick(BREAKS)
  if (r.chance(0.5)) return t.replaceAll('\n', br)
  const ls = lines(t)
  const i = r.int(Math.max(1, ls.length - 1))
  return [...ls.slice(0, i), ls[i] + br + ls[i + 1], ...ls.slice(i + 2)].join('\n')
}

/** A syntax character inserted, deleted or replaced somewhere. */
function syntaxNoise(t: string, r: Rng): string {
  const i = r.int(t.length + 1)
  const c = r.pick(SYNTAX)
  switch (r.int(3)) {
    case 0:
      return t.slice(0, i) + c + t.slice(i)
    case 1:
      return t.slice(0, i) + t.slice(i + 1)
    default:
      return t.slice(0, i) + c + t.slice(i + 1)
  }
}

/** A mutation on text; each returns the new text. */
const TEXT_MUTATIONS: Array<(t: string, r: Rng) => string> = [
  // a scalar value replaced with another word
  (t, r) => {
    const ls = lines(t)
    const i = r.int(ls.length)
    ls[i] = ls[i]!.replace(/(:\s+|-\s+)([^\s#][^#]*)$/, (_m, p: string) => p + r.pick(WORDS))
    return ls.join('\n')
  },
  // a value of the wrong type or an odd scalar
  (t, r) => {
    const ls = lines(t)
    const i = r.int(ls.length)
    ls[i] = ls[i]!.replace(/(:\s+)([^\s#].*)$/, (_m, p: string) => p + r.pick(SCALARS))
    return ls.join('\n')
  },
  // a duplicated line (duplicate key in a map, or a repeated list item)
  (t, r) => {
    const ls = lines(t)
    const i = r.int(ls.length)
    ls.splice(i + r.int(3), 0, ls[i]!)
    return ls.join('\n')
  },
  // a key case-folded or renamed
  (t, r) => {
    const k = r.pick(KEYS)
    const to = r.pick([
      k.toUpperCase(),
      k[0]!.toUpperCase() + k.slice(1),
      k.replace('s', '\u017f'),
      k.replace('k', '\u212a'),
      k + ' ',
      r.pick(KEYS),
    ])
    return t.replace(new RegExp(`\\b${k}\\b`), to)
  },
  // anchors and merge keys
  (t, r) => {
    const m = /\n- (level: [^\n]*)/.exec(t)
    if (!m) return t
    const anchored = t.replace(m[0], `\n- &r ${m[1]}`)
    const merge = r.pick([
      '- <<: *r\n',
      `- <<: *r\n  level: ${r.pick(WORDS)}\n`,
      `- level: ${r.pick(WORDS)}\n  <<: *r\n`,
      '- <<: [*r, {verbs: [get]}]\n',
      `- !!merge <<: *r\n  verbs: [${r.pick(WORDS)}]\n`,
      '- "<<": *r\n',
      '- <<: {level: Request, verbs: [list]}\n  verbs: [get]\n',
      '- <<: *r\n  <<: {level: None}\n',
      '- <<: x\n',
    ])
    return anchored.replace(/\n?$/, '\n') + merge
  },
  // a directive or document marker in front, or a second document behind
  (t, r) =>
    r.pick([
      '%YAML 1.1\n---\n',
      '%YAML 1.2\n---\n',
      '%YAML 1.1\n%YAML 1.1\n---\n',
      '%TAG ! tag:example.com,2000:\n---\n',
      '--- ',
      '---\n',
      '# comment\n',
      '\ufeff',
      '...\n',
      '%FOO bar\n---\n',
    ]) +
    t +
    r.pick([
      '',
      '',
      '---\nrules: []\n',
      '...\ngarbage: [\n',
      '--- {a: 1} {b: 2}\n',
      ' {x: 1}',
      '\n- level: None'.repeat(1),
    ]),
  // line breaks of other kinds
  oddBreaks,
  (t, r) => t.replaceAll('\n', r.pick(['\r\n', '\n'])),
  // a syntax character inserted, deleted or replaced
  syntaxNoise,
  // a comment carrying a line break of another kind, or a note
  (t, r) => {
    const ls = lines(t)
    const i = r.int(ls.length)
    ls.splice(i, 0, `# note${r.pick(['', ...BREAKS])}${r.pick(['', ' x', 'level: None', '- x'])}`)
    return ls.join('\n')
  },
  // metadata with timestamps and friends
  (t, r) =>
    t.replace(
      /^(kind:[^\n]*\n)/m,
      `$1metadata:\n  ${r.pick(['creationTimestamp', 'name', 'generation', 'labels', 'foo', 'deletionTimestamp'])}: ${r.pick([...SCALARS, '2024-01-01T10:00:00+01:00', '2024-13-01T00:00:00Z', '2024-02-30T00:00:00Z', '"2024-01-01T1:00:00Z"'])}\n`,
    ),
  // apiVersion and kind variants
  (t, r) =>
    t.replace(
      /^apiVersion:[^\n]*/m,
      `apiVersion: ${r.pick(['audit.k8s.io/v1', 'audit.k8s.io/v1beta1', 'v1', '1', 'true', 'audit.k8s.io/v1 ', 'a/b/c', '""', 'null', '[]'])}`,
    ),
  // a long key
  (t, r) =>
    t.replace(
      /\n( {2}level:)/,
      `\n  ${'k'.repeat(r.pick([1000, 1021, 1022, 1023, 1024, 1025, 1100]))}: x\n$1`,
    ),
  // tabs and indentation
  (t, r) => {
    const ls = lines(t)
    const i = r.int(ls.length)
    ls[i] = r.pick(['\t', ' ', '   ', '']) + ls[i]!.replace(/^ /, r.chance(0.5) ? '' : ' ')
    return ls.join('\n')
  },
  // flow style for a collection
  (t) => t.replace(/\n {2}verbs:\n {2}- ([^\n]*)\n {2}- ([^\n]*)/, '\n  verbs: [$1,\n$2]'),
]

function toJsonText(t: string, r: Rng): string | undefined {
  // Through the `yaml` library: good enough for a starting point (the oracle judges the result).
  let v: unknown
  try {
    v = JSON.parse(JSON.stringify(yamlParse(t, { logLevel: 'silent' })))
  } catch {
    return undefined
  }
  const text = JSON.stringify(v, null, r.pick([0, 0, 1, 2, '\t']))
  return text
}

const JSON_MUTATIONS: Array<(t: string, r: Rng) => string> = [
  // a repeated key (sigs.k8s.io/json decodes it into the existing value)
  (t, r) => {
    const k = r.pick(KEYS)
    const extra = r.pick([
      `"${k}":[{"level":"Request"}]`,
      `"${k}":[{"resources":["pods"]}]`,
      `"${k}":null`,
      `"${k}":"x"`,
      `"${k}":[]`,
      `"${k}":[{"level":"None"},{"verbs":["get"]},{"level":"Metadata"},{"level":"Request"},{"level":"None"}]`,
    ])
    return t.replace(/\{/, (m) => m + extra + ',')
  },
  (t, r) => t.replace(/"([a-zA-Z]+)":/, (_m, k: string) => `"${r.pick([k.toUpperCase(), k, k + 'x'])}":`),
  (t, r) =>
    t.replace(
      /"(None|Metadata|Request|get|pods|alice|[a-z]+)"/,
      `"${r.pick(['\\ud800', '\\udc00', '\\ud83d\\ude00', '\\/', '\\u00e9', '\\t', '\\u0000', 'caf\u00e9', '\\u2028'])}"`,
    ),
  (t, r) => t + r.pick(['', ' {"x":1}', '\n', ' ', ',', '// c']),
  (t, r) => r.pick(['', ' ', '\u00a0', '\ufeff', '\n\n', '\t']) + t,
  (t, r) =>
    t
      .replace(/:\s*\[/, `:${r.pick(['\n', ' '])}[`)
      .replace(/"level"/, r.pick(['"level"', '"level"\n', '"Level"'])),
]

/** encode: UTF-8 mostly; sometimes a BOM, UTF-16 or a byte that is not UTF-8. */
function encode(t: string, r: Rng): Uint8Array {
  const utf8 = new TextEncoder().encode(t)
  const roll = r.int(20)
  if (roll === 0 && !t.startsWith('\ufeff')) return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
  if (roll === 1 || roll === 2) {
    const le = roll === 1
    const out = new Uint8Array(2 + t.length * 2)
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff])
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      out[2 + 2 * i] = le ? c & 0xff : c >> 8
      out[3 + 2 * i] = le ? c >> 8 : c & 0xff
    }
    return out
  }
  if (roll === 3) {
    const i = r.int(utf8.length + 1)
    const bad = r.pick([
      [0xe9],
      [0xff],
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf4, 0x90, 0x80, 0x80],
    ])
    return new Uint8Array([...utf8.slice(0, i), ...bad, ...utf8.slice(i)])
  }
  return utf8
}

const USERS = [
  'alice',
  'system:anonymous',
  'system:kube-proxy',
  'system:serviceaccount:kube-system:x',
  'a b',
  'a\u0085b',
  '\ufffd',
]
const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']

/** requestsFor: requests built from words of the policy text, so that rules can match. */
export function requestsFor(text: string, r: Rng, n: number): RequestAttributes[] {
  const words = [...new Set(text.match(/[A-Za-z0-9:./*_-]+/g) ?? [])]
  const w = () => (r.chance(0.6) && words.length > 0 ? r.pick(words) : r.pick(WORDS))
  const out: RequestAttributes[] = []
  for (let i = 0; i < n; i++) {
    const resourceRequest = r.chance(0.7)
    out.push({
      user: r.chance(0.05) ? null : r.chance(0.5) ? w() : r.pick(USERS),
      groups: r.chance(0.5) ? [w()] : ['system:authenticated'],
      verb: r.chance(0.5) ? w() : r.pick(VERBS),
      resourceRequest,
      apiGroup: r.chance(0.5) ? '' : w(),
      resource: resourceRequest ? w() : '',
      subresource: resourceRequest && r.chance(0.3) ? r.pick(['log', 'status', 'exec']) : '',
      namespace: resourceRequest && r.chance(0.7) ? w() : '',
      name: resourceRequest && r.chance(0.5) ? w() : '',
      path: resourceRequest ? '/api/v1/pods' : r.pick(['/healthz', '/api', '/apis/apps', '/metrics', w()]),
    })
  }
  return out
}

/** generate makes one input from the seeds. */
export function generate(
  seeds: readonly string[],
  r: Rng,
  options: { syntaxNoise?: boolean } = {},
): OracleInput {
  const mutations = options.syntaxNoise
    ? TEXT_MUTATIONS
    : TEXT_MUTATIONS.filter((m) => m !== syntaxNoise && m !== oddBreaks)
  let text = r.pick(seeds)
  const json = r.chance(0.25)
  if (json) {
    const j = toJsonText(text, r)
    if (j !== undefined) {
      text = j
      for (let k = r.int(3); k >= 0; k--) text = r.pick(JSON_MUTATIONS)(text, r)
    }
  }
  if (!json || r.chance(0.2)) for (let k = r.int(3); k >= 0; k--) text = r.pick(mutations)(text, r)
  return { policy: encode(text, r), requests: requestsFor(text, r, 2) }
}
