// A document with something in every field, for the tests of stored work and autosave.
import { setDkpSettings } from '../state/edits.ts'
import { createDocument, type EditorDocument } from '../state/document.ts'
import { aPolicy, aRequest, aRule } from './builders.ts'

/** aFullDocument: rules (one with a note), policy-level stages, ModuleConfig settings and a saved request. */
export function aFullDocument(): EditorDocument {
  const doc = createDocument(
    aPolicy([aRule({ level: 'None', users: ['a'], note: 'first\nsecond' }), aRule({ level: 'Request' })], {
      omitStages: ['RequestReceived'],
    }),
    'kube-apiserver',
  )
  const withSettings = setDkpSettings(doc, { auditLog: { output: 'Stdout' }, basicAuditPolicyEnabled: false })
  return {
    ...withSettings,
    savedRequests: [{ name: 'get pods', request: aRequest(), expectedLevel: 'None' }],
  }
}
