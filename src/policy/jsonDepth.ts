// A nesting limit for JSON, checked on the text before JSON.parse builds anything and before any recursive walk
// (JSON.stringify, structured clone, our own readers) can overflow the stack on it.

/**
 * MAX_JSON_DEPTH: the deepest JSON the request reader and the log analyzer accept. Go's encoding/json (and
 * sigs.k8s.io/json, which kube-apiserver uses) stops at 10,000 levels; JavaScript's recursive JSON.stringify
 * overflows the stack a few thousand levels deep in a worker, so we stop well before that. No Kubernetes object
 * or audit event comes near 1,000 levels.
 */
export const MAX_JSON_DEPTH = 1000

/**
 * jsonDepthExceeds tells whether the JSON text nests arrays and objects deeper than `limit`: one linear pass that
 * skips strings (with their escapes) and needs no parse. Brackets in text that is not JSON are counted the same
 * way, which is harmless: such text fails to parse anyway.
 */
export function jsonDepthExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // a backslash escapes the next character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}
