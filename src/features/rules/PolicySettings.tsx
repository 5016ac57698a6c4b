import {
  Box,
  FormControlLabel,
  FormHelperText,
  Paper,
  Switch,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material'
import { useCallback, useId } from 'react'
import { STAGES, type Target } from '../../policy/types.ts'
import {
  defaultKubernetesVersion,
  DKP_RELEASE,
  isKubernetesVersion,
  KUBERNETES_VERSIONS,
} from '../../policy/versions.ts'
import { LazyChipInput as ChipInput } from '../../components/LazyChipInput.tsx'
import { t } from '../../i18n/index.ts'
import {
  fieldOf,
  setPolicyField,
  setKubernetesVersion,
  setTarget,
  useDispatch,
  useKubernetesVersion,
  useFieldDiagnostics,
  usePolicyOmitManagedFields,
  usePolicyOmitStages,
  useTarget,
} from '../../state/index.ts'
import { RevealSpot } from './RevealSpot.tsx'
import { FieldHelp } from './FieldHelp.tsx'

const TARGETS: Target[] = ['deckhouse', 'kube-apiserver']

/** PolicySettings: the target (Kubernetes or Deckhouse) and the policy-level omitStages and omitManagedFields. */
export function PolicySettings() {
  const dispatch = useDispatch()
  const target = useTarget()
  const version = useKubernetesVersion()
  const versionId = useId()
  const omitStages = usePolicyOmitStages()
  const omitManagedFields = usePolicyOmitManagedFields()
  const stageProblems = useFieldDiagnostics('omitStages')
  const mfProblems = useFieldDiagnostics('omitManagedFields')
  const targetLabel = useId()
  const setStages = useCallback((v: string[]) => dispatch(setPolicyField, 'omitStages', v), [dispatch])
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="policy-settings-heading"
      sx={{ p: { xs: 1.5, sm: 2 } }}
    >
      <Typography id="policy-settings-heading" variant="h6" component="h2" sx={{ mb: 1.5 }}>
        {t.policySettings.heading}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
          alignItems: 'start',
        }}
      >
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Typography id={targetLabel} variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {t.target.label}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              color="primary"
              value={target}
              aria-labelledby={targetLabel}
              onChange={(_e, v: Target | null) => v && dispatch(setTarget, v)}
            >
              {TARGETS.map((v) => (
                <ToggleButton key={v} value={v} sx={{ px: 2 }}>
                  {t.target[v]}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            <Box component="label" htmlFor={versionId} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
              <Typography variant="body2" color="text.secondary" component="span">
                {t.kubernetesVersion.label}
              </Typography>
              {/* A native select: small, keyboard-friendly, and no menu code on the first screen. */}
              <Box
                component="select"
                id={versionId}
                value={version}
                onChange={(e: React.ChangeEvent<HTMLSelectElement>) =>
                  isKubernetesVersion(e.target.value) && dispatch(setKubernetesVersion, e.target.value)
                }
                sx={{
                  font: 'inherit',
                  fontSize: 14,
                  py: 0.5,
                  px: 1,
                  borderRadius: 1,
                  border: 1,
                  borderColor: 'divider',
                  bgcolor: 'background.paper',
                  color: 'text.primary',
                }}
              >
                {[...KUBERNETES_VERSIONS].reverse().map((v) => (
                  <option key={v} value={v}>
                    {t.kubernetesVersion.option(v, v === defaultKubernetesVersion(target))}
                  </option>
                ))}
              </Box>
            </Box>
          </Box>
          <FormHelperText>
            {t.target.help[target]}{' '}
            {t.kubernetesVersion.help(defaultKubernetesVersion(target), DKP_RELEASE, target === 'deckhouse')}
          </FormHelperText>
        </Box>
        <RevealSpot at="omitStages">
          <ChipInput
            label={t.policySettings.omitStages}
            value={omitStages}
            onChange={setStages}
            suggestions={STAGES}
            error={stageProblems.some((d) => d.severity === 'error')}
            invalidItems={stageProblems
              .filter((d) => d.severity === 'error')
              .map((d) => fieldOf(d.at ?? '').item ?? -1)}
            helperText={<FieldHelp problems={stageProblems} help={t.policySettings.omitStagesHelp} />}
          />
        </RevealSpot>
        <RevealSpot at="omitManagedFields">
          <FormControlLabel
            control={
              <Switch
                checked={omitManagedFields}
                onChange={(e) => dispatch(setPolicyField, 'omitManagedFields', e.target.checked)}
              />
            }
            label={t.policySettings.omitManagedFields}
          />
          <FormHelperText
            error={mfProblems.length > 0}
            sx={{ color: mfProblems.length > 0 ? 'warning.main' : undefined }}
          >
            <FieldHelp problems={mfProblems} help={t.policySettings.omitManagedFieldsHelp} />
          </FormHelperText>
        </RevealSpot>
      </Box>
    </Paper>
  )
}
