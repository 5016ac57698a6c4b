// Getting text out of what the user brings (a file, a paste) without ever holding more than the import takes:
// sizes are checked before anything is read or put on the page.
import { decodePolicyBytes } from '../../policy/bytes.ts'
import { MAX_IMPORT_CHARS } from './limits.ts'
import { formatBytes } from '../../i18n/format.ts'

/** SHOW_LIMIT: texts up to this many characters are shown (and editable) in the dialog's text box. */
export const SHOW_LIMIT = 200 * 1024
/**
 * SHOW_LINES: and up to this many lines. The box grows with its text, measuring it on every change: 102,000
 * short lines froze the page for 5 s, then 1.4–2 s on every keystroke (measured in Chromium).
 */
export const SHOW_LINES = 2000
/** Control characters (other than tab and line ends) and U+FFFD: binary content, which is slow to lay out too. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/

/**
 * showInBox tells whether a text is shown in the text box (small text, not too many lines, not binary) or held
 * out of it under a label: a 100 KB binary file in the box froze the page for 1.3–2.3 s.
 */
export function showInBox(text: string): boolean {
  if (text.length > SHOW_LIMIT || BINARY.test(text)) return false
  let lines = 1
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
    if (++lines > SHOW_LINES) return false
  return true
}

/** InputText: a text to import, and how to label it when it is too big to show. */
export interface InputText {
  text: string
  /** Set for a file: its name. */
  name?: string
  /** Set for a file: its bytes, which a policy file is read from as kube-apiserver reads them. */
  bytes?: Uint8Array
}

/** InputRefusal: why an input was not taken (nothing was read). */
export type InputRefusal = { kind: 'too-large'; size: number } | { kind: 'unreadable'; name: string }

/** refuseSize says whether `size` (bytes or characters) is over what the import takes. */
export function refuseSize(size: number): InputRefusal | null {
  return size > MAX_IMPORT_CHARS ? { kind: 'too-large', size } : null
}

/**
 * readFile reads a dropped or chosen file, refusing it by its size before reading. Its text is what go-yaml's
 * reader makes of the bytes (a UTF-16 BOM is UTF-16, a UTF-8 BOM stays; each byte that is not UTF-8 becomes
 * U+FFFD, which the import reports as binary content when there are many); the bytes come along, so that a
 * policy file is read from them exactly as kube-apiserver reads it.
 */
export async function readFile(file: File): Promise<InputText | InputRefusal> {
  const refusal = refuseSize(file.size)
  if (refusal) return refusal
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    return { text: decodePolicyBytes(bytes).text, name: file.name, bytes }
  } catch {
    return { kind: 'unreadable', name: file.name }
  }
}

/**
 * formatSize writes a size for people in binary units, as the analyzer and the CLI do (the one size formatter,
 * in the active language): 512 B, 3.4 KiB, 7.9 MiB.
 */
export const formatSize = (chars: number): string => formatBytes(chars)
