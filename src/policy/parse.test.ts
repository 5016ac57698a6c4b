import { describe, expect, it } from 'vitest'
import { parsePolicy } from './index.ts'

const HEAD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n'

/** Cases beyond the conformance vectors, each from spec/kube-apiserver-audit.md §2. */
const kubeCases: Array<{
  name: string
  text: string
  loadable: boolean
  failure?: string | RegExp
  warnings?: string[]
  check?: (r: ReturnType<typeof parsePolicy>) => void
}> = [
  {
    name: 'YAML 1.1 boolean yes for omitManagedFields',
    text: HEAD + 'omitManagedFields: yes\nrules:\n- level: Metadata\n  omitManagedFields: off\n',
    loadable: true,
    check: (r) => {
      expect(r.policy!.omitManagedFields).toBe(true)
      expect(r.policy!.rules[0]!.omitManagedFields).toBe(false)
    },
  },
  {
    name: 'users: [no] is a boolean, a type error',
    text: HEAD + 'rules:\n- level: Metadata\n  users: [no]\n',
    loadable: false,
    failure: /cannot unmarshal bool into Go struct field PolicyRule\.rules\.users of type string/,
  },
  {
    name: 'octal 0777 is a number',
    text: HEAD + 'rules:\n- level: Metadata\n  users: [0777]\n',
    loadable: false,
    failure: /cannot unmarshal number/,
  },
  {
    name: 'quoted "no" stays a string',
    text: HEAD + 'rules:\n- level: Metadata\n  users: ["no", \'1001\']\n',
    loadable: true,
    check: (r) => expect(r.policy!.rules[0]!.users).toEqual(['no', '1001']),
  },
  {
    name: 'no base-60: 12:30 is a string',
    text: HEAD + 'rules:\n- level: Metadata\n  users: [12:30]\n',
    loadable: true,
    check: (r) => expect(r.policy!.rules[0]!.users).toEqual(['12:30']),
  },
  {
    name: 'a timestamp-looking value stays a string',
    text: HEAD + 'rules:\n- level: Metadata\n  users: [2001-12-14]\n',
    loadable: true,
    check: (r) => expect(r.policy!.rules[0]!.users).toEqual(['2001-12-14']),
  },
  {
    name: '!!str tag keeps a number as text',
    text: HEAD + 'rules:\n- level: Metadata\n  users: [!!str 1001]\n',
    loadable: true,
    check: (r) => expect(r.policy!.rules[0]!.users).toEqual(['1001']),
  },
  {
    name: '!!int on a word cannot be decoded',
    text: HEAD + 'rules:\n- level: !!int Metadata\n',
    loadable: false,
    failure: /cannot decode !!str `Metadata` as a !!int/,
  },
  {
    name: 'verbs given as a string is a type error',
    text: HEAD + 'rules:\n- level: Metadata\n  verbs: get\n',
    loadable: false,
    failure:
      'failed decoding: json: cannot unmarshal string into Go struct field PolicyRule.rules.verbs of type []string',
  },
  {
    name: 'rules given as a map',
    text: HEAD + 'rules:\n  level: Metadata\n',
    loadable: false,
    failure:
      'failed decoding: json: cannot unmarshal object into Go struct field Policy.rules of type []v1.PolicyRule',
  },
  {
    name: 'omitManagedFields as a quoted string',
    text: HEAD + 'omitManagedFields: "true"\nrules:\n- level: Metadata\n',
    loadable: false,
    failure: /cannot unmarshal string into Go struct field Policy\.omitManagedFields of type bool/,
  },
  {
    name: 'wrong-case field is dropped, then level is required',
    text: HEAD + 'rules:\n- Level: Metadata\n',
    loadable: false,
    warnings: ['unknown field "rules[0].Level"'],
    failure: 'rules[0].level: Required value',
  },
  {
    name: 'misspelled verb is dropped: the rule matches every verb',
    text: HEAD + 'rules:\n- level: None\n  verb: [get]\n',
    loadable: true,
    warnings: ['unknown field "rules[0].verb"'],
    check: (r) => expect(r.policy!.rules[0]!.verbs).toBeUndefined(),
  },
  {
    name: 'unknown fields come out in sorted key order for YAML',
    text: HEAD + 'rules:\n- level: Metadata\n  zeta: 1\n  alpha: 2\n',
    loadable: true,
    warnings: ['unknown field "rules[0].alpha"', 'unknown field "rules[0].zeta"'],
  },
  {
    name: 'unknown fields keep document order for JSON',
    text: '{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"Metadata","zeta":1,"alpha":2}]}',
    loadable: true,
    warnings: ['unknown field "rules[0].zeta"', 'unknown field "rules[0].alpha"'],
  },
  {
    name: 'duplicate YAML key: last wins, strict warning with the line',
    text: HEAD + 'rules:\n- level: None\n  level: Metadata\n',
    loadable: true,
    warnings: ['yaml: unmarshal errors:\n  line 5: key "level" already set in map'],
    check: (r) => expect(r.policy!.rules[0]!.level).toBe('Metadata'),
  },
  {
    name: 'tabs as indentation',
    text: HEAD + 'rules:\n\t- level: Metadata\n',
    loadable: false,
    failure: /yaml: line 4: found character that cannot start any token/,
  },
  {
    name: 'a control character',
    text: HEAD + 'rules:\n- level: Meta\u0001data\n',
    loadable: false,
    failure: 'failed decoding: yaml: control characters are not allowed',
  },
  {
    name: 'flow YAML starting with { goes to the JSON decoder',
    text: '{apiVersion: audit.k8s.io/v1, kind: Policy, rules: [{level: Metadata}]}',
    loadable: false,
    failure:
      /couldn't get version\/kind; json parse error: invalid character 'a' looking for beginning of object key string/,
  },
  {
    name: 'JSON with trailing data',
    text: '{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"Metadata"}]} x',
    loadable: false,
    failure: /invalid character 'x' after top-level value/,
  },
  {
    name: 'truncated JSON',
    text: '{"apiVersion":"audit.k8s.io/v1","rules":[',
    loadable: false,
    failure: /unexpected end of JSON input/,
  },
  {
    name: 'apiVersion with two slashes',
    text: 'apiVersion: a/b/c\nkind: Policy\nrules:\n- level: Metadata\n',
    loadable: false,
    failure: 'failed decoding: unexpected GroupVersion string: a/b/c',
  },
  {
    name: 'apiVersion audit.k8s.io alone is a version in the core group',
    text: 'apiVersion: audit.k8s.io\nkind: Policy\nrules:\n- level: Metadata\n',
    loadable: false,
    failure: /no kind "Policy" is registered for version "audit.k8s.io" in scheme/,
  },
  {
    name: 'kind Event converts to nothing',
    text: 'apiVersion: audit.k8s.io/v1\nkind: Event\n',
    loadable: false,
    failure: 'failed decoding: converting (v1.Event) to (audit.Policy): unknown conversion',
  },
  {
    name: 'a scalar document',
    text: 'hello\n',
    loadable: false,
    failure:
      /couldn't get version\/kind; json parse error: json: cannot unmarshal string into Go value of type struct/,
  },
  {
    name: 'comments only',
    text: '# nothing here\n',
    loadable: false,
    failure: /unknown group version field audit\.k8s\.io\/__internal, Kind=Policy in policy/,
  },
  {
    name: 'merge keys apply (YAML 1.1)',
    text: HEAD + 'x: &base {level: Metadata, verbs: [get]}\nrules:\n- <<: *base\n  users: [a]\n',
    loadable: true,
    warnings: ['unknown field "x"'],
    check: (r) => expect(r.policy!.rules[0]).toEqual({ level: 'Metadata', verbs: ['get'], users: ['a'] }),
  },
  {
    name: 'an undefined alias',
    text: HEAD + 'rules:\n- level: *nope\n',
    loadable: false,
    failure: /unknown anchor 'nope' referenced/,
  },
  {
    name: 'an alias bomb is refused',
    text:
      HEAD +
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nrules:\n- level: Metadata\n',
    loadable: false,
    failure: 'failed decoding: yaml: document contains excessive aliasing',
  },
  {
    name: 'a deeply nested document does not crash',
    text: HEAD + 'x: ' + '['.repeat(20000) + ']'.repeat(20000) + '\nrules:\n- level: Metadata\n',
    loadable: false,
    failure: /yaml: (exceeded max depth|line)/,
  },
  {
    name: 'later documents are never parsed',
    text: HEAD + 'rules:\n- level: Metadata\n---\n\t: [broken\n',
    loadable: true,
  },
  {
    name: '.inf cannot go through JSON',
    text: HEAD + 'rules:\n- level: .inf\n',
    loadable: false,
    failure: 'failed decoding: json: unsupported value: +Inf',
  },
  {
    name: 'a BOM at the start is fine',
    text: '\ufeff' + HEAD + 'rules:\n- level: Metadata\n',
    loadable: true,
  },
  {
    name: 'errors aggregate in brackets',
    text: HEAD + 'rules:\n- level: A\n- level: B\n',
    loadable: false,
    failure:
      '[rules[0].level: Unsupported value: "A": supported values: "None", "Metadata", "Request", "RequestResponse", rules[1].level: Unsupported value: "B": supported values: "None", "Metadata", "Request", "RequestResponse"]',
  },
  {
    name: 'the same bad group in two entries of one rule is reported once',
    text: HEAD + 'rules:\n- level: Metadata\n  resources:\n  - group: Apps\n  - group: Apps\n',
    loadable: false,
    check: (r) => expect(r.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1),
  },
  {
    name: 'level values are JSON-quoted in messages (HTML-safe escapes)',
    text: HEAD + 'rules:\n- level: "a<b"\n',
    loadable: false,
    failure:
      'rules[0].level: Unsupported value: "a\\u003cb": supported values: "None", "Metadata", "Request", "RequestResponse"',
  },
  {
    name: 'stage values are Go-quoted in messages',
    text: HEAD + 'omitStages: ["x\\ty"]\nrules:\n- level: Metadata\n',
    loadable: false,
    failure:
      'omitStages[0]: Invalid value: "x\\ty": allowed stages are RequestReceived,ResponseStarted,ResponseComplete,Panic',
  },
]

