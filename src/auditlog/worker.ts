// The analyzer's module worker: `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
// Messages are described in protocol.ts; the logic lives in session.ts.
import type { FromWorker, ToWorker } from './protocol.ts'
import { createSession } from './session.ts'

const scope = self as unknown as {
  postMessage(message: FromWorker): void
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null
}
const handle = createSession((message) => scope.postMessage(message))
scope.onmessage = (event) => handle(event.data)
