// Mismatch messages quote the rule's lists ("users: jane is not in [a, b, …]"); DKP's rule 12 lists ~130
// service accounts. Long lists are cut to their first items and a count, so a reason stays one line.
import { t } from '../../i18n/index.ts'

/** MAX_ITEMS: items kept from a long list. */
const MAX_ITEMS = 4

/** shortenLists shortens every bracketed list of more than MAX_ITEMS items in a message. */
export function shortenLists(message: string): string {
  return message.replace(/\[([^[\]]*)\]/g, (whole, inner: string) => {
    const items = inner.split(', ')
    if (items.length <= MAX_ITEMS + 1) return whole
    return `[${items.slice(0, MAX_ITEMS).join(', ')}, ${t.verify.simulator.listMore(items.length - MAX_ITEMS)}]`
  })
}
