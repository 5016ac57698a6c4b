// Vitest setup for every test file (vite.config.ts `test.setupFiles`).
import { configure } from '@testing-library/dom'
import { expect, vi } from 'vitest'

// Testing Library's findBy*/waitFor give up after 1 s by default: a time budget, not a condition. Lazily loaded
// components (dialogs, snackbars, chip inputs) are transformed and imported on first use, which takes longer than
// that on a loaded machine. They wait for their condition instead, up to a little under the test timeout
// (vite.config.ts `testTimeout`), so that a real failure still says what was awaited.
configure({ asyncUtilTimeout: 15_000 })

// A fuzz or property suite (`*.fuzz.test.ts`, `*.property.test.ts`) runs a fixed number of inputs
// (src/testing/fuzz.ts): its time is CPU time, a few seconds on a quiet machine and several times that on a loaded
// one. A budget of runs, not of time, decides when it is done, so its tests get a timeout only a hang reaches.
if (/\.(fuzz|property)\.test\.tsx?$/.test(expect.getState().testPath ?? ''))
  vi.setConfig({ testTimeout: 300_000 })
