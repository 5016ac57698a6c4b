// Strings of "Bring your own policy": import, the editable YAML, autosave, undo/redo, new policy and share
// links. Part of `en` (en.ts), under the key `keepwork`.

import { countOf, formatMebibytes, formatNumber } from '../format.ts'

const plural = (n: number, one: string, other: string) => countOf(n, { one, other })
/** mib: a size in MiB with one decimal (50.0 MiB), as the one size formatter writes it. */
const mib = (chars: number) => formatMebibytes(chars, 1)

export const keepwork = {
  actions: {
    import: 'Import',
    share: 'Share',
    undo: 'Undo',
    redo: 'Redo',
    newPolicy: 'New policy',
    more: 'More actions',
    undoHint: 'Undo (Ctrl+Z)',
    redoHint: 'Redo (Ctrl+Shift+Z)',
  },
  import: {
    title: 'Import a policy',
    /** A value the import left out (wrong type, unknown field), shown at its field afterwards. */
    leftOut: (message: string) => `Left out on import: ${message}`,
    intro:
      'Paste or drop a policy (YAML or JSON), the Secret kube-system/audit-policy (also inside a multi-document file), or a file with the Secret and the ModuleConfig. Nothing leaves your browser.',
    textLabel: 'Policy, Secret or ModuleConfig text',
    textHelp: 'Paste here, drop a file anywhere on the page, or choose a file.',
    chooseFile: 'Choose file…',
    fileLabel: (name: string, size: string) => `File ${name} (${size})`,
    pastedLabel: (size: string) => `Pasted text (${size}), kept out of the text box`,
    clearInput: 'Clear',
    reading: 'Reading…',
    readingBig: (size: string) => `Reading ${size}…`,
    nothingYet: 'Paste a text or choose a file to see what it brings in.',
    comesIn: 'What comes in',
    problems: (n: number) => plural(n, 'problem', 'problems'),
    problemsNone: 'No problems found.',
    ignored: 'The API server would ignore these (it loads the policy without them):',
    notLoadable: (n: number) =>
      `As it is, this policy would not load (${plural(n, 'error', 'errors')}). Its rules still come in, so you can fix them in the forms.`,
    inSecret: 'in the policy inside the Secret',
    inText: 'in the imported text',
    at: (line: number, column: number) => `Line ${line}, column ${column}`,
    more: (n: number) => `… and ${plural(n, 'more problem', 'more problems')}`,
    settingsToo: 'The ModuleConfig settings come in too.',
    settingsOnly: 'Only the ModuleConfig settings come in; the policy stays.',
    replaces: (n: number) =>
      n === 0
        ? 'It becomes your policy.'
        : `It replaces your current policy (${plural(n, 'rule', 'rules')}). Undo brings that one back.`,
    confirm: 'Import',
    confirmReplace: 'Replace policy',
    cancel: 'Cancel',
    nothingToImport: 'Nothing to import: see the problems above.',
    tooManyRules: (n: number, max: number) =>
      `This policy has ${plural(n, 'rule', 'rules')}. The builder edits up to ${formatNumber(max)} rules at a time (real policies have tens), so it was not imported; your current policy is unchanged. The command-line tool checks policies of any size: audit-policy validate FILE.`,
    tooLarge: (chars: number, max: number) =>
      `This text is ${mib(chars)}; an audit policy is a few KB, and the import takes up to ${mib(max)}. Nothing was read and your policy is unchanged. Is it an audit log? Open it in “Analyze a log” instead.`,
    fileUnreadable: (name: string) => `The file ${name} could not be read. Your policy is unchanged.`,
    timedOut: (seconds: number) =>
      `Reading took longer than ${seconds} s and was stopped. Is this really an audit policy? Your policy is unchanged.`,
    failed: (reason: string) => `The text could not be read (${reason}). Your policy is unchanged.`,
    done: (summary: string) => `Imported. ${summary}.`,
    undo: 'Undo',
    dropTitle: 'Drop to import',
    dropBody: 'A policy, the audit-policy Secret, or a ModuleConfig',
  },
  yaml: {
    editorLabel: 'Policy YAML',
    editable:
      'Edit the YAML directly: valid changes flow into the forms, and form changes flow back here. Ctrl+Space completes field names and values.',
    broken: 'The forms show the last valid version; your text is kept here until you fix it.',
    brokenAt: (line: number, column: number, message: string) => `Line ${line}, column ${column}: ${message}`,
    superseded:
      'A form change replaced your YAML text, which had an error. Your text is not lost: bring it back, or undo in the editor.',
    bringBack: 'Bring my text back',
    pasteTooLarge: (chars: number, max: number) =>
      `That paste is ${mib(chars)}; the editor takes pastes up to ${mib(max)}. Nothing was pasted. To bring in a big file, use Import.`,
    tooManyRules: (n: number, max: number) =>
      `This text has ${plural(n, 'rule', 'rules')}; the builder edits up to ${formatNumber(max)}.`,
    readFailed: (reason: string) => `The text could not be read (${reason}).`,
    /** Why the YAML editor's text does not reach the forms (state/draft.ts DraftProblem codes). */
    draftNoPolicy: 'the text holds no policy',
    draftTooManyRules: (n: number, max: number) =>
      `the text has ${plural(n, 'rule', 'rules')}; the builder edits up to ${formatNumber(max)}`,
  },
  autosave: {
    restoreFailed: (reason: string) =>
      `Your saved work could not be read (${reason}), so the builder started empty. The unreadable copy was set aside in the browser’s storage.`,
    restoreKept: (reason: string) =>
      `Your saved work could not be read (${reason}), so the builder started empty. There is no room in the browser’s storage to set a copy aside, so it was left where it was and autosave is off until there is: nothing you do here will overwrite it.`,
    failed: (reason: string) =>
      `Autosave is off: ${reason}. Download the policy to keep it, or free some space.`,
    conflictTitle: 'This policy was changed in another tab',
    conflictBody:
      'To keep either tab from overwriting the other, this tab stopped saving. Choose which version to keep.',
    takeTheirs: 'Load the other tab’s version',
    keepMine: 'Keep this tab’s version',
    dismiss: 'Dismiss',
    takeTheirsTitle: 'Replace this tab’s work?',
    takeTheirsBody:
      'This tab’s changes are replaced by the other tab’s version. Undo in this tab brings its policy back.',
    takeTheirsConfirm: 'Load the other tab’s version',
    keepMineTitle: 'Replace the other tab’s work?',
    keepMineBody:
      'The other tab’s version is replaced in the browser’s storage by this tab’s. If the other tab is still open it will ask there; if it was closed, its changes are lost.',
    keepMineConfirm: 'Keep this tab’s version',
    cancel: 'Cancel',
  },
  newPolicy: {
    title: 'Start a new policy?',
    body: 'This clears the rules and the ModuleConfig settings. Undo brings them back.',
    confirm: 'Start new',
    cancel: 'Cancel',
    done: 'Started a new policy.',
  },
  /** A form edit rewrote the user's flow-style or JSON text in block style (state/textSync.ts). */
  restyle: {
    kept: (from: 'flow' | 'json') =>
      `Your form edit wrote the policy text in block style (it was ${from === 'json' ? 'JSON' : 'flow-style YAML'}); every comment and field is kept.`,
    notKept: (from: 'flow' | 'json') =>
      `Your form edit wrote the policy anew in block style (it was ${from === 'json' ? 'JSON' : 'flow-style YAML'}): its comments and the fields the forms do not hold were not kept.`,
    details:
      'The forms change block-style YAML line by line, so flow style ({…}) is written in block style first. Undo (Ctrl+Z) brings the text back as it was.',
  },
  share: {
    title: 'Share this policy',
    body: 'The link holds the policy and its settings, compressed into the part after # — it is never sent to any server. Anyone who opens it gets a copy.',
    linkLabel: 'Share link',
    length: (n: number) => `${formatNumber(n)} characters`,
    long: 'This link is long; some chat apps and email clients cut long links. Downloading the policy file may be safer.',
    copy: 'Copy link',
    copied: 'Link copied to the clipboard',
    copyFailed: 'Could not copy: select the link and copy it by hand',
    close: 'Close',
    making: 'Making the link…',
    brokenDraft: 'The YAML editor has an error: the link holds the last valid version.',
    openTitle: 'Open the shared policy?',
    openBody: 'The link replaces the policy and settings you are working on. Undo brings your work back.',
    open: 'Open shared policy',
    keep: 'Keep my work',
    opened: 'Opened the shared policy.',
    problems: {
      truncated:
        'This share link is incomplete: it was probably cut off when it was copied. Ask for the whole link.',
      damaged: 'This share link is damaged: it was changed after it was made. Ask for the link again.',
      version: 'This share link was made by a newer version of the builder and cannot be opened here.',
      'too-large': 'This share link is too large to open.',
      unreadable: 'This share link does not hold a policy the builder can open.',
    },
    unchanged: 'Your current work is unchanged.',
  },
}
