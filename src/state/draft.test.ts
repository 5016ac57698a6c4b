// The YAML editor's draft and its reading into the document (two-way YAML, the text → forms half).
import { describe, expect, it, vi } from 'vitest'
import { t } from '../i18n/index.ts'
import { serializePolicy } from '../policy/serialize.ts'
import { aPolicy, aRule } from '../testing/builders.ts'
import { setRuleField, setTarget } from './edits.ts'
import { createDocument } from './document.ts'
import { draftFor, draftToKeep, editorText } from './draft.ts'
import { createDraftEditor } from './draftReading.ts'
import { MAX_RULES } from './storedWork.ts'
import { createEditorStore } from './store.ts'
import { BIG_TEXT, loadTextPatcher } from './textSync.ts'

// vi.waitFor gives up after 1 s by default: the first reading imports and transforms the reader, which takes
// longer on a loaded machine. Wait for the condition, up to the budget src/testing/setup.ts gives Testing Library.
const UNTIL = { timeout: 15_000 }

const POLICY = aPolicy([aRule({ level: 'None', users: ['system:kube-proxy'] }), aRule()])

function setup(target: 'kube-apiserver' | 'deckhouse' = 'kube-apiserver') {
  const store = createEditorStore(createDocument(POLICY, target))
  const editor = createDraftEditor(store, undefined, 0)
  const drafts = draftFor(store)
  const shown = () => editorText(drafts.get(), store.getState().doc.policy)
  const settled = () => vi.waitFor(() => expect(drafts.get()?.status).not.toBe('reading'), UNTIL)
  return { store, editor, drafts, shown, settled }
}

const canonical = serializePolicy(POLICY)

