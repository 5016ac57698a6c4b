// Local Monaco: the slim 0.52.2 editor API plus only what we use, workers bundled by Vite, never the CDN.
// Imported only by the lazily loaded CodeEditor, so none of it is in the first screen's JavaScript.
import { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js'
// Editor features, picked from editor.all.js: cursor/selection commands, copy, find, folding, hover (schema
// docs), markers navigation, context menu, and the codicon font.
import 'monaco-editor/esm/vs/editor/browser/coreCommands.js'
import 'monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js'
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js'
import 'monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu.js'
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js'
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js'
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js'
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js'
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js'
import 'monaco-editor/esm/vs/editor/contrib/readOnlyMessage/browser/contribution.js'
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js'
// Editing the policy YAML: completion (schema field names and values), comments, line moves, indentation,
// multiple cursors, bracket matching, cursor undo, and Ctrl+M to let Tab move the focus out.
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js'
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js'
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js'
import 'monaco-editor/esm/vs/editor/contrib/indentation/browser/indentation.js'
import 'monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js'
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js'
import 'monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js'
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js'
// Languages: only YAML and shell (each contribution lazy-loads its own small grammar chunk).
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js'
import 'monaco-editor/esm/vs/basic-languages/shell/shell.contribution.js'
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker'
import { configureMonacoYaml } from 'monaco-yaml'
import { t } from '../i18n/index.ts'
import { POLICY_SCHEMA_URI, policySchemaFor } from '../policy/schema.ts'
import { NEWEST_KUBERNETES_VERSION, type KubernetesVersion } from '../policy/versions.ts'
import YamlWorker from './yaml.worker.ts?worker'

/** Editor themes: Monaco's own, with comments dark/light enough for WCAG AA contrast on their background. */
export const THEMES = { light: 'abp-light', dark: 'abp-dark' } as const
monaco.editor.defineTheme(THEMES.light, {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'comment', foreground: '2f6f2f' }],
  colors: {},
})
monaco.editor.defineTheme(THEMES.dark, {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '8fbf7f' }],
  colors: {},
})

/** POLICY_MODEL_FILE: the Policy preview's file name; the schema attaches to it by fileMatch. */
export const POLICY_MODEL_FILE = 'audit-policy.yaml'

// Every worker Monaco asks for: monaco-yaml's by label, the editor's own for the rest (no json/css/ts workers
// exist in this build, so nothing else is ever asked for).
self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker()
  },
}

// Without this, @monaco-editor/react injects a <script> from a CDN (blocked by our CSP, and never wanted).
loader.config({ monaco })

const monacoYaml = configureMonacoYaml(monaco, {
  // A file-like schema uri and no schema requests: monaco-yaml never fetches anything.
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  // Hover texts in the active language (chosen before the editor loads; switching it reloads the page).
  schemas: [
    {
      uri: POLICY_SCHEMA_URI,
      fileMatch: [`**/${POLICY_MODEL_FILE}`],
      schema: policySchemaFor(NEWEST_KUBERNETES_VERSION, t.schemaDocs) as never,
    },
  ],
})

let schemaVersion: KubernetesVersion | null = null

/** setPolicySchemaVersion: the Policy schema as that Kubernetes version reads it (group "*" from 1.36 on). */
export function setPolicySchemaVersion(version: KubernetesVersion): void {
  if (version === schemaVersion) return
  schemaVersion = version
  const schema = policySchemaFor(version, t.schemaDocs)
  void monacoYaml.update({
    schemas: [{ uri: POLICY_SCHEMA_URI, fileMatch: [`**/${POLICY_MODEL_FILE}`], schema: schema as never }],
  })
}

export { monaco }
