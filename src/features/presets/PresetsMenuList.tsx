import { ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material'
import { LazySnackbar } from '../../components/LazySnackbar.tsx'
import { PRESETS, type Preset } from '../../policy/presets.ts'
import { t } from '../../i18n/index.ts'
import { presetWords } from './presetWords.ts'

const GROUPS = [
  { kind: 'example', title: t.presets.examples },
  { kind: 'corrected', title: t.presetTexts.corrected },
  { kind: 'designed', title: t.presets.designed },
] as const

interface PresetsMenuListProps {
  anchor: HTMLElement | null
  menuId: string
  buttonId: string
  onClose: () => void
  onChoose: (preset: Preset) => void
  /** The title of the preset just loaded (shown in a snackbar), or null. */
  loaded: string | null
  onLoadedShown: () => void
}

/**
 * PresetsMenuList: the menu of presets with their explanations, and the "loaded" confirmation. Loaded on the
 * first click of the Presets button, with the presets' data, so neither weighs on the first screen.
 */
export function PresetsMenuList({
  anchor,
  menuId,
  buttonId,
  onClose,
  onChoose,
  loaded,
  onLoadedShown,
}: PresetsMenuListProps) {
  return (
    <>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={onClose}
        slotProps={{ list: { 'aria-labelledby': buttonId, dense: true }, paper: { sx: { maxWidth: 460 } } }}
      >
        {GROUPS.flatMap((g) => [
          <ListSubheader key={g.kind}>{g.title}</ListSubheader>,
          ...PRESETS.filter((p) => p.kind === g.kind).map((p) => (
            <MenuItem
              key={p.id}
              onClick={() => onChoose(p)}
              sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
            >
              <ListItemText primary={presetWords(p.id).title} secondary={presetWords(p.id).description} />
            </MenuItem>
          )),
        ])}
      </Menu>
      <LazySnackbar
        open={loaded !== null}
        autoHideDuration={4000}
        // A click elsewhere leaves it for its time, as every other confirmation does.
        onClose={(_e, reason) => reason !== 'clickaway' && onLoadedShown()}
        message={loaded ? t.presets.loaded(loaded) : ''}
      />
    </>
  )
}
