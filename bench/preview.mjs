// What the browser benches share to serve the built app with `vite preview`: a free port, and waiting until the
// server answers.
import { createServer } from 'node:net'

/** freePort: a TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** waitForHttp resolves when `url` answers 200, polling every 200 ms; it throws after `ms` (default 30 s). */
export async function waitForHttp(url, ms = 30_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url}`)
}
