// Strings of the page's one-line notices, the editor/preview split and the short confirmations (snackbars).
// Part of `en` (en.ts), under the key `notices`.

export const notices = {
  /** Between a notice's title and its first message. */
  titleSeparator: ': ',
  openProblems: 'Open the Problems panel',
  more: 'More',
  /** A notice's close button. */
  close: 'Close',
  less: 'Less',
  splitLabel: 'Resize the editor and the preview',
  splitValue: (percent: number) => `Editor ${percent} % of the width`,
  splitHelp: 'Drag, or use the arrow keys (Home, End; Enter for half and half)',
}
