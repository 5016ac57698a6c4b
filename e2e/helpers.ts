// Expected outputs for the journeys: the core's canonical serialization of a policy written by hand.
import { parsePolicy, serializePolicy } from '../src/policy/index.ts'

/** canonical parses a hand-written policy (it must load in kube-apiserver) and returns the core's canonical text. */
export function canonical(yaml: string): string {
  const r = parsePolicy(yaml)
  if (!r.loadable || !r.policy) throw new Error(`the expected policy does not load: ${r.failure}`)
  return serializePolicy(r.policy)
}
