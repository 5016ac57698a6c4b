// Every word exists in both languages: the same keys at every depth (functions included, with the same number of
// parameters) in en.ts and ru.ts, and in every src/i18n/en/<name>.ts and its twin src/i18n/ru/<name>.ts. The
// files are found with import.meta.glob, so a strings file added later is checked without touching this test.
import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { ru } from './ru.ts'

type Shape = Map<string, string>

/** shapeOf lists every key path of `v` with what is there: an object's keys recursively, else the value's kind. */
export function shapeOf(v: unknown, path = '', out: Shape = new Map()): Shape {
  if (typeof v === 'function') out.set(path, `function/${v.length}`)
  else if (Array.isArray(v)) out.set(path, `array/${v.length}`)
  else if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v)
    if (keys.length === 0) out.set(path, 'object/empty')
    for (const k of keys) shapeOf((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out)
  } else out.set(path, typeof v)
  return out
}

/** differences: what one tree has that the other lacks, or has as another kind ("" when the shapes agree). */
export function differences(a: unknown, b: unknown, aName = 'en', bName = 'ru'): string[] {
  const sa = shapeOf(a)
  const sb = shapeOf(b)
  const out: string[] = []
  for (const [k, kind] of sa) {
    if (!sb.has(k)) out.push(`${k}: in ${aName}, missing in ${bName}`)
    else if (sb.get(k) !== kind) out.push(`${k}: ${kind} in ${aName}, ${sb.get(k)} in ${bName}`)
  }
  for (const k of sb.keys()) if (!sa.has(k)) out.push(`${k}: in ${bName}, missing in ${aName}`)
  return out
}

// Tests beside the strings files are not strings files.
const enFiles = import.meta.glob<Record<string, unknown>>(['./en/*.ts', '!./en/*.test.ts'], { eager: true })
const ruFiles = import.meta.glob<Record<string, unknown>>(['./ru/*.ts', '!./ru/*.test.ts'], { eager: true })
const nameOf = (path: string) => path.replace(/^\.\/(en|ru)\//, '')
const enNames = Object.keys(enFiles).map(nameOf).sort()
const ruNames = Object.keys(ruFiles).map(nameOf).sort()

describe('both languages have the same words', () => {
  it('en.ts and ru.ts: the same keys at every depth', () => {
    expect(differences(en, ru)).toEqual([])
  })

  it('the check sees a missing key, an extra key and a string where a function belongs', () => {
    const a = { x: { y: 'a', f: (n: number) => String(n) } }
    expect(differences(a, { x: { y: 'b', f: (n: number) => `${n}` } })).toEqual([])
    expect(differences(a, { x: { f: (n: number) => `${n}` } })).toEqual(['x.y: in en, missing in ru'])
    expect(differences(a, { x: { y: 'b', f: 'f', z: 1 } })).toEqual([
      'x.f: function/1 in en, string in ru',
      'x.z: in ru, missing in en',
    ])
  })

  it('every Russian strings file has an English original', () => {
    expect(ruNames.filter((n) => !enNames.includes(n))).toEqual([])
  })

  for (const name of enNames) {
    it(`en/${name} and ru/${name}: the twin exists and has the same keys at every depth`, () => {
      const ruFile = ruFiles[`./ru/${name}`]
      expect(ruFile, `src/i18n/ru/${name} is missing`).toBeDefined()
      const enFile = enFiles[`./en/${name}`]
      // Types (BlockKind, …) leave no value; every exported value must have its twin.
      expect(differences(enFile, ruFile, `en/${name}`, `ru/${name}`)).toEqual([])
    })
  }
})
