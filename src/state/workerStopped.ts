// A worker of the page that stopped: its script failed to load, or it died (out of memory). The error carries
// which worker and the browser's own message; the UI words it with i18n workerFailures.stopped.

/** StoppedWorker: the page's workers whose crash can reach the user (the analyzer's is auditlog's own). */
export type StoppedWorker = 'reader' | 'lint'

/** WorkerStoppedError: `worker` stopped; `detail` is the browser's message ('' when it gave none). */
export class WorkerStoppedError extends Error {
  readonly worker: StoppedWorker
  readonly detail: string
  constructor(worker: StoppedWorker, detail: string) {
    // For logs and tests only: the UI words it from `worker` and `detail`.
    super(`the ${worker} worker stopped${detail ? `: ${detail}` : ''}`)
    this.name = 'WorkerStoppedError'
    this.worker = worker
    this.detail = detail
  }
}
