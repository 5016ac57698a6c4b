// The builder in Russian (issue 14): a browser whose language is Russian gets the Russian UI; the main journey
// runs in Russian; the header's switch changes the language and back without touching the work; and the open
// panels and dialogs show no English words beyond the API terms of e2e/russian-allowlist.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, expectNoSeriousA11yViolations, test } from './fixtures'
import { canonical } from './helpers'
import { decodeSecret, RuleCard } from './pages/BuilderPage'
import { pressPaste, putOnClipboard, YamlEditor } from './pages/KeepWorkPages'
import { API_TERMS } from './russian-allowlist'
import { DKP_DOCS_EXAMPLE_2_TEXT } from '../src/testing/dkpExample.ts'
import { chooseItem } from './pages/MenuChoice'

test.use({ locale: 'ru-RU' })

const EXAMPLE = canonical(DKP_DOCS_EXAMPLE_2_TEXT)

/** The Russian page, located by its Russian names. */
class RussianBuilder {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async goto(): Promise<void> {
    await this.page.goto('/')
    await expect(this.page.getByRole('heading', { name: 'Конструктор политики аудита' })).toBeVisible()
  }

  rules() {
    return this.page.getByRole('group', { name: /^Правило \d+$/ })
  }

  rule(n: number): RuleCard {
    return new RuleCard(this.page, this.page.getByRole('group', { name: `Правило ${n}`, exact: true }))
  }

  async addRule(): Promise<RuleCard> {
    const before = await this.rules().count()
    await this.page.getByRole('button', { name: 'Добавить правило' }).click()
    await expect(this.rules()).toHaveCount(before + 1)
    return this.rule(before + 1)
  }

  async setLevel(rule: RuleCard, level: string): Promise<void> {
    const select = rule.root.getByRole('combobox', { name: 'level', exact: true })
    await select.click()
    await chooseItem(this.page.getByRole('option', { name: new RegExp(`^${level} `) }))
    await expect(select).toHaveText(level)
  }

  async addGroup(rule: RuleCard, group: string): Promise<void> {
    const input = rule.root.getByRole('combobox', { name: 'userGroups', exact: true })
    await input.click()
    await input.pressSequentially(group)
    await input.press('Enter')
    await input.press('Escape')
    await expect(rule.root.getByRole('button', { name: group })).toBeVisible()
  }

  async openTab(name: string): Promise<void> {
    const tab = this.page.getByRole('region', { name: 'Результат' }).getByRole('tab', { name, exact: true })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
  }

  tools() {
    return this.page.getByRole('region', { name: 'Инструменты' })
  }

  async openTool(name: RegExp) {
    const tab = this.tools().getByRole('tab', { name })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    return this.tools().getByRole('tabpanel')
  }

  language() {
    return this.page.getByRole('banner').getByRole('combobox', { name: 'Язык' })
  }
}

/** buildExample builds the DKP docs' example 1 and then drops service accounts, by clicking and typing. */
async function buildExample(app: RussianBuilder): Promise<void> {
  const first = await app.addRule()
  await app.setLevel(first, 'Metadata')
  await app.addGroup(first, 'system:authenticated')
  const second = await app.addRule()
  await app.setLevel(second, 'None')
  await app.addGroup(second, 'system:serviceaccounts')
}

/**
 * englishWords: the Latin-letter words the open page shows (text, labels, titles, placeholders) that are not in
 * the allowlist. Code (the policy text, the Secret, commands) and identifiers (system:authenticated, /healthz,
 * omitStages) are not words to translate and are left out, and so are the words of the user's own values
 * (`theirs`), which a finding quotes as they are.
 */
