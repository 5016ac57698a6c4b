// Why saved work, the browser's storage or a share link could not be read, in words: the store's codes
// (state/persistence.ts, state/share.ts) through src/i18n (savedWork).
import { t, type Strings } from '../../i18n/index.ts'
import type { StorageProblem } from '../../state/persistence.ts'
import type { ReadProblem } from '../../state/storedWork.ts'
import type { LinkDetail } from '../../state/share.ts'

/** SavedWorkProblem: every code the store gives for data it could not read or keep. */
export type SavedWorkProblem = ReadProblem | StorageProblem | LinkDetail

/** The words of every code, each taking its code's parameters: a code without words is a type error here. */
type Words = { [C in SavedWorkProblem['code']]: (p: Extract<SavedWorkProblem, { code: C }>) => string }

/** savedWorkText: "rules[0].level is not a text" — why stored or shared data could not be read or kept. */
export function savedWorkText(p: SavedWorkProblem, strings: Strings['savedWork'] = t.savedWork): string {
  const words: Words = strings
  return (words[p.code] as (p: SavedWorkProblem) => string)(p)
}
