import MoreVertIcon from '@mui/icons-material/MoreVert'
import { IconButton } from '@mui/material'
import { lazy, Suspense, useId, useState, type ReactNode } from 'react'
import { t } from '../i18n/index.ts'

// MUI's Menu brings Popover and Modal (about 13 KB gzip): the menu loads when the user heads for the button,
// like the Presets menu, so it is not part of the first screen.
const loadMenuList = () => import('./HeaderMenuList.tsx')
const HeaderMenuList = lazy(() => loadMenuList().then((m) => ({ default: m.HeaderMenuList })))

/** HeaderAction: one thing the header offers, as a button on wide screens and a menu item on narrow ones. */
export interface HeaderAction {
  label: string
  icon: ReactNode
  onClick: () => void
  disabled?: boolean
}

/** HeaderMenu: the header's actions that do not fit on a narrow screen, behind "More actions". */
export function HeaderMenu({ actions }: { actions: readonly HeaderAction[] }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  // Stays mounted after the first opening, so the menu can animate out.
  const [opened, setOpened] = useState(false)
  const menuId = useId()
  const buttonId = useId()
  return (
    <>
      <IconButton
        id={buttonId}
        color="inherit"
        aria-label={t.keepwork.actions.more}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        // Heading for the button (pointer or focus) starts loading the menu, so it opens at once on the click.
        onPointerEnter={() => void loadMenuList()}
        onFocus={() => void loadMenuList()}
        onClick={(e) => {
          setOpened(true)
          setAnchor(e.currentTarget)
        }}
      >
        <MoreVertIcon />
      </IconButton>
      {opened && (
        <Suspense fallback={null}>
          <HeaderMenuList
            actions={actions}
            anchor={anchor}
            menuId={menuId}
            buttonId={buttonId}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      )}
    </>
  )
}
