import { describe, expect, it } from 'vitest'
import { serializePolicy, yamlQuote } from './index.ts'
import { aPolicy, aRule } from '../testing/builders.ts'

describe('serializePolicy', () => {
  it('writes the canonical shape of docs/design.md §3', () => {
    const text = serializePolicy(
      aPolicy(
        [
          aRule({
            level: 'None',
            note: 'Drop noise\nfrom events',
            resources: [
              { group: '', resources: ['events'] },
              { group: 'coordination.k8s.io', resources: ['leases'], resourceNames: ['x'] },
            ],
          }),
          aRule({
            users: ['admin'],
            userGroups: ['system:masters'],
            verbs: ['get'],
            nonResourceURLs: ['/healthz*'],
            omitStages: ['RequestReceived'],
            omitManagedFields: false,
          }),
          aRule({ level: 'Request', namespaces: [''] }),
        ],
        { omitStages: ['RequestReceived'], omitManagedFields: true },
      ),
    )
    expect(text).toBe(
      [
        'apiVersion: audit.k8s.io/v1',
        'kind: Policy',
        'omitStages: ["RequestReceived"]',
        'omitManagedFields: true',
        'rules:',
        '  # Drop noise',
        '  # from events',
        '  - level: None',
        '    resources:',
        '      - group: ""',
        '        resources: ["events"]',
        '      - group: "coordination.k8s.io"',
        '        resources: ["leases"]',
        '        resourceNames: ["x"]',
        '  - level: Metadata',
        '    users: ["admin"]',
        '    userGroups: ["system:masters"]',
        '    verbs: ["get"]',
        '    nonResourceURLs: ["/healthz*"]',
        '    omitStages: ["RequestReceived"]',
        '    omitManagedFields: false',
        '  - level: Request',
        '    namespaces: [""]',
        '',
      ].join('\n'),
    )
  })

  it('leaves empty lists and a false policy omitManagedFields out', () => {
    expect(
      serializePolicy({
        rules: [{ level: 'Metadata', users: [], verbs: [] }],
        omitStages: [],
        omitManagedFields: false,
      }),
    ).toBe('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n')
  })

  it('writes zero rules explicitly', () => {
    expect(serializePolicy({ rules: [] })).toBe('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n')
  })

  it('switches a long list to block style', () => {
    const users = Array.from({ length: 8 }, (_, i) => `system:serviceaccount:d8-system:account-${i}`)
    const text = serializePolicy(aPolicy([aRule({ users })]))
    expect(text).toContain('    users:\n      - "system:serviceaccount:d8-system:account-0"\n')
  })

  it('quotes an invalid level but keeps valid ones bare', () => {
    expect(serializePolicy(aPolicy([aRule({ level: 'no' })]))).toContain('- level: "no"')
  })
})

describe('yamlQuote', () => {
  it.each([
    ['plain', '"plain"'],
    ['no', '"no"'],
    ['a"b\\c', '"a\\"b\\\\c"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['nel\u0085', '"nel\\u0085"'],
    ['ls\u2028', '"ls\\u2028"'],
    ['bom\ufeff', '"bom\\ufeff"'],
    ['del\u007f', '"del\\u007f"'],
    ['🙂', '"🙂"'],
  ])('%j → %s', (input, out) => expect(yamlQuote(input)).toBe(out))
})
