import DarkModeOutlinedIcon from '@mui/icons-material/DarkModeOutlined'
import LightModeOutlinedIcon from '@mui/icons-material/LightModeOutlined'
import NoteAddOutlinedIcon from '@mui/icons-material/NoteAddOutlined'
import TranslateOutlinedIcon from '@mui/icons-material/TranslateOutlined'
import ShareOutlinedIcon from '@mui/icons-material/ShareOutlined'
import UploadFileOutlinedIcon from '@mui/icons-material/UploadFileOutlined'
import { AppBar, Box, Button, Toolbar, Typography, useMediaQuery, useTheme } from '@mui/material'
import type { ReactNode } from 'react'
import { openImport } from '../features/import/index.ts'
import { PresetsMenu } from '../features/presets/index.ts'
import { HistoryButtons, useKeepWorkActions } from '../features/session/index.ts'
import { LANGUAGE_NAMES } from '../i18n/choice.ts'
import { t } from '../i18n/index.ts'
import { locale, LOCALES } from '../i18n/locale.ts'
import { HeaderMenu, type HeaderAction } from './HeaderMenu.tsx'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { switchLanguage } from './switchLanguage.ts'
import type { ColorMode } from './theme.ts'
import { ThemeToggle } from './ThemeToggle.tsx'

interface AppHeaderProps {
  mode: ColorMode
  onToggleMode: () => void
  /** Shown under the toolbar, inside the sticky header, so they stay in view (autosave, share links). */
  notices?: ReactNode
}

/**
 * AppHeader: the title, presets, Import, Share, New policy, Undo/Redo, the language and the theme toggle; on narrow screens
 * the less frequent actions move into a "More actions" menu.
 */
export function AppHeader({ mode, onToggleMode, notices }: AppHeaderProps) {
  const compact = useMediaQuery(useTheme().breakpoints.down('md'))
  const keep = useKeepWorkActions()
  const a = t.keepwork.actions
  const actions: HeaderAction[] = [
    { label: a.import, icon: <UploadFileOutlinedIcon />, onClick: () => openImport() },
    { label: a.share, icon: <ShareOutlinedIcon />, onClick: keep.share },
    { label: a.newPolicy, icon: <NoteAddOutlinedIcon />, onClick: keep.newPolicy, disabled: keep.blank },
  ]
  // On a narrow screen the other languages are menu items, named in their own language.
  const languageActions: HeaderAction[] = LOCALES.filter((l) => l !== locale()).map((l) => ({
    label: LANGUAGE_NAMES[l],
    icon: <TranslateOutlinedIcon />,
    onClick: () => switchLanguage(l),
  }))
  const themeAction: HeaderAction = {
    label: mode === 'dark' ? t.app.themeToLight : t.app.themeToDark,
    icon: mode === 'dark' ? <LightModeOutlinedIcon /> : <DarkModeOutlinedIcon />,
    onClick: onToggleMode,
  }
  return (
    <AppBar
      position="sticky"
      color="default"
      elevation={0}
      sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Toolbar sx={{ gap: { xs: 0.5, sm: 1 }, minHeight: { xs: 56, sm: 64 }, px: { xs: 1, sm: 3 } }}>
        <Box
          component="img"
          src="./favicon.svg"
          alt=""
          sx={{ width: 28, height: 28, display: { xs: 'none', sm: 'block' } }}
        />
        {/* The title's place is where confirmations (snackbars) show: it covers nothing the user works on. */}
        <Box data-snackbar-slot sx={{ minWidth: 0, flex: 1 }}>
          <Typography
            variant="h6"
            component="h1"
            sx={{
              fontWeight: 700,
              lineHeight: 1.2,
              fontSize: { xs: '0.95rem', sm: '1.25rem' },
              // On a phone the name wraps onto two lines rather than losing its end; wider, it stays on one.
              whiteSpace: { xs: 'normal', sm: 'nowrap' },
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {t.app.title}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ display: { xs: 'none', lg: 'block' } }}>
            {t.app.tagline} {t.app.offline}
          </Typography>
        </Box>
        <PresetsMenu />
        {!compact &&
          actions.map((action) => (
            <Button
              key={action.label}
              color="inherit"
              startIcon={action.icon}
              onClick={action.onClick}
              disabled={action.disabled}
              sx={{ flexShrink: 0, textTransform: 'none' }}
            >
              {action.label}
            </Button>
          ))}
        <HistoryButtons />
        {compact ? (
          <HeaderMenu actions={[...actions, ...languageActions, themeAction]} />
        ) : (
          <>
            <LanguageSwitch />
            <ThemeToggle mode={mode} onToggle={onToggleMode} />
          </>
        )}
      </Toolbar>
      {/* Room for a confirmation longer than the title place holds (LazySnackbar sets it while one is open):
          the header grows, so the snackbar shows its whole message and still covers nothing. */}
      <Box aria-hidden sx={{ height: 'var(--snackbar-room, 0px)', flexShrink: 0 }} />
      {notices}
    </AppBar>
  )
}
