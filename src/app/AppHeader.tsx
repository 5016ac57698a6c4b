import { AppBar, Box, Toolbar, Typography } from '@mui/material'
import { PresetsMenu } from '../features/presets/index.ts'
import { t } from '../i18n/index.ts'
import type { ColorMode } from './theme.ts'
import { ThemeToggle } from './ThemeToggle.tsx'

/** AppHeader: the title, the presets and the theme toggle. */
export function AppHeader({ mode, onToggleMode }: { mode: ColorMode; onToggleMode: () => void }) {
  return (
    <AppBar
      position="sticky"
      color="default"
      elevation={0}
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar sx={{ gap: { xs: 1, sm: 1.5 }, minHeight: { xs: 56, sm: 64 }, px: { xs: 1.5, sm: 3 } }}>
        <Box
          component="img"
          src="./favicon.svg"
          alt=""
          sx={{ width: 28, height: 28, display: { xs: 'none', sm: 'block' } }}
        />
        <Box sx={{ minWidth: 0, flex: 1 }}>
          <Typography
            variant="h6"
            component="h1"
            noWrap
            sx={{ fontWeight: 700, lineHeight: 1.2, fontSize: { xs: '1.05rem', sm: '1.25rem' } }}
          >
            {t.app.title}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', md: 'block' } }}>
            {t.app.tagline} {t.app.offline}
          </Typography>
        </Box>
        <PresetsMenu />
        <ThemeToggle mode={mode} onToggle={onToggleMode} />
      </Toolbar>
    </AppBar>
  )
}
