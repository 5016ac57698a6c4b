// The reader worker: runs reading jobs (readerTasks.ts) off the page's main thread, one at a time.
import { runReadTask, type ReadRequest } from './readerTasks.ts'

self.addEventListener('message', (event: MessageEvent<{ id: number; request: ReadRequest }>) => {
  const { id, request } = event.data
  try {
    self.postMessage({ id, ok: true, result: runReadTask(request) })
  } catch (e) {
    self.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) })
  }
})
