// Strings of the page's one-line notices, the editor/preview split and the short confirmations (snackbars).
// Part of `en` (en.ts), under the key `notices`.
import { countOf, formatNumber } from '../format.ts'

export const notices = {
  /** Between a notice's title and its first message. */
  titleSeparator: ': ',
  openProblems: 'Open the Problems panel',
  /** The problems banner's count (a link to the Problems panel, which lists them). */
  errorCount: (n: number) => countOf(n, { one: 'error', other: 'errors' }),
  /** After the warnings' count: "2 warnings worth a look". */
  worthALook: 'worth a look',
  warningCount: (n: number) => countOf(n, { one: 'warning', other: 'warnings' }),
  /** The banner's title when the only errors are the ModuleConfig settings'. */
  moduleConfigErrors: 'DKP would refuse the ModuleConfig',
  /** After the policy's errors title, when some of the errors counted are the ModuleConfig's. */
  alsoInModuleConfig: (n: number) => ` (${formatNumber(n)} of them in the ModuleConfig)`,
  more: 'More',
  /** A notice's close button. */
  close: 'Close',
  less: 'Less',
  splitLabel: 'Resize the editor and the preview',
  splitValue: (percent: number) => `Editor ${percent} % of the width`,
  splitHelp: 'Drag, or use the arrow keys (Home, End; Enter for half and half)',
}
