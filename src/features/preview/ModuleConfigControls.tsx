import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Switch,
  TextField,
} from '@mui/material'
import { useId, useRef } from 'react'
import type { AuditLogOutput } from '../../policy/moduleconfig.ts'
import { t } from '../../i18n/index.ts'
import { diagnosticText } from '../../i18n/ownFindings.ts'
import {
  setDkpSettings,
  useDispatch,
  useDkpDiagnostics,
  useDkpSettings,
  useTypingDispatch,
} from '../../state/index.ts'
import { useModuleConfigReveal } from './useModuleConfigReveal.ts'

/** ModuleConfigControls: basicAuditPolicyEnabled, auditLog.output and auditLog.path (checked against DKP's pattern). */
export function ModuleConfigControls() {
  const dkp = useDkpSettings()
  const dispatch = useDispatch()
  const dispatchTyping = useTypingDispatch()
  const pathProblem = useDkpDiagnostics().find((d) => d.path.endsWith('auditLog.path'))
  const outputLabel = useId()
  const m = t.moduleConfig
  const stdout = dkp.auditLog.output === 'Stdout'
  const groupRef = useRef<HTMLElement>(null)
  const basicRef = useRef<HTMLInputElement>(null)
  const outputRef = useRef<HTMLElement>(null)
  const pathRef = useRef<HTMLInputElement>(null)
  useModuleConfigReveal({ group: groupRef, basic: basicRef, output: outputRef, path: pathRef })
  return (
    <Box
      ref={groupRef}
      tabIndex={-1}
      role="group"
      aria-label={m.controls}
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'auto auto 1fr' },
        gap: 2,
        alignItems: 'start',
      }}
    >
      <Box>
        <FormControlLabel
          control={
            <Switch
              inputRef={basicRef}
              checked={dkp.basicAuditPolicyEnabled}
              onChange={(e) => dispatch(setDkpSettings, { basicAuditPolicyEnabled: e.target.checked })}
            />
          }
          label={m.basic}
        />
        <FormHelperText sx={{ maxWidth: 260 }}>{m.basicHelp}</FormHelperText>
      </Box>
      <FormControl>
        <FormLabel id={outputLabel} sx={{ fontSize: 14 }}>
          {m.output}
        </FormLabel>
        <RadioGroup
          ref={outputRef}
          row
          aria-labelledby={outputLabel}
          value={dkp.auditLog.output}
          onChange={(e) =>
            dispatch(setDkpSettings, { auditLog: { output: e.target.value as AuditLogOutput } })
          }
        >
          <FormControlLabel value="File" control={<Radio size="small" />} label={m.outputFile} />
          <FormControlLabel value="Stdout" control={<Radio size="small" />} label={m.outputStdout} />
        </RadioGroup>
      </FormControl>
      <TextField
        size="small"
        label={m.path}
        inputRef={pathRef}
        value={dkp.auditLog.path}
        disabled={stdout}
        error={!stdout && pathProblem !== undefined}
        helperText={stdout ? m.pathStdout : pathProblem ? diagnosticText(pathProblem) : m.pathHelp}
        onChange={(e) =>
          dispatchTyping('dkp.auditLog.path', setDkpSettings, { auditLog: { path: e.target.value } })
        }
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'var(--abp-mono)' } } }}
      />
    </Box>
  )
}
