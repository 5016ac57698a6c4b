// The strings of "Compare with…", for its lazily loaded panel: `t` with every comparison string.
import { compareStrings } from './compareStrings.ts'
import { t as base } from './index.ts'

// The page's language is chosen once at start (i18n/index.ts), before any lazily loaded panel evaluates this module.
const compare = compareStrings()

/** t: every user-facing string, the comparison's included. */
export const t = { ...base, compare: { ...base.compare, ...compare } }
