import { describe, expect, it } from 'vitest'
import { lintPolicy, locatePath, locatePaths, parsePolicy, serializePolicy } from './index.ts'

const YAML = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  # health checks
  - level: None
    nonResourceURLs: ["/healthz*"]
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets"]
`
const JSON_TEXT = `{"apiVersion": "audit.k8s.io/v1", "kind": "Policy",
 "rules": [{"level": "None"}, {"level": "Metadata", "verbs": ["get"]}]}`

/** at gives the 1-based line and column of a range's start. */
const at = (r: { start: { line: number; column: number } } | undefined) =>
  r ? `${r.start.line}:${r.start.column}` : undefined

describe('locatePath', () => {
  it.each([
    { name: 'a rule', text: YAML, path: 'rules[1]', want: '7:5' },
    { name: 'a field value', text: YAML, path: 'rules[0].nonResourceURLs', want: '6:22' },
    { name: 'a list item', text: YAML, path: 'rules[0].nonResourceURLs[0]', want: '6:23' },
    { name: 'a nested field', text: YAML, path: 'rules[1].resources[0].resources[0]', want: '10:21' },
    { name: 'a missing field falls back to its rule', text: YAML, path: 'rules[1].verbs', want: '7:5' },
    { name: 'the whole policy', text: YAML, path: '', want: '1:1' },
    {
      name: 'JSON text',
      text: JSON_TEXT,
      path: 'rules[1].verbs[0]',
      want: `2:${JSON_TEXT.split('\n')[1]!.indexOf('"get"') + 1}`,
    },
    { name: 'unreadable text', text: 'rules: [', path: 'rules[0]', want: undefined },
  ])('$name', ({ text, path, want }) => {
    expect(at(locatePath(text, path))).toBe(want)
  })

  it('points at the key with preferKey', () => {
    expect(at(locatePath(YAML, 'rules[0].nonResourceURLs', { preferKey: true }))).toBe('6:5')
  })
})

describe('locatePaths', () => {
  it('places every lint finding of a canonical text on the line of its field', () => {
    const policy = parsePolicy(YAML).policy!
    const text = serializePolicy(policy)
    const findings = lintPolicy(policy, { target: 'kube-apiserver' }).filter((f) => f.at)
    expect(findings.length).toBeGreaterThan(0)
    const ranges = locatePaths(
      text,
      findings.map((f) => f.at!),
    )
    for (const f of findings) expect(ranges.get(f.at!), f.at).toBeDefined()
  })

  it('returns nothing for no paths', () => {
    expect(locatePaths(YAML, []).size).toBe(0)
  })
})