async function englishWords(page: Page, theirs: readonly string[] = []): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const CODE = 'pre, code, textarea, .monaco-editor, [data-testid="plain-code"]'
    const out: string[] = []
    const visible = (el: Element) =>
      !el.closest(CODE) &&
      !el.closest('[aria-hidden="true"]') &&
      (el as HTMLElement).checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) !== false
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement
      if (parent && visible(parent) && n.textContent?.trim()) out.push(n.textContent)
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      if (visible(el))
        for (const a of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(a)
          if (v) out.push(v)
        }
    return out
  })
  const found = new Set<string>()
  for (const text of texts) {
    const words: string[] = []
    for (const token of text.match(/[A-Za-z0-9:./_*#@+-]+/g) ?? []) {
      // Identifiers: a digit, a colon, a slash, a dot, an underscore, an inner capital.
      if (/[0-9:./_*#@+]/.test(token) || /[a-z][A-Z]/.test(token)) continue
      for (const word of token.split('-'))
        if (/^[A-Za-z]+$/.test(word) && !API_TERMS.has(word) && !theirs.includes(word)) words.push(word)
    }
    // The words, and where they were (the start of the text), so that a failure says what to translate.
    if (words.length > 0) found.add(`${words.join(' ')} — in “${text.trim().slice(0, 80)}”`)
  }
  return [...found].sort()
}

test('a Russian browser gets the builder in Russian: build the DKP example, read a finding, test a request, copy the Secret', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const app = new RussianBuilder(page)
  await app.goto()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(app.language()).toHaveValue('ru')
  await expect(page.getByText('Правил пока нет')).toBeVisible()

  await buildExample(app)
  await app.rule(1).root.getByRole('button', { name: 'Свернуть правило' }).click()
  await expect(app.rule(1).summary()).toHaveText('Metadata · группа system:authenticated · все verbs')

  // Rule 2 can never match (service accounts are authenticated): a warning, counted in Russian plurals.
  const problems = await app.openTool(/^Проблемы/)
  await expect(problems.getByTestId('problems-counts')).toHaveText(
    /^0 ошибок · \d+ предупреждени(е|я|й) · \d+ замет(ка|ки|ок)$/,
  )
  const warnings = problems
    .getByRole('listitem')
    .filter({ has: page.getByRole('img', { name: 'Предупреждение' }) })
  // The one with a fix: rule 2 moves above rule 1.
  const finding = warnings.filter({ has: page.getByRole('button', { name: /^Исправить: / }) })
  await expect(finding).toHaveCount(1)
  await expect(finding).toContainText('Правило 2')
  // The finding's message takes the user to rule 2.
  await finding.getByRole('button').first().click()
  await expect(app.rule(2).root).toBeFocused()
  await expectNoSeriousA11yViolations(page)

  // A kubectl get pods by an admin: rule 1 (Metadata) decides.
  const simulator = await app.openTool(/^Проверить запрос/)
  await simulator.getByRole('button', { name: 'kubectl get pods', exact: true }).click()
  await expect(simulator.getByTestId('simulated-level')).toHaveText('Metadata')

  // The Secret is the same bytes whatever the language.
  await app.openTab('Secret')
  await page.getByRole('region', { name: 'Результат' }).getByRole('button', { name: 'Копировать' }).click()
  await expect(page.getByText('Скопировано в буфер обмена')).toBeVisible()
  const secret = await page.evaluate(() => navigator.clipboard.readText())
  expect(decodeSecret(secret)).toBe(EXAMPLE)
})

test('the header switch changes the language and back; the policy, the YAML text, the target and the version stay', async ({
  page,
}) => {
  const app = new RussianBuilder(page)
  await app.goto()
  await buildExample(app)
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  const version = page.getByRole('combobox', { name: 'Версия Kubernetes' })
  // Another version than the target's default.
  const before = await version.inputValue()
  const versions = await version
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  const chosenVersion = versions.find((v) => v !== before)!
  await version.selectOption(chosenVersion)
  await expect(version).toHaveValue(chosenVersion)
  // A YAML text that does not read yet (a comment of the user's and a broken line) is work too.
  const yaml = new YamlEditor(page, 'Результат')
  await app.openTab('Policy')
  await yaml.ready()
  const typed = `# политика нашего кластера\n${EXAMPLE}  - level: [\n`
  await yaml.replaceAll(typed)
  await expect(page.getByRole('region', { name: 'Результат' })).toContainText('Формы показывают последнюю')

  await app.language().selectOption('en')
  await expect(page.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Language' })).toHaveValue('en')
  await expect(page.getByRole('group', { name: /^Rule \d+$/ })).toHaveCount(2)
  await expect(page.getByRole('button', { name: 'Kubernetes', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('combobox', { name: 'Kubernetes version' })).toHaveValue(chosenVersion)
  const english = new YamlEditor(page)
  await english.ready()
  await expect.poll(() => english.fullText()).toBe(typed)

  await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('ru')
  await expect(page.getByRole('heading', { name: 'Конструктор политики аудита' })).toBeVisible()
  await expect(app.rules()).toHaveCount(2)
  await yaml.ready()
  await expect.poll(() => yaml.fullText()).toBe(typed)
  // The choice is remembered: a reload stays in Russian.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Конструктор политики аудита' })).toBeVisible()
})

test('the open panels and dialogs show no English beyond the API terms', async ({ page }) => {
  const app = new RussianBuilder(page)
  await app.goto()
  const scans: Record<string, string[]> = {}
  const scan = async (where: string) => {
    scans[where] = await englishWords(page)
  }
  await scan('empty page')
  await buildExample(app)
  await app.rule(1).root.getByRole('button', { name: 'Свернуть правило' }).click()
  await scan('rules, one collapsed')
  for (const tab of ['Secret', 'ModuleConfig', 'Команды', 'Policy']) {
    await app.openTab(tab)
    await scan(`preview tab ${tab}`)
  }
  await app.openTool(/^Проблемы/)
  await scan('Problems')
  for (const tool of [/^Проверить запрос/, /^Итоговая политика/, /^Анализ журнала/, /^Сравнить/]) {
    const panel = await app.openTool(tool)
    if (tool.source.includes('Проверить'))
      await panel.getByRole('button', { name: 'kubectl get pods', exact: true }).click()
    await expect(panel).not.toBeEmpty()
    await scan(`tool ${tool.source}`)
  }
  await page.getByRole('button', { name: 'Наборы' }).click()
  await expect(page.getByRole('menu')).toBeVisible()
  await scan('presets menu')
  await page.keyboard.press('Escape')
  for (const [button, dialog] of [
    ['Импорт', 'Импорт политики'],
    ['Поделиться', 'Поделиться политикой'],
    ['Новая политика', 'Начать новую политику?'],
  ] as const) {
    await page.getByRole('banner').getByRole('button', { name: button, exact: true }).click()
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible()
    await scan(`dialog ${dialog}`)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toBeHidden()
  }
  expect(Object.fromEntries(Object.entries(scans).filter(([, words]) => words.length > 0))).toEqual({})
})

test('what could not be read is said in Russian: saved work, a share link, a pasted request; the YAML hover too', async ({
  page,
}) => {
  // Saved work whose rules are not a list: the builder starts empty and says why.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(
        'audit-policy-builder:work',
        '{"format":"audit-policy-builder","version":1,"doc":{"policy":{"rules":"oops"}}}',
      )
      sessionStorage.setItem('seeded', '1')
    }
  })
  const app = new RussianBuilder(page)
  await app.goto()
  const scans: Record<string, string[]> = {}
  const banner = page.getByRole('banner')
  await expect(banner).toContainText(
    'Сохранённую работу не удалось прочитать (в политике нет списка правил), поэтому конструктор открылся пустым.',
  )
  scans['unreadable saved work'] = await englishWords(page)

  // A share link made by a newer version: said, and the work is left as it is.
  await app.addRule()
  await page.goto('/#share=v9.AAAA')
  const link = banner.getByRole('alert').filter({ hasText: 'Ссылку создала более новая версия' })
  await expect(link).toContainText('Ваша текущая работа не изменилась.')
  await expect(app.rules()).toHaveCount(1)
  scans['broken share link'] = await englishWords(page)
  await link.getByRole('button', { name: 'Закрыть' }).click()
  await expect(link).toBeHidden()

  // A paste the simulator cannot read.
  const simulator = await app.openTool(/^Проверить запрос/)
  await simulator.getByRole('textbox', { name: 'Вставьте событие аудита или метод и URL' }).fill('{"verb": ')
  await simulator.getByRole('button', { name: 'Заполнить форму' }).click()
  await expect(simulator).toContainText('это не корректный JSON: вставьте одно событие аудита на строку')
  scans['unreadable paste'] = await englishWords(page)
  expect(Object.fromEntries(Object.entries(scans).filter(([, words]) => words.length > 0))).toEqual({})

  // The YAML editor's hover texts are Russian; the field names stay the API's.
  const yaml = new YamlEditor(page, 'Результат')
  await app.openTab('Policy')
  await yaml.ready()
  await yaml.replaceAll(
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    nonResourceURLs: ["/healthz"]\n',
  )
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Пути non-resource URL' })
  // The editor redraws its lines while the text settles: point at the field until its hover shows.
  await expect(async () => {
    const key = yaml.root.locator('.view-line span', { hasText: 'nonResourceURLs' }).first()
    await key.scrollIntoViewIfNeeded()
    const box = (await key.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await expect(hover).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 30_000 })
})

test('importing a Secret of another namespace and a broken ModuleConfig says why in Russian', async ({
  page,
}) => {
  const app = new RussianBuilder(page)
  await app.goto()
  const policy = Buffer.from(EXAMPLE).toString('base64')
  const text = [
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: audit-policy\n  namespace: default\ndata:\n  audit-policy.yaml: ${policy}\n`,
    'apiVersion: deckhouse.io/v1alpha1\nkind: ModuleConfig\nmetadata:\n  name: control-plane-manager\nspec:\n  version: 7\n  settings:\n    apiserver:\n      auditLog:\n        output: Syslog\n',
  ].join('---\n')
  await page.getByRole('banner').getByRole('button', { name: 'Импорт', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Импорт политики' })
  await putOnClipboard(page, text)
  await pressPaste(page, dialog.getByRole('textbox', { name: 'Текст Policy, Secret или ModuleConfig' }))
  const summary = dialog.getByRole('status', { name: 'Что будет импортировано' })
  await expect(summary).toContainText('Secret default/audit-policy: 2 правила')
  await expect(summary).toContainText(
    'это Secret default/audit-policy; DKP читает только kube-system/audit-policy',
  )
  await expect(summary).toContainText('spec.version 7 — не 1, 2 и не 3; оставлена текущая версия')
  await expect(summary).toContainText('auditLog.output должен быть File или Stdout, а не "Syslog"; не учтено')
  // "Syslog" is the value in the user's ModuleConfig, quoted as it is.
  expect(await englishWords(page, ['Syslog'])).toEqual([])
})

test('Compare measured on a log in Russian: sizes in Russian units, every word Russian', async ({ page }) => {
  const base = readFileSync(join(process.cwd(), 'src/testdata/diff/base.yaml'), 'utf8')
  const app = new RussianBuilder(page)
  await app.goto()
  await page.getByRole('button', { name: 'Kubernetes', exact: true }).click()
  await page.getByRole('banner').getByRole('button', { name: 'Импорт', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Импорт политики' })
  await putOnClipboard(page, base)
  await pressPaste(page, dialog.getByRole('textbox', { name: 'Текст Policy, Secret или ModuleConfig' }))
  await dialog.getByRole('button', { name: 'Импортировать', exact: true }).click()
  await expect(app.rules()).toHaveCount(4)

  const compare = await app.openTool(/^Сравнить/)
  await compare.getByRole('textbox', { name: 'Базовая политика (YAML, JSON или Secret)' }).fill(base)
  await compare.getByRole('button', { name: 'Сравнить', exact: true }).click()
  const analyzer = await app.openTool(/^Анализ журнала/)
  const chooser = page.waitForEvent('filechooser')
  await analyzer.getByRole('button', { name: 'Выбрать файлы' }).click()
  await (await chooser).setFiles(join(process.cwd(), 'src/testdata/diff/audit.log'))
  await expect(
    analyzer.getByRole('table', { name: 'Запросы, решённые каждым правилом, и их объём в байтах' }),
  ).toBeVisible({ timeout: 30_000 })

  await app.rule(2).root.getByRole('button', { name: 'Развернуть правило' }).click()
  await app.setLevel(app.rule(2), 'Request')
  await app.openTool(/^Сравнить/)
  const onLog = compare.getByRole('region', { name: 'Измерено на журнале из «Анализа журнала»' })
  // Sizes per day in binary units, as Russian writes them (a decimal comma, КиБ/МиБ).
  await expect(onLog.getByRole('row').nth(1)).toHaveText(/^Исходная[\d\s\u00a0]+[\d,]+\s(КиБ|МиБ)$/)
  await expect(onLog).not.toContainText(/\b(B|KiB|MiB|GiB)\b/)
  // "configmaps" is a resource of the user's policy, shown as it is.
  expect(await englishWords(page, ['configmaps'])).toEqual([])
})

test('on a phone-sized screen the other language is in "More actions"', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const app = new RussianBuilder(page)
  await app.goto()
  await app.addRule()
  await expect(app.language()).toBeHidden()
  await page.getByRole('button', { name: 'Другие действия' }).click()
  await chooseItem(page.getByRole('menuitem', { name: 'English' }))
  await expect(page.getByRole('heading', { name: 'Audit Policy Builder' })).toBeVisible()
  await expect(page.getByRole('group', { name: /^Rule \d+$/ })).toHaveCount(1)
  await page.getByRole('button', { name: 'More actions' }).click()
  await expect(page.getByRole('menuitem', { name: 'Русский' })).toBeVisible()
})

/**
 * The rule cards whose buttons sit below the rule's name (the page's own measure: each card's "Удалить правило"
 * below the bottom of its name), read in one go.
 */
async function cardsWithButtonsBelowName(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="group"][aria-label^="Правило "]')].flatMap((card) => {
      const name = card.querySelector('h3')?.getBoundingClientRect()
      const remove = card.querySelector('button[aria-label="Удалить правило"]')?.getBoundingClientRect()
      if (!name || !remove || name.height === 0) return []
      return remove.top >= name.bottom ? [card.getAttribute('aria-label')!] : []
    }),
  )
}

test('on a phone-sized screen a rule’s buttons stay on its first line, right after a delete too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const app = new RussianBuilder(page)
  await app.goto()
  // Long level names and two-digit rule numbers: "Правило 10" beside "RequestResponse" and five buttons is wider
  // than a phone's card.
  const levels = ['RequestResponse', 'Metadata', 'Request', 'None']
  const rules = Array.from(
    { length: 11 },
    (_, i) => `  - level: ${levels[i % levels.length]}\n    users: ["user-${i + 1}"]\n`,
  )
  await page.getByRole('button', { name: 'Другие действия' }).click()
  await chooseItem(page.getByRole('menuitem', { name: 'Импорт' }))
  const dialog = page.getByRole('dialog', { name: 'Импорт политики' })
  await putOnClipboard(page, `apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n${rules.join('')}`)
  await pressPaste(page, dialog.getByRole('textbox', { name: 'Текст Policy, Secret или ModuleConfig' }))
  await dialog.getByRole('button', { name: 'Импортировать', exact: true }).click()
  await expect(app.rules()).toHaveCount(11)
  await expect(app.rule(11).root.getByRole('button', { name: 'Удалить правило' })).toBeVisible()
  expect(await cardsWithButtonsBelowName(page)).toEqual([])

  // Right after the delete (the cards renumbered, the notice shown), and once the list has settled.
  await app.rule(1).root.getByRole('button', { name: 'Удалить правило' }).click()
  expect(await cardsWithButtonsBelowName(page)).toEqual([])
  await expect(page.getByText('Правило 1 удалено')).toBeVisible()
  expect(await cardsWithButtonsBelowName(page)).toEqual([])
  await expect(app.rules()).toHaveCount(10)
  await expect(page.getByRole('button', { name: 'Добавить правило' })).toBeFocused()
  expect(await cardsWithButtonsBelowName(page)).toEqual([])
})

test('a text that does not read, its guard, a comparison’s changes and the phone menu say it in Russian', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const app = new RussianBuilder(page)
  await app.goto()
  const scans: Record<string, string[]> = {}
  await page.getByRole('button', { name: 'Другие действия' }).click()
  await expect(page.getByRole('menu')).toBeVisible()
  scans['phone menu'] = await englishWords(page)
  await chooseItem(page.getByRole('menuitem', { name: 'Импорт' }))

  // The import dialog with a text kube-apiserver cannot read: its message quoted as it writes it.
  const dialog = page.getByRole('dialog', { name: 'Импорт политики' })
  const box = dialog.getByRole('textbox', { name: 'Текст Policy, Secret или ModuleConfig' })
  await putOnClipboard(page, 'rules:\n  - level: [\n')
  await pressPaste(page, box)
  await expect(dialog).toContainText('yaml: line 2: did not find expected node content')
  // DKP's and kube-apiserver's words, quoted as they write them.
  const decoding = [
    ...['invalid', 'format', 'error', 'converting', 'to', 'failed', 'decoding', 'yaml', 'line'],
    ...['did', 'not', 'find', 'expected', 'node', 'content'],
  ]
  scans['import dialog: not readable'] = await englishWords(page, decoding)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The example, then a YAML text that does not read: the notice, and Copy's guard.
  await buildExample(app)
  await app.openTab('Policy')
  const yaml = new YamlEditor(page, 'Результат')
  await yaml.ready()
  await yaml.replaceAll(`${EXAMPLE}  - level: [\n`)
  const preview = page.getByRole('region', { name: 'Результат' })
  await expect(preview).toContainText('Формы показывают последнюю')
  scans['broken YAML text'] = await englishWords(page, decoding)
  await preview.getByRole('button', { name: 'Копировать' }).click()
  const guard = page.getByRole('dialog', { name: 'Этот текст не читается как политика' })
  await expect(guard).toBeVisible()
  scans['copy guard'] = await englishWords(page, decoding)
  await page.keyboard.press('Escape')
  await expect(guard).toBeHidden()
  await yaml.replaceAll(EXAMPLE)
  await expect(preview).not.toContainText('Формы показывают последнюю')

  // A comparison with a base that differs: the changes in behaviour and the text's differences.
  const compare = await app.openTool(/^Сравнить/)
  await compare
    .getByRole('textbox', { name: 'Базовая политика (YAML, JSON или Secret)' })
    .fill(EXAMPLE.replace('level: None', 'level: Request'))
  await compare.getByRole('button', { name: 'Сравнить', exact: true }).click()
  await expect(compare.getByText('Изменения поведения')).toBeVisible()
  scans['compare: changes'] = await englishWords(page)
  await compare.getByRole('button', { name: 'Различия в тексте' }).click()
  scans['compare: text'] = await englishWords(page)
  expect(Object.fromEntries(Object.entries(scans).filter(([, words]) => words.length > 0))).toEqual({})
})