describe('parsePolicy (kube-apiserver): YAML 1.1, JSON and decoding quirks', () => {
  it.each(kubeCases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = parsePolicy(c.text)
    expect(r.loadable).toBe(c.loadable)
    if (c.failure instanceof RegExp) expect(r.failure).toMatch(c.failure)
    else if (c.failure !== undefined) expect(r.failure).toBe(c.failure)
    if (c.warnings) expect(r.warnings).toEqual(c.warnings)
    c.check?.(r)
  })
})

describe('parsePolicy: source ranges', () => {
  it('points a validation error at its value', () => {
    const r = parsePolicy(HEAD + 'rules:\n- level: Metadata\n- level: Verbose\n')
    const d = r.diagnostics.find((x) => x.path === 'rules[1].level')!
    expect(d.range!.start).toMatchObject({ line: 5, column: 10 })
  })
  it('points an unknown field at its key', () => {
    const r = parsePolicy(HEAD + 'rules:\n- level: None\n  verb: [get]\n')
    expect(r.diagnostics[0]!.range!.start).toMatchObject({ line: 5, column: 3 })
  })
  it('points a missing level at its rule', () => {
    const r = parsePolicy(HEAD + 'rules:\n- users: [a]\n')
    expect(r.diagnostics[0]!.range!.start).toMatchObject({ line: 4, column: 3 })
  })
  it('points a YAML syntax error at its line', () => {
    const r = parsePolicy(HEAD + 'rules:\n- level: Metadata\n  users: ["a"\n')
    expect(r.diagnostics[0]!.range!.start.line).toBeGreaterThanOrEqual(5)
  })
  it('keeps the index in `at` where the API server path has none', () => {
    const r = parsePolicy(
      HEAD + 'rules:\n- level: Metadata\n  resources:\n  - group: apps\n  - group: "apps/v1"\n',
    )
    const d = r.diagnostics[0]!
    expect(d.path).toBe('rules[0].resources.group')
    expect(d.at).toBe('rules[0].resources[1].group')
    expect(d.range!.start.line).toBe(7)
  })
})

