// Helpers for the journeys: expected outputs (the core's canonical serialization of a policy written by hand),
// and code held back on its way to the page.
import type { Page } from '@playwright/test'
import { parsePolicy, serializePolicy } from '../src/policy/index.ts'

/** canonical parses a hand-written policy (it must load in kube-apiserver) and returns the core's canonical text. */
export function canonical(yaml: string): string {
  const r = parsePolicy(yaml)
  if (!r.loadable || !r.policy) throw new Error(`the expected policy does not load: ${r.failure}`)
  return serializePolicy(r.policy)
}

/**
 * holdChunk holds back the app's JS files whose URL matches `file` until the returned `release` is called: the
 * journey sees the page as it is while that code is still on its way (e.g. a tab hidden by Suspense).
 */
export async function holdChunk(page: Page, file: RegExp): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(file, async (route) => {
    await held
    await route.continue()
  })
  return release
}
