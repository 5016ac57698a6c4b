// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
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
