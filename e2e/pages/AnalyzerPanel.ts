// Page object for the "Analyze a log" tool: choosing or dropping logs, and reading the report's numbers in the
// shape of the CLI's `analyze --json` (events, malformed, byRule, byLevel), located by role and name.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Locator, type Page } from '@playwright/test'
import { formatBytes } from '../../src/i18n/format.ts'
import { BuilderPage } from './BuilderPage'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const LEVELS = ['None', 'Metadata', 'Request', 'RequestResponse'] as const

/** Numbers: what the checks compare between the page and the CLI. */
export interface Numbers {
  events: number
  malformed: number
  byRule: { rule: number | null; events: number }[]
  byLevel: Record<(typeof LEVELS)[number], number>
}

/** cliNumbers runs `audit-policy analyze POLICY --log LOG… --json` and returns its numbers (and the whole JSON). */
export function cliNumbers(
  policyFile: string,
  logs: string[],
  target: 'kube-apiserver' | 'deckhouse' = 'deckhouse',
): {
  policy: Numbers
  effective?: Numbers
  /** How the CLI names each rule of the effective policy (`your rule 1`, `DKP built-in rule 27: …`). */
  effectiveLabels?: string[]
  json: Record<string, unknown>
} {
  const out = execFileSync(
    process.execPath,
    [
      join(ROOT, 'scripts', 'cli.mjs'),
      'analyze',
      policyFile,
      ...logs.flatMap((l) => ['--log', l]),
      '--json',
      '--target',
      target,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  )
  const json = JSON.parse(out) as Record<string, unknown>
  type Impact = {
    byRule: { rule: number | null; events: number; label?: string }[]
    byLevel: Numbers['byLevel']
  }
  const pick = (i: Impact): Numbers => ({
    events: json.events as number,
    malformed: json.malformed as number,
    byRule: i.byRule.map(({ rule, events }) => ({ rule, events })),
    byLevel: i.byLevel,
  })
  const effective = json.effective as Impact | undefined
  return {
    policy: pick(json as unknown as Impact),
    effective: effective && pick(effective),
    effectiveLabels: effective?.byRule.filter((r) => r.rule !== null).map((r) => r.label ?? ''),
    json,
  }
}

const toNumber = (text: string) => Number(text.replace(/[^0-9]/g, ''))

/** Details: more of the report, as the page writes it (sizes as text, in the page's and the CLI's units). */
export interface Details {
  recorded: { bytes: string; events: number }
  projected: { bytes: string; events: number }
  dropped: { bytes: string; events: number; requests: number }
  topUsers: { key: string; events: number; recorded: string; projected: string }[]
  /** Requests the lower-bound note counts, or null when there is no note. */
  lowerBoundRequests: number | null
}

type Sized = { events: number; bytes: number }
type TopJson = { key: string; events: number; recordedBytes: number; projectedBytes: number }

/** cliDetails: the same details from the CLI's --json (one policy's part of it), sizes written as the page does. */
export function cliDetails(impact: Record<string, unknown>): Details {
  const recorded = impact.recorded as Sized
  const projected = impact.projected as Sized
  const dropped = impact.dropped as Sized & { requests: number }
  const users = (impact.top as { users: TopJson[] }).users
  const lowerBound = impact.lowerBound as boolean
  return {
    recorded: { bytes: formatBytes(recorded.bytes), events: recorded.events },
    projected: {
      bytes: `${lowerBound ? 'at least ' : ''}${formatBytes(projected.bytes)}`,
      events: projected.events,
    },
    dropped: { bytes: formatBytes(dropped.bytes), events: dropped.events, requests: dropped.requests },
    topUsers: users.map((u) => ({
      key: u.key,
      events: u.events,
      recorded: formatBytes(u.recordedBytes),
      projected: formatBytes(u.projectedBytes),
    })),
    lowerBoundRequests: lowerBound ? (impact.lowerBoundEvents as number) : null,
  }
}

/** AnalyzerPanel: the tool tab and its report. */
export class AnalyzerPanel {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  panel(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Analyze a log' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Analyze a log' }).click()
    await expect(this.panel().getByRole('group', { name: 'Drop area for logs' })).toBeVisible()
  }

  /** choose picks files through the "Choose files" button's file chooser, as a user would. */
  async choose(files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.panel()
      .getByRole('button', { name: /^(Choose files|Analyze other files)$/ })
      .click()
    await (await chooser).setFiles(files)
  }

  /** drop drops a file on the drop area (a synthetic drag and drop carrying a File made in the page). */
  async drop(name: string, bytes: Buffer): Promise<void> {
    const area = this.panel().getByRole('group', { name: 'Drop area for logs' })
    const transfer = await this.page.evaluateHandle(
      ([fileName, base64]) => {
        const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
        const dt = new DataTransfer()
        dt.items.add(new File([raw], fileName))
        return dt
      },
      [name, bytes.toString('base64')] as const,
    )
    for (const type of ['dragenter', 'dragover', 'drop'])
      await area.dispatchEvent(type, { dataTransfer: transfer })
  }

  ruleTable(): Locator {
    return this.panel().getByRole('table', { name: 'Requests decided by each rule, and the bytes they take' })
  }

  /** waitForReport waits until the report for `fileName` is shown. */
  async waitForReport(fileName: string): Promise<void> {
    await expect(this.ruleTable()).toBeVisible({ timeout: 30_000 })
    await expect(this.panel().getByText(new RegExp(`read in [0-9.]+ s: .*${fileName}`))).toBeVisible()
    await expect(this.updating()).toHaveCount(0)
  }

  /** updating: the sign that the report is being recomputed for an edit. */
  updating(): Locator {
    return this.panel().getByRole('status', { name: 'Updating for your edit…' })
  }

  /** showPolicy switches the report between the user's policy and the effective DKP policy. */
  async showPolicy(which: 'Your policy' | 'Effective DKP policy'): Promise<void> {
    await this.panel().getByRole('button', { name: which, exact: true }).click()
    await expect(this.panel().getByRole('button', { name: which, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  }

  /** stageRule: the sentence under the summary saying how requests are counted from events. */
  stageRule(): Locator {
    return this.panel().getByText(/^A request \(one auditID\) is counted once/)
  }

  /** timelineChart: the figure of bytes over time by level (loaded lazily with the chart library). */
  timelineChart(): Locator {
    return this.panel()
      .getByRole('region', { name: 'Bytes recorded over time, by level' })
      .getByRole('figure', { name: 'Bytes recorded over time, by level' })
  }

  /** showAllRules shows the rules with no requests too (hidden by default). */
  async showAllRules(): Promise<void> {
    const show = this.panel().getByRole('button', { name: /^Show [0-9,]+ rules? with no requests$/ })
    if ((await show.count()) > 0) await show.click()
    await expect(show).toHaveCount(0)
  }

  /** forecast reads the forecast table: per row (as recorded, with this policy), events and bytes a day and hours. */
  async forecast(): Promise<Record<string, string[]>> {
    const table = this.panel().getByRole('table', {
      name: 'Audit events and bytes a day, and hours of history on one API server',
    })
    const out: Record<string, string[]> = {}
    for (const row of await table.getByRole('row').all()) {
      const header = row.getByRole('rowheader')
      if ((await header.count()) === 0) continue
      out[await header.innerText()] = await row.getByRole('cell').allInnerTexts()
    }
    return out
  }

  /** lowerBoundNote: the note saying the byte figures are a lower bound. */
  lowerBoundNote(): Locator {
    return this.panel().getByText(
      /for more detail than the log recorded .*: the byte figures are a lower bound/,
    )
  }

  /** details reads the summary cards, the top users and the lower-bound note of the report shown. */
  async details(): Promise<Details> {
    const p = this.panel()
    const card = async (title: string) => {
      const [value, help] = await p
        .getByRole('region', { name: title, exact: true })
        .getByRole('paragraph')
        .allInnerTexts()
      return { value: value!, help: help! }
    }
    const recorded = await card('Recorded now')
    const projected = await card('With this policy')
    const dropped = await card('Not recorded')
    const droppedHelp = /^([0-9,]+) events?; ([0-9,]+) requests? entirely$/.exec(dropped.help)
    expect(droppedHelp, dropped.help).not.toBeNull()

    await p.getByRole('tablist', { name: 'Top' }).getByRole('tab', { name: 'Users', exact: true }).click()
    const topUsers: Details['topUsers'] = []
    for (const row of await p.getByRole('table', { name: 'Users', exact: true }).getByRole('row').all()) {
      const header = row.getByRole('rowheader')
      if ((await header.count()) === 0) continue
      const [events, rec, proj] = await row.getByRole('cell').allInnerTexts()
      topUsers.push({
        key: await header.innerText(),
        events: toNumber(events!),
        recorded: rec!,
        projected: proj!,
      })
    }
    const note = this.lowerBoundNote()
    return {
      recorded: { bytes: recorded.value, events: toNumber(recorded.help) },
      projected: { bytes: projected.value, events: toNumber(projected.help) },
      dropped: {
        bytes: dropped.value,
        events: toNumber(droppedHelp![1]!),
        requests: toNumber(droppedHelp![2]!),
      },
      topUsers,
      lowerBoundRequests: (await note.count()) === 0 ? null : toNumber(await note.innerText()),
    }
  }

  /**
   * numbers reads the report shown, in the CLI's terms (every rule, those with no requests shown first). Rules
   * of the effective policy are named as the user knows them (`Your rule 1`, `DKP built-in rule 27: …`):
   * `labels` (cliNumbers' effectiveLabels) maps those names back to the effective policy's rule indexes.
   */
  async numbers(labels?: string[]): Promise<Numbers> {
    const p = this.panel()
    await this.showAllRules()
    const events = toNumber(
      await p.getByRole('region', { name: 'Requests', exact: true }).locator('p').first().innerText(),
    )
    const byRule: Numbers['byRule'] = []
    for (const row of await this.ruleTable().getByRole('row').all()) {
      const header = row.getByRole('rowheader')
      if ((await header.count()) === 0) continue
      const name = await header.innerText()
      const match = /^Rule (\d+) · /.exec(name)
      const title = name.split(' · ')[0]!.toLowerCase()
      const labelled = labels?.findIndex((l) => l.toLowerCase() === title) ?? -1
      const cells = row.getByRole('cell')
      byRule.push({
        rule: match ? Number(match[1]) - 1 : labelled >= 0 ? labelled : null,
        events: toNumber(await cells.first().innerText()),
      })
    }
    const levels = p.getByRole('table', { name: 'Requests, audit events and bytes by level' })
    const projected = levels.getByRole('row', { name: /^Requests, with this policy/ }).getByRole('cell')
    const values = await projected.allInnerTexts()
    const byLevel = Object.fromEntries(LEVELS.map((l, i) => [l, toNumber(values[i]!)])) as Numbers['byLevel']
    const notJson = p.getByRole('listitem').filter({ hasText: /^not JSON: [0-9,]+/ })
    const malformed =
      (await notJson.count()) === 0
        ? 0
        : toNumber(/^not JSON: ([0-9,]+)/.exec(await notJson.first().innerText())![1]!)
    return { events, malformed, byRule, byLevel }
  }
}

/**
 * analyzeOnBaseline: the journeys' common start. The builder loads the "Recommended baseline" preset, its policy
 * is saved to `policyFile` (for cliNumbers), and the analyzer reads `logs` until its report names `reportName`.
 */
export async function analyzeOnBaseline(
  page: Page,
  policyFile: string,
  logs: string[],
  reportName: string,
): Promise<{ app: BuilderPage; analyzer: AnalyzerPanel }> {
  const app = new BuilderPage(page)
  await app.goto()
  await app.loadPreset('Recommended baseline')
  writeFileSync(policyFile, (await app.download()).text)
  const analyzer = new AnalyzerPanel(page)
  await analyzer.open()
  await analyzer.choose(logs)
  await analyzer.waitForReport(reportName)
  return { app, analyzer }
}
