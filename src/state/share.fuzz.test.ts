// Fuzz: opening a share link never throws, whatever the link holds (cut, damaged, forged lengths and checksums,
// hostile text); and any document the builder holds survives a link unchanged.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fuzzRuns, fuzzSeed } from '../testing/fuzz.ts'
import { corpus, hostileString, mutate } from '../testing/fuzzCorpus.ts'
import type { PolicyRule } from '../policy/types.ts'
import { aRuleArb } from '../testing/ruleArbitraries.ts'
import { sameDocument } from './edits.ts'
import { createDocument } from './document.ts'
import { crc32, decodeShare, encodeShare, toBase64Url } from './share.ts'

/** dropEmpty: an empty list means the same as none, and the builder keeps none (as a link reads back). */
const dropEmpty = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => !(Array.isArray(v) && v.length === 0))) as T
const withoutEmptyLists = (rule: PolicyRule): PolicyRule => {
  const out = dropEmpty(rule)
  if (out.resources) out.resources = out.resources.map(dropEmpty)
  return out
}

/** opens: decodeShare settles with an outcome (never rejects), and a problem is one of the known kinds. */
async function opens(payload: string) {
  const r = await decodeShare(payload)
  if (!r.ok) expect(['truncated', 'damaged', 'version', 'too-large', 'unreadable']).toContain(r.problem)
  return r
}

const docArb = fc
  .tuple(
    fc.array(
      fc
        .tuple(aRuleArb, fc.option(hostileString, { nil: undefined }))
        .map(([r, note]) => withoutEmptyLists(note ? { ...r, note } : r)),
      { maxLength: 5 },
    ),
    fc.constantFrom('kube-apiserver', 'deckhouse') as fc.Arbitrary<'kube-apiserver' | 'deckhouse'>,
  )
  .map(([rules, target]) => createDocument({ rules }, target))

/** forged: a well-framed payload (version, checksum, length) around bytes that are not what they claim. */
const forged = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), fc.nat(), fc.nat({ max: 1 << 24 }), fc.boolean())
  .map(([body, crc, length, honest]) => {
    const out = new Uint8Array(8 + body.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, honest ? crc32(body) : crc)
    view.setUint32(4, honest ? body.length : length)
    out.set(body, 8)
    return `v1.${toBase64Url(out)}`
  })

describe('share link fuzz', () => {
  it.each(corpus('share').map((t, i) => [i, t]))(
    'corpus link %i opens or says why not',
    async (_i, payload) => {
      await opens(payload)
    },
  )

  it('any document survives a link', async () => {
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const r = await opens(await encodeShare(doc))
        expect(r.ok && sameDocument(r.doc, doc)).toBe(true)
      }),
      { numRuns: fuzzRuns(300, 15_000), seed: fuzzSeed() },
    )
  })

  it('never throws on damaged, forged or random links', async () => {
    const damaged = mutate(
      fc.constantFrom(
        'v1.AAAAAAAAAAAA',
        'v1.3jMVBwAAAEOrVspOzEvPTHFPSS1XsgJSQBkAYmUhbQ',
        'v1.xW8cTQAAAFuLVspOzEvPTHFPSS1XsgJSIB5klUdJoLAAAA',
      ),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          forged,
          damaged,
          hostileString,
          hostileString.map((s) => `v1.${s}`),
        ),
        async (p) => {
          await opens(p)
        },
      ),
      { numRuns: fuzzRuns(500, 20_000), seed: fuzzSeed() },
    )
  })
})
