import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import checkFile from 'eslint-plugin-check-file'
import { defineConfig, globalIgnores } from 'eslint/config'

// UI libraries the pure core must never import.
const UI_PACKAGES = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  '@mui/*',
  '@emotion/*',
  'monaco-editor',
  'monaco-editor/*',
  '@monaco-editor/*',
  'monaco-yaml',
  'monaco-yaml/*',
  '@dnd-kit/*',
]
const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'zlib', 'readline', 'stream']

/**
 * The layer diagram (docs/design.md §2): for each layer, the layers it must not import. Arrows point down only:
 * policy ← auditlog ← i18n ← state ← features ← app, with monaco and components beside features, and the CLI
 * over the core alone. src/testing (test helpers) is for tests only.
 */
const ALL_LAYERS = [
  'policy',
  'auditlog',
  'i18n',
  'state',
  'monaco',
  'components',
  'features',
  'app',
  'cli',
  'testing',
]
const LAYER_MAY_IMPORT = {
  policy: [],
  auditlog: ['policy'],
  i18n: ['policy', 'auditlog'],
  state: ['policy', 'auditlog', 'i18n'],
  monaco: ['policy', 'i18n'],
  components: ['i18n', 'monaco'],
  features: ['policy', 'auditlog', 'i18n', 'state', 'monaco', 'components'],
  app: ['policy', 'auditlog', 'i18n', 'state', 'monaco', 'components', 'features'],
  cli: ['policy', 'auditlog', 'i18n'],
}
const LAYER_ZONES = Object.entries(LAYER_MAY_IMPORT).map(([layer, may]) => ({
  target: `./src/${layer}`,
  from: ALL_LAYERS.filter((l) => l !== layer && !may.includes(l)).map((l) => `./src/${l}`),
  message: `src/${layer} may import only ${may.length ? may.map((l) => `src/${l}`).join(', ') : 'itself'} (docs/design.md §2).`,
}))

/** vite-env.d.ts keeps the name Vite's templates and docs give it. */
const NAMED_BY_CONVENTION = ['src/vite-env.d.ts']

/** Forbids importing layers above `layer` (dependencies point one way: core ← state ← features ← app). */
function layerRule(message, ...regexes) {
  return {
    'no-restricted-imports': ['error', { patterns: regexes.map((regex) => ({ regex, message })) }],
  }
}

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-cli',
    'node_modules',
    'test-results',
    'playwright-report',
    'bench-results',
    '.scratch',
    'coverage',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Every arrow of the layer diagram, for static and dynamic imports, and no import cycles.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts', 'src/testing/**', 'src/bench/**'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads the imported TypeScript files itself (for no-cycle) with typescript-eslint's parser.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One file-naming style (docs/design.md §5): a module in src is named after what it exports, in the export's
    // own case (camelCase, PascalCase for components, classes and contexts); journeys, scripts and benchmarks are
    // kebab-case.
    files: ['src/**/*.{ts,tsx}'],
    ignores: NAMED_BY_CONVENTION,
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { 'src/**/*.{ts,tsx}': '[a-zA-Z]*([a-zA-Z0-9])' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['e2e/*.ts', 'scripts/**/*.mjs', 'bench/*.{mjs,ts}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node } },
  },
  {
    // The core runs in the browser, in workers and in Node: no UI, no Node built-ins, no upper layers.
    files: ['src/policy/**/*.ts', 'src/auditlog/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/auditlog/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_PACKAGES,
              message: 'The core (src/policy, src/auditlog) must not import UI libraries.',
            },
            { group: NODE_BUILTINS, message: 'The core runs in browsers too: no Node built-ins here.' },
            {
              regex: '^\\.\\./(state|features|app|components|monaco|cli)(/|$)',
              message: 'The core must not import upper layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.{ts,tsx}'],
    rules: layerRule(
      'state/ sits below features/ and app/.',
      '^\\.\\./(features|app)(/|$)',
      '^\\.\\./\\.\\./(features|app)(/|$)',
    ),
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: layerRule(
      'components/ are shared UI pieces with no policy knowledge.',
      '^\\.\\./(features|app|state|policy|auditlog)(/|$)',
      '^\\.\\./\\.\\./(features|app|state|policy|auditlog)(/|$)',
    ),
  },
  {
    // A feature never imports another feature; they meet in app/.
    files: ['src/features/*/*.{ts,tsx}'],
    rules: layerRule(
      'Features must not import each other or app/; share through state/ or components/.',
      '^\\.\\./(?!\\.\\./)',
      '^\\.\\./\\.\\./app(/|$)',
    ),
  },
  {
    files: ['src/features/*/*/*.{ts,tsx}'],
    rules: layerRule(
      'Features must not import each other or app/; share through state/ or components/.',
      '^\\.\\./\\.\\./(?!\\.\\./)',
      '^\\.\\./\\.\\./\\.\\./app(/|$)',
    ),
  },
  {
    files: [
      'src/cli/**/*.ts',
      'scripts/**',
      'e2e/**',
      '*.config.{ts,js}',
      'src/**/*.test.{ts,tsx}',
      'src/testing/**',
      'src/auditlog/node/**',
      'src/bench/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
])