describe('reading the YAML editor into the document', () => {
  it('takes a valid text into the forms and keeps the text as typed', async () => {
    const { store, editor, shown, settled } = setup()
    const typed = canonical.replace('level: None', 'level: Request') + '# trailing comment\n'
    editor.edit(typed)
    expect(shown()).toBe(typed)
    await settled()
    expect(store.getState().doc.policy.rules[0]!.level).toBe('Request')
    expect(shown()).toBe(typed)
  })

  it('keeps the ids of unchanged rules, so their forms do not remount', async () => {
    const { store, editor, settled } = setup()
    const before = store.getState().doc.ruleIds
    editor.edit(canonical.replace('level: Metadata', 'level: Request'))
    await settled()
    expect(store.getState().doc.ruleIds).toEqual(before)
  })

  it('turns a comment right above a rule into its note', async () => {
    const { store, editor, settled } = setup()
    editor.edit(canonical.replace('  - level: Metadata', '  # catch-all\n  - level: Metadata'))
    await settled()
    expect(store.getState().doc.policy.rules[1]!.note).toBe('catch-all')
  })

  it('keeps the forms at the last good policy while the text does not read, and says where', async () => {
    const { store, editor, drafts, shown, settled } = setup()
    const broken = canonical.replace('  - level: Metadata', '  - level: Metadata\n   users: [a')
    editor.edit(broken)
    await settled()
    expect(store.getState().doc.policy).toBe(POLICY)
    expect(drafts.get()).toMatchObject({ status: 'broken', problem: { line: expect.any(Number) } })
    expect(shown()).toBe(broken)
    expect(draftToKeep(drafts.get(), store.getState().doc.policy)).toBe(broken)
  })

  it('lets a form change win over a broken text, which can be brought back', async () => {
    const { store, editor, shown, settled } = setup()
    const broken = canonical + 'rules: [\n'
    editor.edit(broken)
    await settled()
    store.dispatch(setRuleField, 0, 'level', 'Metadata')
    expect(shown()).toBe(serializePolicy(store.getState().doc.policy))
    editor.bringBack()
    expect(shown()).toBe(broken)
  })

  it('merges a burst of typing into one undo step', async () => {
    const { store, editor, settled } = setup()
    editor.edit(canonical.replace('level: None', 'level: Request'))
    await settled()
    editor.edit(canonical.replace('level: None', 'level: RequestResponse'))
    await settled()
    expect(store.getState().history.past).toHaveLength(1)
    store.undo()
    expect(store.getState().doc.policy.rules[0]!.level).toBe('None')
  })

  it('reads the text again when the target changes (DKP refuses unknown fields)', async () => {
    const { store, editor, drafts, settled } = setup()
    editor.edit(canonical.replace('  - level: Metadata', '  - level: Metadata\n    verb: [get]'))
    await settled()
    expect(drafts.get()!.status).toBe('ok')
    store.dispatch(setTarget, 'deckhouse')
    await vi.waitFor(() => expect(drafts.get()!.status).toBe('broken'), UNTIL)
    expect(drafts.get()!.problem!.message).toMatch(/unknown field "verb"/)
  })

  it('reads where the rules of a big typed text sit with it, so the next form edit patches from that', async () => {
    const { store, editor, settled } = setup()
    const rules = Array.from({ length: 2000 }, (_, i) =>
      aRule({ users: [`system:serviceaccount:team-${i + 1}:deployer`], namespaces: [`team-${i + 1}`] }),
    )
    const typed = `# typed by hand\n${serializePolicy(aPolicy(rules))}`
    expect(typed.length).toBeGreaterThanOrEqual(BIG_TEXT)
    editor.edit(typed)
    await settled()
    expect(store.getState().doc.text).toBe(typed)
    // Known as the policy comes in (in the app the kept-text reader answers later, and an edit before that read
    // the whole text in the page).
    expect((await loadTextPatcher()).knownLayout(typed, 'kube-apiserver')).not.toBeNull()
    store.dispatch(setRuleField, 0, 'level', 'None')
    const text = store.getState().doc.text
    expect(text.startsWith('# typed by hand\n')).toBe(true)
    expect(store.getState().doc.policy.rules[0]!.level).toBe('None')
  })

  it('refuses more rules than the builder edits', async () => {
    const { store, editor, drafts, settled } = setup()
    const many = serializePolicy(aPolicy(Array.from({ length: MAX_RULES + 1 }, () => aRule())))
    editor.edit(many)
    await settled()
    // The state says what is wrong; src/i18n words it (keepwork.yaml.draftTooManyRules).
    expect(drafts.get()!.problem).toMatchObject({ code: 'too-many-rules', rules: 2001 })
    expect(t.keepwork.yaml.draftTooManyRules(2001, MAX_RULES)).toBe(
      'the text has 2,001 rules; the builder edits up to 2,000',
    )
    expect(store.getState().doc.policy).toBe(POLICY)
  })
})

describe('editorText and draftToKeep', () => {
  const policy = aPolicy([aRule()])
  const other = aPolicy([aRule({ level: 'None' })])
  it.each([
    { name: 'no draft', draft: null, shown: serializePolicy(policy), kept: undefined },
    {
      name: 'a current draft in canonical form',
      draft: { text: serializePolicy(policy), basis: policy, status: 'ok' as const },
      shown: serializePolicy(policy),
      kept: undefined,
    },
    {
      name: 'a current draft with the user’s formatting',
      draft: { text: 'x', basis: policy, status: 'ok' as const },
      shown: 'x',
      kept: 'x',
    },
    {
      name: 'a superseded draft that read',
      draft: { text: 'x', basis: other, status: 'ok' as const },
      shown: serializePolicy(policy),
      kept: undefined,
    },
    {
      name: 'a superseded draft that did not read',
      draft: { text: 'x:[', basis: other, status: 'broken' as const },
      shown: serializePolicy(policy),
      kept: 'x:[',
    },
  ])('$name', ({ draft, shown, kept }) => {
    expect(editorText(draft, policy)).toBe(shown)
    expect(draftToKeep(draft, policy)).toBe(kept)
  })
})
