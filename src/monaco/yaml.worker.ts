// monaco-yaml's language worker, bundled by Vite through `?worker` (importing the package's worker directly
// with ?worker works in `vite build` but not on the dev server; docs/design.md §6).
import 'monaco-yaml/yaml.worker.js'
