// Strings of "never lose what the user wrote": the export guard while the YAML editor holds text that does not
// read, the editor's keyboard and size controls, and what an import cannot keep. Part of `en` (en.ts), under the
// key `keeptext`.

export const keeptext = {
  draftGuard: {
    /** Next to Copy and Download of the Policy tab. */
    statusPolicy: 'Does not read as a policy: Copy and Download give it as it is, and ask first.',
    /** Next to Copy and Download of the other tabs. */
    statusOther:
      'The Policy editor’s content does not read: this is built from the last version that read. Copy and Download ask first.',
    titlePolicy: 'This text does not read as a policy',
    titleOther: 'This is not what the Policy editor shows',
    detailOther: (where: string) =>
      `The Policy editor holds text that does not read (${where}). What you copy or download here is built from the last version that read.`,
  },
  editor: {
    tabIndent: 'Tab indents',
    tabIndentHelp: (key: string) =>
      `When on, Tab and Shift+Tab indent in the editor; when off they move to the next or previous control. ${key} switches it.`,
    tabMoves: (key: string) => `Tab leaves the editor (${key} to indent with Tab)`,
    maximize: 'Enlarge the editor',
    restore: 'Back to the page (Esc)',
    enlargedTitle: 'Policy YAML, enlarged',
    showMore: 'More',
    showLess: 'Less',
    format: 'Format',
    formatHelp:
      'Rewrite the YAML in the canonical layout. Comments other than rule notes, and fields the forms do not know, are dropped; Undo brings them back.',
  },
}
