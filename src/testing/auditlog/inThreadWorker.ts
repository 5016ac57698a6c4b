// A stand-in for the analyzer's worker in unit tests: the worker's own session, run in this thread.
import type { WorkerLike } from '../../auditlog/client.ts'
import type { FromWorker, ToWorker } from '../../auditlog/protocol.ts'
import { createSession } from '../../auditlog/session.ts'

/** InThreadWorker runs the worker's session here, answering asynchronously like a worker. */
export class InThreadWorker implements WorkerLike {
  private readonly listeners: ((e: MessageEvent<FromWorker>) => void)[] = []
  private readonly handle = createSession((m) =>
    setTimeout(() => this.listeners.forEach((l) => l({ data: m } as MessageEvent<FromWorker>))),
  )
  terminated = false
  postMessage(message: ToWorker) {
    setTimeout(() => this.handle(message))
  }
  addEventListener(type: 'message' | 'error', listener: (e: MessageEvent<FromWorker>) => void) {
    if (type === 'message') this.listeners.push(listener)
  }
  terminate() {
    this.terminated = true
  }
}
