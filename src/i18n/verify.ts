// The strings of "Test a request" and "Effective policy", for their lazily loaded panels: `t` with every
// simulator and effective-policy string. The first screen imports index.ts, which has only what the rule cards
// and the tabs show, so these strings load with the panels.
import * as en from './en/verifyPanels.ts'
import { t as base } from './index.ts'
import { locale } from './locale.ts'
import * as ru from './ru/verifyPanels.ts'

// The language is chosen once at start (locale.ts), before any lazily loaded panel evaluates this module.
const { effective, simulatorPanel } = locale() === 'ru' ? ru : en

const simulator = {
  ...base.verify.simulator,
  ...simulatorPanel,
  saved: { ...base.verify.simulator.saved, ...simulatorPanel.saved },
}

/** t: every user-facing string, the simulator's and the effective policy's included. */
export const t = { ...base, verify: { ...base.verify, simulator, effective } }
