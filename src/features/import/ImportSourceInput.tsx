import CloseIcon from '@mui/icons-material/Close'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import { Box, Button, Chip, Stack, TextField } from '@mui/material'
import { useId, useRef, type ClipboardEvent } from 'react'
import { t } from '../../i18n/index.ts'
import { formatSize, refuseSize, showInBox, type InputRefusal } from './readInput.ts'

/** ImportInput: what the dialog holds: text in the box, or a big text kept out of it (a file or a paste). */
export type ImportInput =
  | { kind: 'none' }
  /** `bytes`: the file the text was read from, while the text is unchanged (a policy is read from them). */
  | { kind: 'typed'; text: string; bytes?: Uint8Array }
  | { kind: 'held'; text: string; label: string; bytes?: Uint8Array }
  | { kind: 'refused'; refusal: InputRefusal }
  /** A file being read. */
  | { kind: 'loading'; size: number }

interface ImportSourceInputProps {
  input: ImportInput
  onInput: (input: ImportInput) => void
  onFile: (file: File) => void
}

/**
 * ImportSourceInput: a text box to paste into and a file chooser. A paste bigger than the box should hold is
 * kept out of it (and one bigger than the import takes is refused) before it reaches the page.
 */
export function ImportSourceInput({ input, onInput, onFile }: ImportSourceInputProps) {
  const fileRef = useRef<HTMLInputElement>(null)
  const helpId = useId()
  const m = t.keepwork.import
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const text = e.clipboardData.getData('text/plain')
    if (showInBox(text)) return
    e.preventDefault()
    const refusal = refuseSize(text.length)
    onInput(
      refusal
        ? { kind: 'refused', refusal }
        : { kind: 'held', text, label: m.pastedLabel(formatSize(text.length)) },
    )
  }
  return (
    <Stack spacing={1}>
      {input.kind === 'held' ? (
        <Box>
          <Chip
            label={input.label}
            onDelete={() => onInput({ kind: 'none' })}
            deleteIcon={<CloseIcon aria-label={m.clearInput} />}
            sx={{ maxWidth: '100%' }}
          />
        </Box>
      ) : (
        <TextField
          label={m.textLabel}
          multiline
          minRows={6}
          maxRows={14}
          fullWidth
          value={input.kind === 'typed' ? input.text : ''}
          onChange={(e) =>
            onInput(e.target.value === '' ? { kind: 'none' } : { kind: 'typed', text: e.target.value })
          }
          onPaste={onPaste}
          helperText={m.textHelp}
          slotProps={{
            htmlInput: {
              spellCheck: false,
              'aria-describedby': helpId,
              style: { fontFamily: 'var(--abp-mono)', fontSize: 13 },
            },
            formHelperText: { id: helpId },
          }}
        />
      )}
      <Box>
        <Button
          variant="outlined"
          size="small"
          startIcon={<UploadFileIcon />}
          onClick={() => fileRef.current?.click()}
        >
          {m.chooseFile}
        </Button>
        <input
          ref={fileRef}
          type="file"
          hidden
          accept=".yaml,.yml,.json,.txt,application/json,application/yaml,text/yaml,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) onFile(file)
          }}
        />
      </Box>
    </Stack>
  )
}
