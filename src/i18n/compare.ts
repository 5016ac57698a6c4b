// The strings of "Compare with…", for its lazily loaded panel: `t` with every comparison string.
import { compare } from './en/compare.ts'
import { t as base } from './index.ts'

/** t: every user-facing string, the comparison's included. */
export const t = { ...base, compare: { ...base.compare, ...compare } }
