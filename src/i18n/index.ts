// The strings the UI shows. One language for now; a second one is another `Strings` object chosen here.
import { en, type Strings } from './en.ts'

/** t holds every user-facing string. */
export const t: Strings = en
export type { Strings }
