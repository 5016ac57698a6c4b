import lz from 'lz-string'
import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/parse.ts'
import { PRESETS } from '../policy/presets.ts'
import { serializePolicy } from '../policy/serialize.ts'
import { aPolicy, aRequest, aRule } from '../testing/builders.ts'
import { fixturePolicies, hasSharedFixtures, needsShared } from '../testing/shared.ts'
import { sameDocument, setDkpSettings } from './edits.ts'
import { createDocument, type EditorDocument } from './document.ts'
import {
  crc32,
  decodeShare,
  encodeShare,
  fromBase64Url,
  shareFragment,
  shareFromHash,
  shareUrl,
  toBase64Url,
  withDefaults,
  withoutDefaults,
} from './share.ts'

const busy = (): EditorDocument => ({
  ...setDkpSettings(
    createDocument(aPolicy([aRule({ level: 'None', note: 'héllo <b>' }), aRule()]), 'kube-apiserver'),
    { auditLog: { output: 'Stdout' } },
  ),
  savedRequests: [{ request: aRequest(), expectedLevel: 'Metadata' }],
})

describe('share links', () => {
  it.each<[string, EditorDocument]>([
    ['an empty document', createDocument()],
    ['a document with every field set', busy()],
    ...PRESETS.map((p): [string, EditorDocument] => [`preset ${p.id}`, createDocument(p.policy)]),
  ])('round-trip %s', async (_name, doc) => {
    const payload = await encodeShare(doc)
    expect(payload).toMatch(/^v2\.[A-Za-z0-9_-]+$/)
    const back = await decodeShare(payload)
    expect(back.ok && sameDocument(back.doc, doc)).toBe(true)
  })

  it('leaves defaults out, so an empty document makes a short link', async () => {
    expect(withoutDefaults({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2, d: 4 }, e: 5 })).toEqual({
      b: { d: 3 },
      e: null,
    })
    expect(withDefaults({ b: { d: 3 }, e: null }, { a: 1, b: { c: 2, d: 4 }, e: 5 })).toEqual({
      a: 1,
      b: { c: 2, d: 3 },
    })
    expect((await encodeShare(createDocument())).length).toBeLessThan(20)
  })

  it('reads the payload from a location hash and builds the link', () => {
    expect(shareFromHash('#share=v1.abc')).toBe('v1.abc')
    expect(shareFromHash('#other=1')).toBeNull()
    expect(shareUrl('http://h/app/?x=1#old', 'v1.abc')).toBe('http://h/app/?x=1#share=v1.abc')
  })

  it('encodes base64url and CRC-32 like everyone else', () => {
    const bytes = new Uint8Array([0, 250, 251, 252, 253, 254, 255])
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'))
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes)
    expect(fromBase64Url('a+b/')).toBeNull()
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})

describe('broken share links change nothing and say why', () => {
  const payload = () => encodeShare(busy())
  const cases: Array<{ name: string; make: (p: string) => string; problem: RegExp }> = [
    { name: 'cut in half', make: (p) => p.slice(0, Math.floor(p.length / 2)), problem: /truncated|damaged/ },
    { name: 'cut after the header', make: (p) => p.slice(0, 8), problem: /truncated/ },
    {
      name: 'one character changed',
      make: (p) => p.slice(0, -5) + (p.at(-5) === 'A' ? 'B' : 'A') + p.slice(-4),
      problem: /damaged|truncated/,
    },
    { name: 'not base64url', make: (p) => p + '%%', problem: /damaged/ },
    { name: 'a newer format', make: (p) => p.replace(/^v2\./, 'v7.'), problem: /version/ },
    { name: 'no format', make: () => 'hello', problem: /damaged/ },
    { name: 'empty', make: () => '', problem: /damaged/ },
  ]
  it.each(cases)('$name', async ({ make, problem }) => {
    const r = await decodeShare(make(await payload()))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problem).toMatch(problem)
      expect(r.detail.code).toMatch(/^[a-z-]+$/)
    }
  })

  it('refuses a well-formed link whose document is not one', async () => {
    const bad = await encodeShare({ ...createDocument(), policy: { rules: [{ level: 7 }] } } as never)
    const r = await decodeShare(bad)
    expect(r).toMatchObject({ ok: false, problem: 'unreadable' })
  })

  it('still opens a link in the v1 format (the length as 4 bytes)', async () => {
    const doc = createDocument(aPolicy([aRule({ level: 'Request' })]), 'kube-apiserver')
    const v2 = fromBase64Url((await encodeShare(doc)).slice(3))!
    // v2: CRC-32, the length as a LEB128 varint (one or two bytes here), the deflated data.
    const two = (v2[4]! & 0x80) !== 0
    const length = two ? (v2[4]! & 0x7f) + v2[5]! * 128 : v2[4]!
    const body = v2.subarray(two ? 6 : 5)
    const v1 = new Uint8Array(8 + body.length)
    v1.set(v2.subarray(0, 4), 0)
    new DataView(v1.buffer).setUint32(4, length)
    v1.set(body, 8)
    const back = await decodeShare(`v1.${toBase64Url(v1)}`)
    expect(back.ok && back.doc.policy).toEqual(doc.policy)
  })

  it('refuses a link that claims to unpack to more than the limit', async () => {
    const p = await payload()
    const bytes = fromBase64Url(p.slice(3))!
    new DataView(bytes.buffer).setUint32(4, 0x7fffffff)
    expect(await decodeShare(`v1.${toBase64Url(bytes)}`)).toMatchObject({ ok: false, problem: 'too-large' })
  })
})

