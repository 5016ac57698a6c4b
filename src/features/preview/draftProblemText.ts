// A draft problem (state/draft.ts) in words: the builder's own problems by their code, a reader's message with
// its place in the text.
import { t } from '../../i18n/index.ts'
import type { DraftProblem } from '../../state/draft.ts'
import { MAX_RULES } from '../../state/storedWork.ts'

/** draftProblemText: why the YAML editor's text does not reach the forms, as the user reads it. */
export function draftProblemText(problem: DraftProblem): string {
  const y = t.keepwork.yaml
  if (problem.code === 'too-many-rules') return y.draftTooManyRules(problem.rules ?? 0, MAX_RULES)
  if (problem.code === 'no-policy') return y.draftNoPolicy
  if (problem.code === 'timed-out') return t.workerFailures.readTimedOut(problem.seconds ?? 0)
  if (problem.code === 'reader-stopped') return t.workerFailures.stopped('reader', problem.message)
  return problem.line !== undefined
    ? y.brokenAt(problem.line, problem.column ?? 1, problem.message)
    : problem.message
}
