// The strings of "Analyze a log", for its lazily loaded panel: `t` with every analyzer string. The first screen
// imports index.ts, which has only the analyzer tab's name, so these strings load with the panel.
import { analyzer as enAnalyzer } from './en/analyzer.ts'
import { t as base } from './index.ts'
import { locale } from './locale.ts'
import { analyzer as ruAnalyzer } from './ru/analyzer.ts'

// The language is chosen once at start (locale.ts), before any lazily loaded panel evaluates this module.
const analyzer = locale() === 'ru' ? ruAnalyzer : enAnalyzer

/** t: every user-facing string, the analyzer's included. */
export const t = { ...base, analyzer: { ...base.analyzer, ...analyzer } }
