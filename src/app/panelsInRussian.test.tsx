// @vitest-environment jsdom
// The lazily loaded panels rendered with Russian chosen at start: the effective policy and the request simulator
// show the Russian sentences, and none of their English twins.
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { effective as enEffective, simulatorPanel as enSimulator } from '../i18n/en/verifyPanels.ts'
import { effective as ruEffective, simulatorPanel as ruSimulator } from '../i18n/ru/verifyPanels.ts'
import { compare as enCompare } from '../i18n/en/compare.ts'
import { compare as ruCompare } from '../i18n/ru/compare.ts'
import { analyzer as enAnalyzer } from '../i18n/en/analyzer.ts'
import { analyzer as ruAnalyzer } from '../i18n/ru/analyzer.ts'
import { analyzeSync } from '../auditlog/analyze.ts'
import { setActiveLocale as setStaticLocale } from '../i18n/locale.ts'
import { anEvent, logBytes } from '../testing/auditlog/testkit.ts'
import { stubMatchMedia } from '../testing/matchMedia.ts'

beforeAll(stubMatchMedia)

afterEach(() => {
  cleanup()
  setStaticLocale('en')
  vi.doUnmock('../i18n/index.ts')
  vi.resetModules()
})

/** load: the panels and the store, loaded afresh after the language is set, as the app loads them. */
async function load() {
  vi.resetModules()
  // The first screen's strings (index.ts, which may choose the language itself) stay English here: what is
  // tested is what the panels' own strings say.
  vi.doMock('../i18n/index.ts', async (importOriginal) => {
    const original = await importOriginal<typeof import('../i18n/index.ts')>()
    // Choosing the language at start is index.ts's job: whatever it chose here, Russian is under test.
    ;(await import('../i18n/locale.ts')).setActiveLocale('ru')
    return { ...original, t: (await import('../i18n/en.ts')).en }
  })
  const { setActiveLocale } = await import('../i18n/locale.ts')
  setActiveLocale('ru')
  // The expected sentences below come from this file's own copy of the modules: Russian there too.
  setStaticLocale('ru')
  const [{ EffectivePanel }, { SimulatorPanel }, { ComparePanel }, { ReportView }, state, base] =
    await Promise.all([
      import('../features/effective/EffectivePanel.tsx'),
      import('../features/simulator/SimulatorPanel.tsx'),
      import('../features/compare/ComparePanel.tsx'),
      import('../features/analyzer/ReportView.tsx'),
      import('../state/index.ts'),
      import('../state/compareBase.ts'),
    ])
  const store = state.createEditorStore(
    state.createDocument({
      rules: [
        { level: 'None', users: ['system:kube-proxy'] },
        { level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] },
      ],
    }),
  )
  const setBase = base.setCompareBase
  return {
    EffectivePanel,
    SimulatorPanel,
    ComparePanel,
    ReportView,
    setBase,
    StoreProvider: state.StoreProvider,
    store,
  }
}

/** sentences: the texts of a strings tree that read as words (not a command or a list of API words). */
function sentences(tree: object): string[] {
  return Object.values(tree).flatMap((v): string[] =>
    typeof v === 'string'
      ? v.length > 12 && /[a-z]{3,} [a-z]{3,}/.test(v)
        ? [v]
        : []
      : typeof v === 'object' && v
        ? sentences(v)
        : [],
  )
}

/** englishTwins: the English sentences that Russian says otherwise (commands such as kubectl get pods stay). */
const englishTwins = (en: object, ru: object) => {
  const same = new Set(sentences(ru))
  return sentences(en).filter((s) => !same.has(s))
}

