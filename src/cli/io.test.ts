import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readLimited, UsageError } from './io.ts'

const POLICY = 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n'
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0

describe('readLimited counts bytes while reading', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'abp-io-'))
  })
  const fifo = (name: string) => {
    const path = join(dir, name)
    expect(spawnSync('mkfifo', [path]).status).toBe(0)
    return path
  }

  it('a regular file within the limit', async () => {
    writeFileSync(join(dir, 'p.yaml'), POLICY)
    expect(new TextDecoder().decode(await readLimited(join(dir, 'p.yaml')))).toBe(POLICY)
  })

  it('/dev/zero stops at the limit with a one-line reason', async () => {
    await expect(readLimited('/dev/zero', 1024 * 1024)).rejects.toThrow(
      new UsageError('/dev/zero: too large (reading stopped at the limit, 1 MiB)'),
    )
  })

  it.skipIf(!hasMkfifo)('a FIFO fed more than the limit stops at the limit (mkfifo needed)', async () => {
    const path = fifo('big')
    const writer = spawn('sh', ['-c', `head -c 3000000 /dev/zero > '${path}'`])
    await expect(readLimited(path, 1024 * 1024)).rejects.toThrow(/too large/)
    writer.kill()
  })

  it.skipIf(!hasMkfifo)('a FIFO whose writer comes late is read to its end (mkfifo needed)', async () => {
    const path = fifo('late')
    const writer = spawn('sh', ['-c', `sleep 0.3; printf '%s' '${POLICY}' > '${path}'`])
    const bytes = await readLimited(path, 1024 * 1024, 20_000)
    expect(new TextDecoder().decode(bytes)).toBe(POLICY)
    writer.kill()
  })

  it.skipIf(!hasMkfifo)(
    'a FIFO nobody writes to is given up on, not waited for forever (mkfifo needed)',
    async () => {
      const path = fifo('idle')
      await expect(readLimited(path, 1024, 200)).rejects.toThrow(/nothing was written to this pipe/)
    },
  )
})
