// The strings of "Compare with…", for its lazily loaded panel: `t` with every comparison string.
import { compare as enCompare } from './en/compare.ts'
import { t as base } from './index.ts'
import { locale } from './locale.ts'
import { compare as ruCompare } from './ru/compare.ts'

// The language is chosen once at start (locale.ts), before any lazily loaded panel evaluates this module.
const compare = locale() === 'ru' ? ruCompare : enCompare

/** t: every user-facing string, the comparison's included. */
export const t = { ...base, compare: { ...base.compare, ...compare } }
