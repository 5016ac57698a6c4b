// The parsing limit for the analyzer benchmark: readline + JSON.parse over every line, counting events per
// "user verb" exactly like the jq baseline. Prints {"lines": N, "keys": N} as JSON.
//   node bench/bare-loop.mjs FILE
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

const counts = new Map()
let lines = 0
const rl = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })
for await (const line of rl) {
  if (line === '') continue
  const e = JSON.parse(line)
  const key = `${e.user?.username} ${e.verb}`
  counts.set(key, (counts.get(key) ?? 0) + 1)
  lines++
}
console.log(JSON.stringify({ lines, keys: counts.size }))
