// The words of a comparison measured on a log, in the active language (loaded with the Compare tab).
import { compareLog as en } from './en/compareLog.ts'
import { locale } from './locale.ts'
import { compareLog as ru } from './ru/compareLog.ts'

export const compareLog = locale() === 'ru' ? ru : en
