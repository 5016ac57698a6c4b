// Fuzz budgets: a few thousand inputs in `npm test`, the full run in `npm run fuzz` (FUZZ=1).
// Fuzz suites are ordinary Vitest files named `*.fuzz.test.ts`; each asks fuzzRuns for its number of runs.

/** fuzzRuns is `quick` in `npm test` and `full` under `npm run fuzz`. */
export function fuzzRuns(quick: number, full: number): number {
  return process.env.FUZZ ? full : quick
}

/** fuzzSeed is fixed in `npm test` (reproducible) and taken from FUZZ_SEED when set, so a failure can be replayed. */
export function fuzzSeed(fallback = 20261206): number {
  const s = Number(process.env.FUZZ_SEED)
  return Number.isFinite(s) && process.env.FUZZ_SEED !== undefined ? s : fallback
}
