import { Button, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import { readRequestText } from '../../policy/requestText.ts'
import type { RequestAttributes } from '../../policy/types.ts'
import { t } from '../../i18n/verify.ts'
import { setTestRequest } from '../../state/simulation.ts'
import { pasteErrorText } from './pasteErrorText.ts'

/**
 * PasteRequest: fill the form from an audit event (a JSON line of audit.log) or from "METHOD /url" (which
 * keeps the form's user and groups). What cannot be read is said under the field; the form is left as it was.
 */
export function PasteRequest({ request }: { request: RequestAttributes }) {
  const s = t.verify.simulator.paste
  const [text, setText] = useState('')
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const fill = (value: string) => {
    const r = readRequestText(value, request)
    if (!r.ok) {
      setMessage({ error: true, text: pasteErrorText(r.error) })
      return
    }
    setTestRequest(r.request)
    setMessage({ error: false, text: s.filled[r.from] })
  }
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'flex-start' }}>
      <TextField
        size="small"
        fullWidth
        multiline
        maxRows={4}
        label={s.label}
        placeholder={s.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setMessage(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) fill(text)
        }}
        error={message?.error}
        helperText={message?.text ?? s.help}
        slotProps={{
          htmlInput: { spellCheck: false, style: { fontFamily: 'var(--abp-mono)', fontSize: 13 } },
        }}
      />
      <Button variant="outlined" onClick={() => fill(text)} sx={{ flexShrink: 0, mt: { sm: 0.25 } }}>
        {s.fill}
      </Button>
    </Stack>
  )
}
