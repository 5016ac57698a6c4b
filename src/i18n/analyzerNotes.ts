// The analyzer core's sentences (stage rule, problem lines, re-scan reasons, the CLI's text report) in the active
// language: the UI and the CLI turn the report's codes into words through this.
import { analyzerNotes as en } from './en/analyzerNotes.ts'
import { locale } from './locale.ts'
import { analyzerNotes as ru } from './ru/analyzerNotes.ts'

/** AnalyzerNotes: the words for the analyzer's codes, in one language. */
export type AnalyzerNotes = typeof en

/** analyzerNotes: the words in the language of locale(). */
export function analyzerNotes(): AnalyzerNotes {
  return locale() === 'ru' ? ru : en
}
