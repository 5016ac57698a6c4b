import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material'
import { useRef, useState, type DragEvent } from 'react'
import { t } from '../../i18n/compare.ts'
import { locale } from '../../i18n/locale.ts'
import { diagnosticText, failureText } from '../../i18n/ownFindings.ts'
import { currentPolicyCommand, renderedPolicyCommand } from '../../policy/shellCommandsSafe.ts'
import { importText } from '../../policy/importing.ts'
import { useTarget } from '../../state/index.ts'
import { serializePolicy } from '../../policy/serialize.ts'
import { useSessionVersions } from '../../state/sessionVersions.ts'
import { compareBaseOf, setBase } from './baseStore.ts'

/**
 * BaseInput: paste, drop or choose the base (the cluster's Secret as `get secret -o yaml` prints it, or a
 * policy in YAML or JSON); the command that prints the cluster's policy is shown above the field.
 */
export function BaseInput() {
  const c = t.compare
  const target = useTarget()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const file = useRef<HTMLInputElement>(null)
  const versions = useSessionVersions()
  const compareWith = (value: string) => {
    const r = importText(value, { target })
    const policy = r.parse?.loadable ? r.parse.policy : null
    if (!policy || r.policyText === null) {
      const first = r.diagnostics[0]
      setError(
        c.invalidBase(
          r.parse?.failure !== undefined
            ? failureText(r.parse)
            : first
              ? diagnosticText(first)
              : t.importing.summary(r.described),
        ),
      )
      return
    }
    setError(null)
    // On DKP, the policy rendered on a master is read as such (ComparePanel offers the other reading).
    setBase(compareBaseOf({ policy, text: r.policyText, summary: t.importing.summary(r.described) }, target))
  }
  const readFile = async (f: File | undefined) => {
    if (!f) return
    const value = await f.text()
    setText(value)
    compareWith(value)
  }
  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    e.stopPropagation()
    void readFile(e.dataTransfer.files[0])
  }
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2">{c.intro}</Typography>
      <Box>
        <Typography variant="subtitle2" component="h3">
          {c.clusterCommand}
        </Typography>
        {(['d8', 'kubectl'] as const).map((tool) => (
          <Box
            key={tool}
            component="code"
            sx={{ display: 'block', fontFamily: 'var(--abp-mono)', fontSize: 13 }}
          >
            {currentPolicyCommand(tool)}
          </Box>
        ))}
      </Box>
      {target === 'deckhouse' ? (
        <Box>
          <Typography variant="subtitle2" component="h3">
            {c.renderedCommand}
          </Typography>
          <Box component="code" sx={{ display: 'block', fontFamily: 'var(--abp-mono)', fontSize: 13 }}>
            {renderedPolicyCommand()}
          </Box>
        </Box>
      ) : null}
      <Box onDrop={onDrop} onDragOver={(e) => e.preventDefault()}>
        <TextField
          fullWidth
          multiline
          minRows={4}
          maxRows={12}
          label={c.baseLabel}
          // Always above the field: the long label fits a phone's width there (inside, it would be cut).
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            setError(null)
          }}
          error={error !== null}
          helperText={error ?? ' '}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { spellCheck: false, style: { fontFamily: 'var(--abp-mono)', fontSize: 13 } },
          }}
        />
      </Box>
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => compareWith(text)} disabled={text.trim() === ''}>
          {c.useBase}
        </Button>
        <Button variant="outlined" onClick={() => file.current?.click()}>
          {c.chooseFile}
        </Button>
        <input
          ref={file}
          type="file"
          hidden
          accept=".yaml,.yml,.json,text/yaml,application/json"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </Stack>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {versions.length > 0 ? (
        <Stack spacing={0.5} alignItems="flex-start">
          <Typography variant="body2">{c.sessionVersions}</Typography>
          {versions.map((v) => {
            const label = c.sessionVersion(
              v.kind,
              new Date(v.at).toLocaleTimeString(locale()),
              v.policy.rules.length,
            )
            return (
              <Button
                key={v.at + label}
                size="small"
                onClick={() =>
                  setBase(
                    compareBaseOf(
                      { policy: v.policy, text: serializePolicy(v.policy), summary: label },
                      target,
                    ),
                  )
                }
              >
                {label}
              </Button>
            )
          })}
        </Stack>
      ) : null}
    </Stack>
  )
}
