/** The languages CodeEditor highlights. */
export type CodeLanguage = 'yaml' | 'shell'

export interface CodeEditorProps {
  value: string
  language: CodeLanguage
  /** The model's file name (the Policy schema attaches to audit-policy.yaml). */
  path: string
  /** Accessible name of the editor. */
  label: string
  dark: boolean
}
