// A nesting limit for YAML (and JSON read as YAML), checked on the text in one linear pass before the `yaml`
// library builds anything. That library and our readers recurse once per level; a few thousand levels overflow
// the stack, and V8 can then abort the whole process ("FATAL ERROR: RegExpCompiler Allocation failed") when it
// compiles a regular expression that close to the stack's end, which no caller can catch.

/**
 * MAX_YAML_DEPTH: the deepest nesting our YAML reader builds. go-yaml stops at 10,000 levels; no audit policy
 * (nor Secret, nor ModuleConfig) comes near 20, so this only turns hostile text away, with its own message.
 * Measured (Node 20, `{"a":` nested n deep, parsePolicy three times for DKP): 700 levels pass and 900 abort
 * with the default stack; with 40 % of it (--stack-size=400) 300 pass and 500 abort. 200 leaves a margin for
 * smaller stacks (browsers' workers) and deeper callers.
 */
export const MAX_YAML_DEPTH = 200

/** YamlDepth: the deepest nesting found (up to where counting stopped), and the offset where it was reached. */
export interface YamlDepth {
  depth: number
  offset: number
}

/**
 * yamlDepth measures how deep a YAML text may nest, without parsing, and stops once `limit` is passed. It counts
 * every flow bracket (`[`, `{` open a level, `]`, `}` close one) and, at each line's start, the block levels: the
 * deeper indentations on the way in, and two for each `- `, `? ` or `: ` in front of the content. Brackets in
 * quoted scalars and comments, and indentation inside flow collections, count too: the result is never below
 * what a parser nests (hostile text cannot hide levels from it), and is above it only for text with hundreds of
 * unclosed brackets in its strings or comments.
 */
export function yamlDepth(text: string, limit = Infinity): YamlDepth {
  let flow = 0
  const indents: number[] = []
  let best: YamlDepth = { depth: 0, offset: 0 }
  const reach = (depth: number, offset: number) => {
    if (depth > best.depth) best = { depth, offset }
  }
  for (let i = 0; i < text.length && best.depth <= limit; i++) {
    if (i === 0 || text.charCodeAt(i - 1) === 0x0a) {
      let j = i
      while (text[j] === ' ') j++
      const c = text[j]
      if (c !== undefined && c !== '\n' && c !== '\r' && c !== '#') {
        // Back out of deeper levels; a line at a level's own column stays in it (a sibling).
        while (indents.length > 0 && indents[indents.length - 1]! > j - i) indents.pop()
        if (indents[indents.length - 1] !== j - i) indents.push(j - i)
        // Each `- `, `? ` or `: ` in front of the content opens a collection, and what follows it may be
        // another one starting at that very column (`- key: …` is a sequence holding a map; a sequence may sit at
        // its key's column): two levels each.
        while ('-?:'.includes(text[j] ?? 'x') && (text[j + 1] === ' ' || text[j + 1] === '\t')) {
          j += 2
          while (text[j] === ' ' || text[j] === '\t') j++
          indents.push(j - i, j - i)
        }
        reach(indents.length + flow, j)
      }
      if (j > i) {
        i = j - 1
        continue
      }
    }
    const c = text.charCodeAt(i)
    if (c === 0x5b || c === 0x7b) reach(indents.length + ++flow, i)
    else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--
  }
  return best
}
