// The strings of "Analyze a log", for its lazily loaded panel: `t` with every analyzer string. The first screen
// imports index.ts, which has only the analyzer tab's name, so these strings load with the panel.
import { analyzer } from './en/analyzer.ts'
import { t as base } from './index.ts'

/** t: every user-facing string, the analyzer's included. */
export const t = { ...base, analyzer: { ...base.analyzer, ...analyzer } }