describe('the verify panels in Russian', () => {
  it('the effective policy: the sections and the summary in Russian, no English sentence of its own', async () => {
    const { EffectivePanel, StoreProvider, store } = await load()
    render(
      <StoreProvider store={store}>
        <EffectivePanel />
      </StoreProvider>,
    )
    expect(await screen.findByText(ruEffective.userTitle(2))).toBeTruthy()
    expect(screen.getByText(ruEffective.tailTitle)).toBeTruthy()
    expect(document.body.textContent).toContain('Ваше правило 1')
    expect(document.body.textContent).toMatch(/kube-apiserver выполняет \d+ правил/)
    for (const english of englishTwins(enEffective, ruEffective))
      expect(document.body.textContent).not.toContain(english)
  })

  it('the simulator: the verdict, the form and the saved requests in Russian, no English sentence of its own', async () => {
    const { SimulatorPanel, StoreProvider, store } = await load()
    render(
      <StoreProvider store={store}>
        <SimulatorPanel />
      </StoreProvider>,
    )
    expect(await screen.findByText(ruSimulator.trace.heading)).toBeTruthy()
    expect(screen.getByText(ruSimulator.saved.heading)).toBeTruthy()
    expect(screen.getAllByText(ruSimulator.fields.user).length).toBeGreaterThan(0)
    expect(document.body.textContent).toMatch(/Проверено по действующей политике DKP: \d+ правил/)
    for (const english of englishTwins(enSimulator, ruSimulator))
      expect(document.body.textContent).not.toContain(english)
  })

  it('the comparison: the changes in words, in Russian, with none of its English sentences', async () => {
    const { ComparePanel, setBase, StoreProvider, store } = await load()
    setBase({
      policy: { rules: [{ level: 'Metadata', resources: [{ group: '', resources: ['secrets'] }] }] },
      summary: 'cluster.yaml',
    })
    render(
      <StoreProvider store={store}>
        <ComparePanel />
      </StoreProvider>,
    )
    expect(await screen.findByText(ruCompare.baseFrom('cluster.yaml'))).toBeTruthy()
    expect(screen.getByText('Правило 1 добавлено')).toBeTruthy()
    expect(document.body.textContent).toMatch(/\d+ изменени(е|я|й) в том, что записывается/)
    expect(document.body.textContent).toContain('для secrets (core)')
    for (const english of englishTwins(enCompare, ruCompare))
      expect(document.body.textContent).not.toContain(english)
    setBase(null)
  })

  it('the log analysis: the report in Russian, with none of its English sentences', async () => {
    const { ReportView, StoreProvider, store } = await load()
    // Two hours of requests, one exec still open, a line that is not JSON and one of another API version.
    const at = (minute: number) =>
      `2026-11-25T${String(10 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000000Z`
    const lines = [
      ...Array.from({ length: 120 }, (_, m) =>
        anEvent({ requestReceivedTimestamp: at(m), stageTimestamp: at(m), verb: m % 3 ? 'get' : 'list' }),
      ),
      anEvent({
        stage: 'ResponseStarted',
        verb: 'create',
        requestURI: '/api/v1/namespaces/default/pods/web/exec',
        objectRef: {
          resource: 'pods',
          subresource: 'exec',
          namespace: 'default',
          name: 'web',
          apiVersion: 'v1',
        },
      }),
      anEvent({ apiVersion: 'audit.k8s.io/v1beta1' }),
      '{not json',
    ]
    const policies = [
      {
        id: 'policy',
        policy: { rules: [{ level: 'None' as const, verbs: ['list'] }, { level: 'Request' as const }] },
      },
    ]
    const { report } = analyzeSync([{ name: 'audit.log', chunks: [logBytes(lines)] }], policies)
    render(
      <StoreProvider store={store}>
        <ReportView report={report} policies={policies} onRescan={() => {}} />
      </StoreProvider>,
    )
    expect(await screen.findByText(ruAnalyzer.problems.heading(1))).toBeTruthy()
    // The timeline's chart loads lazily: wait for its caption.
    expect(
      await screen.findByText(/^Каждый столбец — \d+ минут(а|ы)? \(UTC\)\.$/, {}, { timeout: 30_000 }),
    ).toBeTruthy()
    const text = () => document.body.textContent ?? ''
    expect(text()).toMatch(/Прочитано [\d,]+ КиБ за [\d,]+ с, 1 файл: audit\.log/)
    expect(text()).toContain(ruAnalyzer.open.heading(1))
    expect(text()).toContain(ruAnalyzer.problems.heading(1))
    expect(text()).toContain(ruAnalyzer.notes.otherVersion(1))
    expect(text()).toContain(ruAnalyzer.rules.heading)
    for (const english of englishTwins(enAnalyzer, ruAnalyzer)) expect(text()).not.toContain(english)
  }, 60_000)
})
