import { CssBaseline, Container, Typography, Button } from '@mui/material'

/** App is the shell; the builder lands here. */
export function App() {
  return (
    <>
      <CssBaseline />
      <Container component="main" sx={{ py: 4 }}>
        <Typography variant="h4" component="h1">
          Audit Policy Builder
        </Typography>
        <Button variant="contained" sx={{ mt: 2 }}>
          Add rule
        </Button>
      </Container>
    </>
  )
}
