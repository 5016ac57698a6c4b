// Reading Kubernetes manifests and the audit-policy Secret back (kept apart from buildSecret, which must not
// pull the YAML library into the first screen).
import { parseAllDocuments, isMap, isScalar, isSeq } from 'yaml'
import type { Node as YamlNode } from 'yaml'
import { decodeBase64 } from './base64.ts'
import { decodePolicyBytes } from './bytes.ts'
import { SECRET_KEY, SECRET_NAME, SECRET_NAMESPACE } from './secret.ts'
import { lineStarts, rangeOf } from './source.ts'
import type { Diagnostic, OwnFinding, SourceRange } from './types.ts'

/** One Kubernetes object found in a manifest text, with where it sits. */
export interface Manifest {
  apiVersion: string
  kind: string
  name: string
  namespace: string
  value: Record<string, unknown>
  node: YamlNode
  range?: SourceRange
}

export interface ManifestsResult {
  manifests: Manifest[]
  diagnostics: Diagnostic[]
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** readManifests reads every object of a (multi-document, possibly `kind: List`) YAML or JSON text. */
export function readManifests(text: string): ManifestsResult {
  const starts = lineStarts(text)
  const diagnostics: Diagnostic[] = []
  const manifests: Manifest[] = []
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false })
  for (const doc of Array.isArray(docs) ? docs : []) {
    const err = doc.errors[0]
    if (err) {
      diagnostics.push({
        severity: 'error',
        kind: 'Decode',
        path: '',
        message: `not valid YAML: ${err.message.split('\n')[0]}`,
        own: { code: 'manifest-not-yaml', error: err.message.split('\n')[0]! },
        range: rangeOf(starts, [err.pos[0], err.pos[1]]),
        source: 'import',
      })
      continue
    }
    const add = (node: YamlNode | null | undefined) => {
      if (!isMap(node)) return
      const value = node.toJSON() as Record<string, unknown>
      const meta = (value.metadata ?? {}) as Record<string, unknown>
      const r = node.range
      manifests.push({
        apiVersion: str(value.apiVersion),
        kind: str(value.kind),
        name: str(meta.name),
        namespace: str(meta.namespace),
        value,
        node,
        range: r ? rangeOf(starts, [r[0], r[1]]) : undefined,
      })
    }
    const contents = doc.contents as YamlNode | null
    if (isMap(contents) && contents.get('kind') === 'List') {
      const items = contents.get('items', true)
      if (isSeq(items)) for (const item of items.items) add(item as YamlNode)
    } else add(contents)
  }
  return { manifests, diagnostics }
}

export interface SecretReadResult {
  /** The policy text inside the Secret, or null when there is none to read. */
  policyText: string | null
  /**
   * The policy's bytes when they are UTF-16 with a BOM (DKP hands the Secret's bytes to go-yaml, which reads
   * UTF-16): the policy is read from them, `policyText` is their text.
   */
  policyBytes?: Uint8Array
  diagnostics: Diagnostic[]
  /** The Secret the text came from. */
  secret?: Manifest
}

function nodeRange(text: string, node: unknown): SourceRange | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range
  return r ? rangeOf(lineStarts(text), [r[0], r[1]]) : undefined
}

/**
 * readSecret finds the audit-policy Secret in a manifest text and decodes its policy (stringData wins over
 * data, as the API server merges them). Problems are explained where they are: bad base64, a missing key,
 * a different Secret, text that is not UTF-8.
 */
