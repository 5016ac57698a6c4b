import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../policy/importing.ts'
import { MAX_IMPORT_CHARS } from './limits.ts'
import { formatSize, readFile, refuseSize, showInBox } from './readInput.ts'

describe('readInput', () => {
  it('uses the core’s import limit', () => {
    expect(MAX_IMPORT_CHARS).toBe(MAX_IMPORT_BYTES)
  })

  it.each([
    [0, null],
    [MAX_IMPORT_CHARS, null],
    [MAX_IMPORT_CHARS + 1, { kind: 'too-large', size: MAX_IMPORT_CHARS + 1 }],
  ])('refuses by size: %i → %j', (size, want) => {
    expect(refuseSize(size)).toEqual(want)
  })

  it('refuses a file by its size without reading it', async () => {
    let read = false
    const huge = {
      name: 'big.log',
      size: 50 * 1024 * 1024,
      arrayBuffer: () => {
        read = true
        return Promise.resolve(new ArrayBuffer(0))
      },
    } as unknown as File
    expect(await readFile(huge)).toEqual({ kind: 'too-large', size: 50 * 1024 * 1024 })
    expect(read).toBe(false)
  })

  it('reads UTF-8, turning bytes that are not UTF-8 into U+FFFD (which the import reports as binary)', async () => {
    const bytes = new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0xff, 0xfe])
    const file = new File([bytes], 'x.yaml')
    expect(await readFile(file)).toEqual({ text: 'kind\ufffd\ufffd', name: 'x.yaml', bytes })
  })

  it('reads a file with a UTF-16 BOM as UTF-16, as go-yaml does, and keeps its bytes', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x6b, 0x00, 0x69, 0x00, 0x6e, 0x00, 0x64, 0x00])
    expect(await readFile(new File([bytes], 'x.yaml'))).toEqual({ text: 'kind', name: 'x.yaml', bytes })
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x6b, 0x00, 0x69])
    expect(await readFile(new File([be], 'x.yaml'))).toMatchObject({ text: 'ki' })
  })

  it.each([
    [512, '512 B'],
    [2048, '2.0 KiB'],
    [50 * 1024 * 1024, '50.0 MiB'],
  ])('formats %i as %s', (n, s) => {
    expect(formatSize(n)).toBe(s)
  })
})

describe('showInBox: what the text box can hold without freezing the page', () => {
  it.each([
    ['a policy', 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n', true],
    ['tabs and CRLF line ends', 'rules:\r\n\t- level: None\r\n', true],
    ['2,000 lines', 'a\n'.repeat(1999), true],
    ['102,000 short lines (204 KB)', 'a\n'.repeat(102_000), false],
    ['more than 200 KiB', 'x'.repeat(200 * 1024 + 1), false],
    ['binary: a NUL byte', 'kind\u0000', false],
    ['binary: bytes that were not UTF-8', 'kind\ufffd\ufffd', false],
  ])('%s → %s', (_name, text, want) => {
    expect(showInBox(text)).toBe(want)
  })
})
