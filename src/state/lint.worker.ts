// The lint worker: runs the core's lintPolicy off the page's main thread (2,000 rules take about a second) and
// words its findings; what it answers is lintAnswers.ts.
import { lintAnswers } from './lintAnswers.ts'
import type { LintMessage } from './lintOffPage.ts'

const answer = lintAnswers()

self.addEventListener('message', (event: MessageEvent<LintMessage>) => {
  self.postMessage(answer(event.data))
})
