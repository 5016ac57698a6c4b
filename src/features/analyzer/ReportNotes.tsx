import { Box, Typography } from '@mui/material'

/** ReportNotes: the notes as a list. */
export function ReportNotes({ notes }: { notes: string[] }) {
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {notes.map((x) => (
        <Typography component="li" variant="body2" key={x} sx={{ overflowWrap: 'anywhere' }}>
          {x}
        </Typography>
      ))}
    </Box>
  )
}
