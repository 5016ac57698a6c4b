// The CLI reads a policy file from its bytes as kube-apiserver does (go-yaml's reader: a UTF-16 BOM, a UTF-8
// BOM, invalid UTF-8; encoding/json's U+FFFD for a JSON file), so its verdict and words are kube-apiserver's
// and DKP's. Each expectation below is the loader oracle's answer for the same bytes (../shared/oracle, kload).
import { describe, expect, it } from 'vitest'
import { memoryIo } from '../testing/io.ts'
import { main } from './main.ts'

const GOOD = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n  verbs: [create]\n'
const utf8 = (s: string) => new TextEncoder().encode(s)

function utf16(s: string, little: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2)
  out.set(little ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out[2 + 2 * i] = little ? c & 0xff : c >> 8
    out[3 + 2 * i] = little ? c >> 8 : c & 0xff
  }
  return out
}

/** A JSON policy with one byte that is not UTF-8 (0xE9, Latin-1 é) inside a user name. */
const BAD_UTF8_JSON = new Uint8Array([
  ...utf8('{"apiVersion":"audit.k8s.io/v1","kind":"Policy","rules":[{"level":"None","users":["caf'),
  0xe9,
  ...utf8('"]}]}'),
])

async function run(args: string[], file: Uint8Array) {
  const io = memoryIo({ files: { 'p.yaml': file } })
  const code = await main(args, io)
  return { code, out: io.out(), err: io.err() }
}

describe('validate reads the bytes as kube-apiserver does', () => {
  it.each([
    ['UTF-16 LE with a BOM', utf16(GOOD, true)],
    ['UTF-16 BE with a BOM', utf16(GOOD, false)],
    ['UTF-8 with a BOM', utf8('\ufeff' + GOOD)],
  ])('%s loads on both targets', async (_name, bytes) => {
    for (const target of ['kube-apiserver', 'deckhouse'])
      expect(await run(['validate', 'p.yaml', '--target', target], bytes)).toEqual({
        code: 0,
        out: 'p.yaml: OK, 1 rule\n',
        err: '',
      })
  })

  it('a JSON file with invalid UTF-8 loads on kube-apiserver (U+FFFD) and is refused by DKP, which reads YAML', async () => {
    expect(await run(['validate', 'p.yaml'], BAD_UTF8_JSON)).toMatchObject({
      code: 0,
      out: 'p.yaml: OK, 1 rule\n',
    })
    const dkp = await run(['validate', 'p.yaml', '--target', 'deckhouse'], BAD_UTF8_JSON)
    expect(dkp.code).toBe(1)
    expect(dkp.out).toContain(
      'invalid audit-policy.yaml format: error converting YAML to JSON: yaml: invalid trailing UTF-8 octet',
    )
  })

  it('YAML with invalid UTF-8 is refused with go-yaml reader words on kube-apiserver', async () => {
    const r = await run(['validate', 'p.yaml'], new Uint8Array([...utf8('rules: ['), 0xe9, ...utf8(']')]))
    expect(r.code).toBe(1)
    expect(r.out).toContain('failed decoding: yaml: incomplete UTF-8 octet sequence')
  })

  it('lint and diff read a UTF-16 file too', async () => {
    const lint = await run(['lint', 'p.yaml'], utf16(GOOD, true))
    expect(lint.err).toBe('')
    expect([0, 1]).toContain(lint.code)
    const io = memoryIo({ files: { 'a.yaml': utf16(GOOD, true), 'b.yaml': utf8(GOOD) } })
    expect(await main(['diff', 'a.yaml', 'b.yaml'], io)).toBe(0)
    expect(io.err()).toBe('')
  })
})
