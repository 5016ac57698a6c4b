import { Box, Button, Stack, Typography } from '@mui/material'
import { useId, useState } from 'react'
import { t } from '../i18n/index.ts'
import { showCodePoints } from './visibleText.ts'

interface FindingDetailsProps {
  /** Further sentences under a finding's one-line headline. */
  details?: readonly string[]
  /** A long list the finding refers to (e.g. the DKP built-in rules that decide part of a rule's requests). */
  items?: readonly string[]
}

/**
 * FindingDetails: a finding's details and its long list, each behind its own toggle, so the headline stays one
 * line and the rest is one click away. Nothing when there is neither.
 */
export function FindingDetails({ details = [], items = [] }: FindingDetailsProps) {
  const f = t.findings
  const [open, setOpen] = useState(false)
  const [listed, setListed] = useState(false)
  const detailsId = useId()
  const itemsId = useId()
  if (details.length === 0 && items.length === 0) return null
  return (
    <Box sx={{ mt: 0.25 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {details.length > 0 && (
          <Button
            size="small"
            variant="text"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen(!open)}
            sx={{ minWidth: 0, px: 0.5, py: 0 }}
          >
            {open ? f.hideDetails : f.showDetails}
          </Button>
        )}
        {items.length > 0 && (
          <Button
            size="small"
            variant="text"
            aria-expanded={listed}
            aria-controls={listed ? itemsId : undefined}
            onClick={() => setListed(!listed)}
            sx={{ minWidth: 0, px: 0.5, py: 0 }}
          >
            {listed ? f.hideItems : f.showItems(items.length)}
          </Button>
        )}
      </Stack>
      {open && (
        <Box id={detailsId} data-testid="finding-details">
          {details.map((line, i) => (
            <Typography
              key={i}
              variant="body2"
              color="text.secondary"
              sx={{ mt: 0.25, wordBreak: 'break-word' }}
            >
              {showCodePoints(line)}
            </Typography>
          ))}
        </Box>
      )}
      {listed && (
        <Box component="ul" id={itemsId} sx={{ m: 0, mt: 0.25, pl: 2.5 }}>
          {items.map((line, i) => (
            <Typography
              key={i}
              component="li"
              variant="body2"
              color="text.secondary"
              sx={{ wordBreak: 'break-word' }}
            >
              {showCodePoints(line)}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  )
}
