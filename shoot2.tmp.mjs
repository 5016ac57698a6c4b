import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const text = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: RequestResponse
  verbs: ["create", "get", "list"]
  resources:
  - group: ""
    resources: ["pods", "secrets"]
- level: Metadata
  resources:
  - group: "*"
    resources: ["*/status"]
- level: Request
`
for (const [locale, w] of [['en-US', 1440], ['ru-RU', 1440], ['en-US', 390]]) {
  const ctx = await browser.newContext({ locale, viewport: { width: w, height: 900 } })
  const page = await ctx.newPage()
  await page.goto('http://localhost:4314/')
  const ru = locale.startsWith('ru')
  await page.getByRole('button', { name: ru ? 'Импорт' : 'Import', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox').first().fill(text)
  await dialog.getByRole('button', { name: ru ? /^(Импортировать|Заменить политику)$/ : /^(Import|Replace policy)$/ }).click()
  await page.waitForTimeout(1500)
  const tools = page.getByRole('region', { name: ru ? 'Инструменты' : 'Tools' })
  await tools.getByRole('tab', { name: ru ? /^Проблемы/ : /^Problems/ }).click()
  await page.getByRole('button', { name: ru ? 'Развернуть панель инструментов' : 'Enlarge the tools panel' }).click().catch(() => {})
  await page.waitForTimeout(1000)
  const notes = tools.getByRole('button', { name: ru ? /^Показать \d+ замет/ : /^Show \d+ notes$/ })
  await notes.click()
  await page.waitForTimeout(500)
  await tools.screenshot({ path: `/tmp/findings-shots/star-${ru ? 'ru' : 'en'}-${w}-tools.png` })
  await page.screenshot({ path: `/tmp/findings-shots/star-${ru ? 'ru' : 'en'}-${w}-top.png` })
  await ctx.close()
}
await browser.close()