export function readSecret(text: string): SecretReadResult {
  const { manifests, diagnostics } = readManifests(text)
  const err = (message: string, own: OwnFinding, range?: SourceRange, path = ''): Diagnostic => ({
    severity: 'error',
    kind: 'Decode',
    path,
    message,
    own,
    range,
    source: 'import',
  })
  const secrets = manifests.filter((m) => m.kind === 'Secret')
  if (secrets.length === 0) {
    const found = manifests.map((m) => m.kind)
    diagnostics.push(
      err(
        found.length > 0
          ? `no Secret here: found ${found.map((k) => k || '(no kind)').join(', ')}`
          : 'no Secret here: the text holds no Kubernetes object',
        { code: 'no-secret', found },
      ),
    )
    return { policyText: null, diagnostics }
  }
  const secret =
    secrets.find((s) => s.name === SECRET_NAME && s.namespace === SECRET_NAMESPACE) ??
    secrets.find((s) => s.name === SECRET_NAME) ??
    secrets[0]!
  if (secret.name !== SECRET_NAME || secret.namespace !== SECRET_NAMESPACE) {
    const which = `${secret.namespace || '(no namespace)'}/${secret.name || '(no name)'}`
    const severity = secret.name === SECRET_NAME && secret.namespace === '' ? 'warning' : 'error'
    diagnostics.push({
      severity,
      kind: 'Invalid',
      path: 'metadata',
      message:
        severity === 'warning'
          ? `the Secret has no namespace: it must be created in ${SECRET_NAMESPACE}`
          : `this is the Secret ${which}; DKP reads only ${SECRET_NAMESPACE}/${SECRET_NAME}`,
      own:
        severity === 'warning'
          ? { code: 'secret-no-namespace', namespace: SECRET_NAMESPACE }
          : {
              code: 'secret-elsewhere',
              namespace: secret.namespace,
              name: secret.name,
              wantNamespace: SECRET_NAMESPACE,
              wantName: SECRET_NAME,
            },
      range: secret.range,
      source: 'deckhouse',
    })
  }
  const stringData = secret.value.stringData as Record<string, unknown> | undefined
  const data = secret.value.data as Record<string, unknown> | undefined
  const node = secret.node as unknown as { get: (k: string, keep: true) => unknown }
  if (stringData && typeof stringData === 'object' && SECRET_KEY in stringData) {
    const v = stringData[SECRET_KEY]
    if (typeof v !== 'string') {
      diagnostics.push(
        err(
          `stringData.${SECRET_KEY} must be a string`,
          { code: 'secret-string-data-not-string', key: SECRET_KEY },
          nodeRange(text, node.get('stringData', true)),
          `stringData.${SECRET_KEY}`,
        ),
      )
      return { policyText: null, diagnostics, secret }
    }
    return { policyText: v, diagnostics, secret }
  }
  if (!data || typeof data !== 'object' || !(SECRET_KEY in data)) {
    const keys = [...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})]
    diagnostics.push(
      err(
        `the Secret has no key ${SECRET_KEY}${keys.length > 0 ? ` (it has ${keys.join(', ')})` : ''}: DKP reads only that key, so this Secret would contribute no rules`,
        { code: 'secret-no-key', key: SECRET_KEY, keys },
        secret.range,
        `data.${SECRET_KEY}`,
      ),
    )
    return { policyText: null, diagnostics, secret }
  }
  const dataNode = node.get('data', true)
  const valueNode = isMap(dataNode) ? dataNode.get(SECRET_KEY, true) : undefined
  // A null value is an empty one (the API server stores nil bytes).
  const encoded = data[SECRET_KEY] ?? ''
  const where = nodeRange(text, valueNode)
  if (
    typeof encoded !== 'string' ||
    (isScalar(valueNode) && valueNode.value !== null && typeof valueNode.value !== 'string')
  ) {
    diagnostics.push(
      err(
        `data.${SECRET_KEY} must be a base64 string`,
        { code: 'secret-data-not-string', key: SECRET_KEY },
        where,
        `data.${SECRET_KEY}`,
      ),
    )
    return { policyText: null, diagnostics, secret }
  }
  const decoded = decodeBase64(encoded)
  if ('error' in decoded) {
    diagnostics.push(
      err(
        `data.${SECRET_KEY} is not valid base64: ${decoded.error}`,
        { code: 'secret-bad-base64', key: SECRET_KEY, error: decoded.error },
        where,
        `data.${SECRET_KEY}`,
      ),
    )
    return { policyText: null, diagnostics, secret }
  }
  const b = decoded.bytes
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const utf16 = decodePolicyBytes(b)
    if (!utf16.yamlError) return { policyText: utf16.text, policyBytes: b, diagnostics, secret }
  }
  let policyText: string
  try {
    policyText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(decoded.bytes)
  } catch {
    diagnostics.push(
      err(
        `data.${SECRET_KEY} decodes to bytes that are not UTF-8 text`,
        { code: 'secret-not-utf8', key: SECRET_KEY },
        where,
        `data.${SECRET_KEY}`,
      ),
    )
    return { policyText: null, diagnostics, secret }
  }
  return { policyText, diagnostics, secret }
}
