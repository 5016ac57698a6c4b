import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../policy/importing.ts'
import { MAX_IMPORT_CHARS } from './limits.ts'
import { formatSize, readFile, refuseSize } from './readInput.ts'

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
    const file = new File([new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0xff, 0xfe])], 'x.yaml')
    expect(await readFile(file)).toEqual({ text: 'kind\ufffd\ufffd', name: 'x.yaml' })
  })

  it.each([
    [512, '512 B'],
    [2048, '2.0 KiB'],
    [50 * 1024 * 1024, '50.0 MiB'],
  ])('formats %i as %s', (n, s) => {
    expect(formatSize(n)).toBe(s)
  })
})
