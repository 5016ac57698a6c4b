// Page objects for the builder: located by role and accessible name, as a user or a screen reader would.
import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'
import { chooseItem } from './MenuChoice'

export type OutputTab = 'Policy' | 'Secret' | 'ModuleConfig' | 'Commands'

/** ResourceGroup: one "Resource group N" inside a rule. */
export class ResourceGroup {
  readonly root: Locator

  constructor(root: Locator) {
    this.root = root
  }

  apiGroup(): Locator {
    return this.root.getByRole('combobox', { name: 'API group' })
  }

  async setApiGroup(text: string): Promise<void> {
    const input = this.apiGroup()
    await input.click()
    await input.press('ControlOrMeta+a')
    await input.pressSequentially(text)
    await input.press('Escape')
  }

  async addResources(...values: string[]): Promise<void> {
    await addChips(this.root.getByRole('combobox', { name: 'Resources', exact: true }), values)
  }
}

/** typeChip types each value into a chip input and presses Enter after it. */
export async function addChips(input: Locator, values: readonly string[]): Promise<void> {
  await input.click()
  for (const v of values) {
    await input.pressSequentially(v)
    await input.press('Enter')
  }
  await input.press('Escape')
}

/** RuleCard: one "Rule N" group. */
export class RuleCard {
  readonly page: Page
  readonly root: Locator

  constructor(page: Page, root: Locator) {
    this.page = page
    this.root = root
  }

  field(label: string): Locator {
    return this.root.getByRole('combobox', { name: label, exact: true })
  }

  level(): Locator {
    return this.root.getByRole('combobox', { name: 'Level', exact: true })
  }

  async setLevel(level: string): Promise<void> {
    await this.level().click()
    await chooseItem(this.page.getByRole('option', { name: new RegExp(`^${level} `) }))
    await expect(this.level()).toHaveText(level)
  }

  async addChips(label: string, ...values: string[]): Promise<void> {
    await addChips(this.field(label), values)
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true })
  }

  async addResourceGroup(): Promise<ResourceGroup> {
    await this.button('Add resource group').click()
    const groups = this.root.getByRole('group', { name: /^Resource group \d+$/ })
    return new ResourceGroup(groups.last())
  }

  resourceGroup(n: number): ResourceGroup {
    return new ResourceGroup(this.root.getByRole('group', { name: `Resource group ${n}`, exact: true }))
  }

  note(): Locator {
    return this.root.getByRole('textbox', { name: 'Note' })
  }

  summary(): Locator {
    return this.root.getByTestId('rule-summary')
  }
}

/** BuilderPage: the whole app. */
export class BuilderPage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/${query}`)
    await expect(this.page.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  }

  /** gotoWithClipboard: goto, the page allowed to read and write the clipboard (copy and paste journeys). */
  async gotoWithClipboard(query = ''): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await this.goto(query)
  }

  rules(): Locator {
    return this.page.getByRole('group', { name: /^Rule \d+$/ })
  }

  rule(n: number): RuleCard {
    return new RuleCard(this.page, this.page.getByRole('group', { name: `Rule ${n}`, exact: true }))
  }

  async addRule(): Promise<RuleCard> {
    const before = await this.rules().count()
    await this.page.getByRole('button', { name: 'Add rule' }).click()
    await expect(this.rules()).toHaveCount(before + 1)
    return this.rule(before + 1)
  }

  /**
   * addRuleWith adds a rule and fills it as a user would: its level (Metadata stays when none is given), then each
   * chip field by its label in the order given, then one resource group per list of resources (core group).
   */
  async addRuleWith(spec: {
    level?: string
    chips?: Readonly<Record<string, readonly string[]>>
    resources?: ReadonlyArray<readonly string[]>
  }): Promise<RuleCard> {
    const rule = await this.addRule()
    if (spec.level !== undefined) await rule.setLevel(spec.level)
    for (const [label, values] of Object.entries(spec.chips ?? {})) await rule.addChips(label, ...values)
    for (const resources of spec.resources ?? [])
      await (await rule.addResourceGroup()).addResources(...resources)
    return rule
  }

  /** addDkpDocsExample2: the DKP docs' example 2 (src/testing/dkpExample.ts) built in the forms, its two rules. */
  async addDkpDocsExample2(): Promise<[RuleCard, RuleCard]> {
    const first = await this.addRuleWith({ chips: { 'User groups': ['system:authenticated'] } })
    const second = await this.addRuleWith({
      level: 'None',
      chips: { 'User groups': ['system:serviceaccounts'] },
    })
    return [first, second]
  }

  async loadPreset(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Presets' }).click()
    await chooseItem(this.page.getByRole('menuitem', { name: title }))
  }

  /** outputPanel: the open output tab's panel (Policy, Secret, …), apart from the tool panels below it. */
  outputPanel(): Locator {
    return this.page.getByRole('region', { name: 'Preview' }).getByRole('tabpanel')
  }

  async openTab(tab: OutputTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab, exact: true }).click()
    await expect(this.page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    )
  }

  /** download clicks the open tab's Download button and returns the saved file's name and text. */
  async download(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download', exact: true }).click(),
    ])
    const path = await download.path()
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
  }
}

/** decodeSecret returns the policy text inside a Secret manifest (data.audit-policy.yaml, base64). */
export function decodeSecret(manifest: string): string {
  const m = /^ {2}audit-policy\.yaml: ([A-Za-z0-9+/=]+)$/m.exec(manifest)
  if (!m) throw new Error(`no data.audit-policy.yaml in:\n${manifest}`)
  return Buffer.from(m[1]!, 'base64').toString('utf8')
}
