// Importing a file from its bytes: the policy is read as kube-apiserver and DKP read those bytes (go-yaml's
// reader for YAML and for DKP, encoding/json for a JSON file on kube-apiserver). Expected verdicts and words are
// the loader oracle's for the same bytes (../shared/oracle, kload kube|dkp).
import { describe, expect, it } from 'vitest'
import { importBytes, importText } from './index.ts'

const GOOD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  verbs: [create]\n'
const utf8 = (s: string) => new TextEncoder().encode(s)
const utf16le = (s: string) =>
  new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])

describe('importBytes', () => {
  it('reads a UTF-16 policy inside the Secret as go-yaml reads the Secret data (DKP hands it the bytes)', () => {
    const data = Buffer.from(utf16le(GOOD)).toString('base64')
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: kube-system\ndata:\n  audit-policy.yaml: ${data}\n`
    for (const target of ['kube-apiserver', 'deckhouse'] as const) {
      const r = importText(secret, { target })
      expect(r.kind).toBe('secret')
      expect(r.policyText).toBe(GOOD)
      expect(r.parse?.loadable).toBe(true)
    }
  })

  it('reads a UTF-16 file with a BOM as UTF-16 on both targets, and hands back its text', () => {
    for (const target of ['kube-apiserver', 'deckhouse'] as const) {
      const r = importBytes(utf16le(GOOD), { target })
      expect(r.kind).toBe('policy')
      expect(r.text).toBe(GOOD)
      expect(r.policyText).toBe(GOOD)
      expect(r.parse?.loadable).toBe(true)
      expect(r.parse?.policy?.rules).toHaveLength(1)
    }
  })

  it('refuses YAML with a byte that is not UTF-8 with go-yaml reader words, where the text alone would load', () => {
    const bytes = new Uint8Array([...utf8(GOOD + '- level: None\n  users: [caf'), 0xe9, ...utf8(']\n')])
    const fromBytes = importBytes(bytes)
    expect(fromBytes.parse?.loadable).toBe(false)
    expect(fromBytes.parse?.failure).toBe('failed decoding: yaml: invalid trailing UTF-8 octet')
    // The decoded text has U+FFFD there, which reads fine: only the bytes tell what kube-apiserver does.
    expect(importText(fromBytes.text).parse?.loadable).toBe(true)
  })

  it('a JSON file with a byte that is not UTF-8 loads on kube-apiserver and is refused by DKP', () => {
    const bytes = new Uint8Array([
      ...utf8('{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"None","users":["caf'),
      0xe9,
      ...utf8('"]}]}'),
    ])
    expect(importBytes(bytes).parse?.loadable).toBe(true)
    const dkp = importBytes(bytes, { target: 'deckhouse' })
    expect(dkp.parse?.loadable).toBe(false)
    expect(dkp.parse?.failure).toBe(
      'invalid audit-policy.yaml format: error converting YAML to JSON: yaml: invalid trailing UTF-8 octet',
    )
  })
})