describe('link length against lz-string (Kyverno Playground) for the same policy text', () => {
  const oursIsShorter = async (_name: string, text: string) => {
    const doc = createDocument(parsePolicy(text).policy!)
    // The same text on both sides: the canonical text of what the link holds (the fixture's own formatting and
    // comments would make lz-string's side longer for nothing).
    const canonical = serializePolicy(doc.policy)
    const ours = shareFragment(await encodeShare(doc)).length
    const theirs = lz.compressToEncodedURIComponent(canonical).length
    expect(ours).toBeLessThan(theirs)
  }
  it.each(PRESETS.map((p) => [p.id, serializePolicy(p.policy)]))('%s: ours is shorter', oursIsShorter)

  const present = hasSharedFixtures()
  describe.skipIf(!present)(needsShared('the fixture policies', present), () => {
    const fixtures = fixturePolicies().map((f) => [f.name, f.text])
    it('are there', () => expect(fixtures.length).toBeGreaterThanOrEqual(8))
    it.each(fixtures)('%s: ours is shorter', oursIsShorter)
  })
})

describe('a policy with the user’s text', () => {
  it('travels as the text alone, and comes back as the text with the policy it reads as', async () => {
    const text =
      '# kept\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None # inline\n    users: [a]\n'
    const policy = parsePolicy(text, { target: 'deckhouse' }).policy!
    const doc = createDocument(policy, 'deckhouse', undefined, [], text)
    const back = await decodeShare(await encodeShare(doc))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.doc.text).toBe(text)
    expect(back.doc.policy).toEqual(policy)
    expect(back.doc.ruleIds).toHaveLength(1)
  })

  it('leaves out the usual apiVersion/kind lines and puts them back exactly', async () => {
    const body =
      'rules:\n  # who reads secrets\n  - level: Metadata\n    resources: [{group: "", resources: [secrets]}]\n'
    const header = 'apiVersion: audit.k8s.io/v1\nkind: Policy\n'
    for (const text of [
      header + body,
      '# first\n' + header + body,
      'kind: Policy\napiVersion: audit.k8s.io/v1\n' + body,
    ]) {
      const doc = createDocument(parsePolicy(text).policy!, 'deckhouse', undefined, [], text)
      const back = await decodeShare(await encodeShare(doc))
      expect(back.ok && back.doc.text).toBe(text)
    }
    const withHeader = createDocument(
      parsePolicy(header + body).policy!,
      'deckhouse',
      undefined,
      [],
      header + body,
    )
    const withoutHeader = createDocument(parsePolicy(body).policy!, 'deckhouse', undefined, [], body)
    expect((await encodeShare(withHeader)).length).toBeLessThanOrEqual(
      (await encodeShare(withoutHeader)).length + 2,
    )
  })

  it('a link whose text does not read as a policy is refused', async () => {
    const doc = createDocument({ rules: [] }, 'deckhouse', undefined, [], 'rules: [\n')
    const back = await decodeShare(await encodeShare(doc))
    expect(back.ok).toBe(false)
  })
})

describe('share links carry the Kubernetes version', () => {
  it.each<[string, EditorDocument]>([
    ['a chosen version', createDocument(aPolicy([aRule()]), 'deckhouse', undefined, [], '', '1.31')],
    [
      'Kubernetes at its own default (left out of the link)',
      createDocument(aPolicy([aRule()]), 'kube-apiserver'),
    ],
    [
      'Kubernetes at DKP’s default version',
      createDocument(aPolicy([aRule()]), 'kube-apiserver', undefined, [], '', '1.34'),
    ],
  ])('%s', async (_name, doc) => {
    const back = await decodeShare(await encodeShare(doc))
    expect(back.ok && back.doc.kubernetesVersion).toBe(doc.kubernetesVersion)
  })
})
