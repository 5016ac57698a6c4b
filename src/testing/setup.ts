// Vitest setup for every test file (vite.config.ts `test.setupFiles`).
import { configure } from '@testing-library/dom'

// Testing Library's findBy*/waitFor give up after 1 s by default: a time budget, not a condition. Lazily loaded
// components (dialogs, snackbars, chip inputs) are transformed and imported on first use, which takes longer than
// that on a loaded machine. They wait for their condition instead, up to a little under the test timeout
// (vite.config.ts `testTimeout`), so that a real failure still says what was awaited.
configure({ asyncUtilTimeout: 15_000 })
