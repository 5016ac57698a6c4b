// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Box, TextField } from '@mui/material'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { LazyChipInput } from './LazyChipInput.tsx'

function Harness() {
  const [values, setValues] = useState<string[]>([])
  return (
    <>
      <LazyChipInput label="Policy omit stages" value={values} onChange={setValues} />
      <output data-testid="values">{JSON.stringify(values)}</output>
    </>
  )
}

const values = () => JSON.parse(screen.getByTestId('values').textContent!) as string[]
const field = () => screen.getByRole('combobox', { name: 'Policy omit stages' }) as HTMLInputElement

afterEach(cleanup)

describe('LazyChipInput', () => {
  it('is a combobox named by its label before the real field has loaded', () => {
    render(<Harness />)
    expect(field().readOnly).toBe(false)
    expect(screen.getAllByRole('combobox')).toHaveLength(1)
  })

  it('keeps what is typed before the real field arrives: a comma adds the value, the rest carries over', async () => {
    render(<Harness />)
    fireEvent.change(field(), { target: { value: 'RequestReceived,Respo' } })
    expect(values()).toEqual(['RequestReceived'])
    // With a value, the real field takes over; the unfinished text is still there.
    await waitFor(() => expect(screen.getByRole('button', { name: 'RequestReceived' })).toBeTruthy())
    expect(field().value).toBe('Respo')
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(values()).toEqual(['RequestReceived', 'Respo'])
  })

  it('Enter in the look-alike adds the typed value', () => {
    render(<Harness />)
    fireEvent.change(field(), { target: { value: 'Panic' } })
    fireEvent.keyDown(field(), { key: 'Enter' })
    expect(values()).toEqual(['Panic'])
  })
})

/**
 * shape describes rendered markup for comparison: React's generated ids become their order of appearance, and
 * each emotion class (its name is a hash) becomes the CSS rules written for it, with the name left out.
 */
function shape(root: HTMLElement): string {
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n')
  const ids: string[] = []
  const html = root.innerHTML.replace(/_r_[0-9a-z]+_|«r[0-9a-z]+»|:r[0-9a-z]+:/g, (id) => {
    if (!ids.includes(id)) ids.push(id)
    return `ID${ids.indexOf(id)}`
  })
  return html.replace(/css-[0-9a-z]+(-[A-Za-z-]+)?/g, (name) => {
    const rules = css.split('}').filter((r) => r.includes(`.${name}`))
    return `[${rules.map((r) => r.replaceAll(name, '&').trim()).join('} ')}]`
  })
}

describe("LazyChipInput's look-alike", () => {
  it.each([
    ['empty, with help', {}],
    ['with an error', { error: true }],
    ['disabled, with a placeholder', { disabled: true, placeholder: 'e.g. Panic' }],
  ])('renders what a small outlined TextField renders (%s)', (_name, extra) => {
    const help = 'Stages no rule logs.'
    const lookAlike = render(
      <LazyChipInput
        label="Policy omit stages"
        value={[]}
        onChange={() => {}}
        helperText={help}
        {...extra}
      />,
    ).container
    const expected = shape(lookAlike)
    cleanup()
    const textField = render(
      <Box>
        <TextField
          size="small"
          fullWidth
          label="Policy omit stages"
          value=""
          onChange={() => {}}
          helperText={help}
          {...extra}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': false,
              'aria-autocomplete': 'list',
              readOnly: false,
            },
          }}
        />
      </Box>,
    ).container
    expect(shape(textField)).toBe(expected)
  })
})
