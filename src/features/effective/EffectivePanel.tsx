import { Alert, Button, Stack, Typography } from '@mui/material'
import { useCallback, useMemo, useState } from 'react'
import { CopyButton } from '../../components/CopyButton.tsx'
import { DownloadButton } from '../../components/DownloadButton.tsx'
import { t } from '../../i18n/verify.ts'
import { DKP_RELEASE } from '../../policy/versions.ts'
import { setTarget, useDispatch, useDkpSettings, useTarget } from '../../state/index.ts'
import { EffectiveRule } from './EffectiveRule.tsx'
import { effectiveText } from './effectiveText.ts'
import { RuleSection } from './RuleSection.tsx'
import { useEffectivePolicy } from './useEffectivePolicy.ts'

const FILENAME = 'audit-policy-effective.yaml'

/**
 * EffectivePanel: the whole policy kube-apiserver runs on DKP, read-only: built-in rules 1–27 (folded), the
 * user's rules highlighted where they land, then the tail rules 28–29, with the DKP release they follow.
 */
export function EffectivePanel() {
  const e = t.verify.effective
  const target = useTarget()
  const dispatch = useDispatch()
  const dkp = useDkpSettings()
  const eff = useEffectivePolicy()
  const [status, setStatus] = useState('')
  const text = useMemo(() => effectiveText(eff), [eff])
  const getText = useCallback(() => text, [text])
  const onCopied = useCallback((ok: boolean) => setStatus(ok ? t.preview.copied : t.preview.copyFailed), [])
  const onSaved = useCallback((file: string) => setStatus(t.preview.downloaded(file)), [])

  if (target !== 'deckhouse') {
    return (
      <Stack spacing={1.5} alignItems="flex-start">
        <Alert severity="info">{e.dkpOnly}</Alert>
        <Button variant="outlined" onClick={() => dispatch(setTarget, 'deckhouse')}>
          {e.switchToDkp}
        </Button>
      </Stack>
    )
  }

  const rows = eff.policy.rules.map((rule, i) => ({ rule, origin: eff.origins[i]!, position: i + 1 }))
  const userRows = rows.filter((r) => r.origin.kind === 'user')
  const head = rows.filter((r) => r.origin.kind === 'builtin' && r.position <= eff.tailStart)
  const tail = rows.slice(eff.tailStart)
  const item = (r: (typeof rows)[number]) => (
    <EffectiveRule key={r.position} position={r.position} origin={r.origin} rule={r.rule} />
  )

  return (
    <Stack spacing={1.5}>
      <Typography variant="body2">
        {e.summary(rows.length, head.length, userRows.length, tail.length)}
      </Typography>
      {dkp.basicAuditPolicyEnabled && (
        <Typography variant="body2" color="text.secondary">
          {e.release(DKP_RELEASE)}
        </Typography>
      )}
      {eff.policy.omitStages && (
        <Typography variant="body2" color="text.secondary">
          {e.omitStages(eff.policy.omitStages)}
        </Typography>
      )}
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap sx={{ flexWrap: 'wrap' }}>
        <CopyButton getText={getText} onDone={onCopied} />
        <DownloadButton getText={getText} filename={FILENAME} onDone={onSaved} />
        <Typography
          variant="body2"
          color="text.secondary"
          component="code"
          sx={{ fontFamily: 'var(--abp-mono)' }}
        >
          {FILENAME}
        </Typography>
        <Typography role="status" variant="body2" sx={{ color: 'success.main', ml: 'auto' }}>
          {status}
        </Typography>
      </Stack>
      {!dkp.auditPolicyEnabled && <Alert severity="warning">{e.userPolicyOff}</Alert>}
      {!eff.auditing && <Alert severity="warning">{e.nothingAudited}</Alert>}
      {!dkp.basicAuditPolicyEnabled && eff.auditing && <Alert severity="info">{e.basicOff}</Alert>}
      {head.length > 0 && (
        <RuleSection title={e.headTitle(head.length)} description={e.headDescription} folded>
          {head.map(item)}
        </RuleSection>
      )}
      <RuleSection
        title={e.userTitle(userRows.length)}
        description={e.userDescription(dkp.basicAuditPolicyEnabled)}
      >
        {userRows.length > 0 ? (
          userRows.map(item)
        ) : (
          <Typography component="li" variant="body2" color="text.secondary" sx={{ listStyle: 'none' }}>
            {e.noUserRules}
          </Typography>
        )}
      </RuleSection>
      {tail.length > 0 && (
        <RuleSection title={e.tailTitle} description={e.tailDescription}>
          {tail.map(item)}
        </RuleSection>
      )}
    </Stack>
  )
}