describe('parsePolicy: best-effort reading for the forms', () => {
  it('still reads the rules of a file without apiVersion', () => {
    const r = parsePolicy('rules:\n- level: Metadata\n  users: [a]\n')
    expect(r.loadable).toBe(false)
    expect(r.policy!.rules).toEqual([{ level: 'Metadata', users: ['a'] }])
  })
  it('reads the rest of a policy with a type error', () => {
    const r = parsePolicy(HEAD + 'rules:\n- level: Metadata\n  verbs: get\n  users: [a]\n')
    expect(r.loadable).toBe(false)
    expect(r.policy!.rules[0]).toEqual({ level: 'Metadata', users: ['a'] })
  })
  it('reads notes from comments directly above rules', () => {
    const r = parsePolicy(
      HEAD +
        'rules:\n  # Drop noise\n  # (events)\n  - level: None\n\n  # not a note: blank line below\n\n  - level: Metadata\n    # not a note: indented deeper\n  - level: Request\n',
    )
    expect(r.policy!.rules.map((x) => x.note)).toEqual(['Drop noise\n(events)', undefined, undefined])
  })
})

/** DKP reads the Secret with sigs.k8s.io/yaml.UnmarshalStrict into v1.Policy (spec/deckhouse.md §3). */
const dkpCases: Array<{
  name: string
  text: string
  loadable: boolean
  failure?: string | RegExp
  check?: (r: ReturnType<typeof parsePolicy>) => void
}> = [
  {
    name: 'an unknown field is an error',
    text: HEAD + 'rules:\n- level: None\n  verb: [get]\n',
    loadable: false,
    failure:
      'invalid audit-policy.yaml format: error unmarshaling JSON: while decoding JSON: json: unknown field "verb"',
  },
  {
    name: 'a duplicate key is an error',
    text: HEAD + 'rules:\n- level: None\n  level: Metadata\n',
    loadable: false,
    failure:
      /invalid audit-policy\.yaml format: error converting YAML to JSON: yaml: unmarshal errors:\n {2}line 5: key "level" already set in map/,
  },
  {
    name: 'rules as a map',
    text: HEAD + 'rules:\n  level: Metadata\n',
    loadable: false,
    failure: /json: cannot unmarshal object into Go struct field Policy\.rules of type \[\]v1\.PolicyRule/,
  },
  {
    name: 'v1beta1 is accepted and re-emitted as v1',
    text: 'apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n- level: Metadata\n',
    loadable: true,
    check: (r) =>
      expect(r.diagnostics.some((d) => d.severity === 'info' && d.path === 'apiVersion')).toBe(true),
  },
  {
    name: 'field names match case-insensitively',
    text: HEAD + 'rules:\n- Level: Metadata\n',
    loadable: true,
    check: (r) => expect(r.policy!.rules[0]!.level).toBe('Metadata'),
  },
  {
    name: 'numbers in string fields become strings',
    text: HEAD + 'rules:\n- level: Metadata\n  users: [1001, yes]\n',
    loadable: true,
    check: (r) => expect(r.policy!.rules[0]!.users).toEqual(['1001', 'true']),
  },
  {
    name: 'an invalid level passes DKP, then kube-apiserver fails',
    text: HEAD + 'rules:\n- level: Verbose\n',
    loadable: false,
    failure: /rules\[0\]\.level: Unsupported value/,
  },
  {
    name: 'policy-level omitManagedFields is dropped with a warning',
    text: HEAD + 'omitManagedFields: true\nrules:\n- level: Metadata\n',
    loadable: true,
    check: (r) =>
      expect(r.diagnostics.some((d) => d.severity === 'warning' && d.path === 'omitManagedFields')).toBe(
        true,
      ),
  },
  {
    name: 'an empty value contributes no rules, silently for DKP',
    text: '',
    loadable: true,
    check: (r) =>
      expect(r.diagnostics.some((d) => d.kind === 'Empty' && d.severity === 'warning')).toBe(true),
  },
  {
    name: 'JSON input is read as YAML',
    text: '{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"Metadata"}]}',
    loadable: true,
  },
]

describe('parsePolicy (deckhouse): the Secret hook reads strictly', () => {
  it.each(dkpCases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const r = parsePolicy(c.text, { target: 'deckhouse' })
    expect(r.loadable).toBe(c.loadable)
    if (c.failure instanceof RegExp) expect(r.failure).toMatch(c.failure)
    else if (c.failure !== undefined) expect(r.failure).toBe(c.failure)
    c.check?.(r)
  })
})
