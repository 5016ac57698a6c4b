// The words of a policy change measured on a log (Compare tab and `diff --log`), per day of the log's window.
import { countOf, formatNumber } from '../format.ts'

const signedNumber = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `-${formatNumber(-n)}` : '0')

export const compareLog = {
  /** CLI: "12 events, 3.4 KiB a day" (signed: "+12 events, +3.4 KiB a day"). */
  perDay: (events: number, bytes: string, signed: boolean) =>
    `${signed ? signedNumber(events) : formatNumber(events)} events, ${bytes} a day`,
  /** CLI: "4 events, 2041 bytes" (the figures written as given; `n` chooses the word's form). */
  volume: (events: string, n: number, bytes: string) =>
    `${events} ${n === 1 || n === -1 ? 'event' : 'events'}, ${bytes} bytes`,
  noWindow: 'no figures per day: the log has no timestamps',
  heading: 'Measured on the log in “Analyze a log”',
  intro: (requests: number, hours: string | null) =>
    hours === null
      ? `${countOf(requests, { one: 'request', other: 'requests' })} read; the log has no timestamps, so there are no figures per day.`
      : `${countOf(requests, { one: 'request', other: 'requests' })} over ${hours}; figures per day scale that window to 24 hours.`,
  hours: (h: number) =>
    h < 1 / 60
      ? countOf(Math.max(1, Math.round(h * 3600)), { one: 'second', other: 'seconds' })
      : h < 1
        ? countOf(Math.max(1, Math.round(h * 60)), { one: 'minute', other: 'minutes' })
        : countOf(Math.round(h * 10) / 10, { one: 'hour', other: 'hours' }),
  before: 'Base',
  after: 'Yours',
  change: 'Change',
  columnEvents: 'Events a day',
  columnBytes: 'Bytes a day',
  columnEventsTotal: 'Events',
  columnBytesTotal: 'Bytes',
  eventsDelta: (n: number) => signedNumber(n),
  changeLine: (requests: number, events: number, bytes: string) =>
    `${countOf(requests, { one: 'request', other: 'requests' })} of the log: ${signedNumber(events)} events, ${bytes}`,
  changeLineDay: (events: number, bytes: string) => `${signedNumber(events)} events, ${bytes} a day`,
  lowerBound:
    'at least: the log holds no bodies for these requests, so the bytes this level adds are not counted',
  notMeasured: 'Not measured: this class of requests has no rule form to count it by.',
  approximate:
    'Approximate: the analyzer kept only part of the log’s detail; re-scan the log in “Analyze a log” for exact figures.',
  noLog: 'Load a log in “Analyze a log” to see what each change adds or removes, per day.',
  comparing: 'Comparing…',
  updating: 'Measuring on the log…',
}
