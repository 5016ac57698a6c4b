// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ChipInput } from './ChipInput.tsx'

function Harness({ initial = [] as string[], suggestions = [] as string[] }) {
  const [values, setValues] = useState<string[]>(initial)
  return (
    <>
      <ChipInput label="Verbs" value={values} onChange={setValues} suggestions={suggestions} />
      <output data-testid="values">{JSON.stringify(values)}</output>
    </>
  )
}

const values = () => JSON.parse(screen.getByTestId('values').textContent!) as string[]
const input = () => screen.getByRole('combobox', { name: 'Verbs' }) as HTMLInputElement

afterEach(cleanup)

describe('ChipInput', () => {
  it('adds a value on Enter', () => {
    render(<Harness />)
    fireEvent.change(input(), { target: { value: 'get' } })
    fireEvent.keyDown(input(), { key: 'Enter' })
    expect(values()).toEqual(['get'])
    expect(input().value).toBe('')
  })

  it('adds a value when a comma is typed, keeping what follows', () => {
    render(<Harness />)
    fireEvent.change(input(), { target: { value: 'get,' } })
    expect(values()).toEqual(['get'])
    fireEvent.change(input(), { target: { value: 'list, wat' } })
    expect(values()).toEqual(['get', 'list'])
    expect(input().value).toBe(' wat')
  })

  it('adds each item of a pasted comma/newline list, trimmed and without duplicates', () => {
    render(<Harness initial={['get']} />)
    fireEvent.paste(input(), { clipboardData: { getData: () => 'get, list\nwatch\n\n' } })
    expect(values()).toEqual(['get', 'list', 'watch'])
  })

  it('keeps a pasted single value as text to edit', () => {
    render(<Harness />)
    const prevented = !fireEvent.paste(input(), { clipboardData: { getData: () => 'get' } })
    expect(prevented).toBe(false)
    expect(values()).toEqual([])
  })

  it('reads "" as the empty string and shows it quoted', () => {
    render(<Harness />)
    fireEvent.change(input(), { target: { value: '""' } })
    fireEvent.keyDown(input(), { key: 'Enter' })
    expect(values()).toEqual([''])
    expect(screen.getByRole('button', { name: '""' })).toBeTruthy()
  })

  it('commits typed text when the field is left', () => {
    render(<Harness />)
    fireEvent.change(input(), { target: { value: 'patch' } })
    fireEvent.blur(input())
    expect(values()).toEqual(['patch'])
  })

  it('removes a chip with its delete icon', () => {
    render(<Harness initial={['get', 'list']} />)
    fireEvent.click(within(screen.getByRole('button', { name: 'get' })).getByTestId('CancelIcon'))
    expect(values()).toEqual(['list'])
  })

  it('offers suggestions that match what is typed', () => {
    render(<Harness suggestions={['get', 'list', 'watch']} />)
    fireEvent.change(input(), { target: { value: 'wa' } })
    const options = screen.getAllByRole('option').map((o) => o.textContent)
    expect(options).toEqual(['watch'])
    fireEvent.click(screen.getByRole('option', { name: 'watch' }))
    expect(values()).toEqual(['watch'])
  })
})
