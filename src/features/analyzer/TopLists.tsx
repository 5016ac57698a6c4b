import { Box, Tab, Tabs, Typography } from '@mui/material'
import { useId, useState } from 'react'
import type { Tops } from '../../auditlog/types.ts'
import { t } from '../../i18n/analyzer.ts'
import { TopTable } from './TopTable.tsx'

const LISTS: (keyof Tops)[] = ['sources', 'users', 'userAgents', 'verbs', 'resources', 'namespaces']

/** TopLists: sources of volume, users, user agents, verbs, resources and namespaces, one tab each. */
export function TopLists({ top }: { top: Tops }) {
  const x = t.analyzer.top
  const [list, setList] = useState<keyof Tops>('sources')
  const id = useId()
  return (
    <Box>
      <Tabs
        value={list}
        onChange={(_e, v: keyof Tops) => setList(v)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={x.heading}
        sx={{ minHeight: 36, '& .MuiTab-root': { minHeight: 36, py: 0.5 } }}
      >
        {LISTS.map((k) => (
          <Tab key={k} value={k} label={x[k]} id={`${id}-${k}`} aria-controls={`${id}-panel`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${list}`} sx={{ pt: 1 }}>
        {list === 'sources' && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
            {x.sourcesHelp}
          </Typography>
        )}
        <TopTable label={x[list]} entries={top[list]} byBytes={list === 'sources'} />
      </Box>
    </Box>
  )
}
