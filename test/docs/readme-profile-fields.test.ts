import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

import {FIELD_SPECS} from '../../src/core/knowledge/profile-fields.js'

const fieldsOf = (row: string) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)
const valuesOf = (row: string) => [...row.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)

/** The README's profile table is what people write profiles and front matter from: it must not drift from the schema. */
describe('the README profile fields table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const table = readme.slice(readme.indexOf('### Profile fields'), readme.indexOf('## `edgewise check PATH...`'))
  const rows = table.split('\n').filter((line) => line.startsWith('| `'))

  it('names every profile field', () => {
    const listed = new Set(rows.flatMap(fieldsOf))
    expect(Object.keys(FIELD_SPECS).filter((f) => !listed.has(f))).toEqual([])
  })

  it('lists exactly the values of every enum field', () => {
    for (const [field, spec] of Object.entries(FIELD_SPECS) as [
      string,
      {kind: string; values?: readonly unknown[]},
    ][]) {
      if (spec.kind !== 'enum') continue
      const row = rows.find((r) => fieldsOf(r)[0] === field)
      expect(row, field).toBeDefined()
      expect(valuesOf(row!).slice(0, spec.values!.length), field).toEqual(spec.values!.map(String))
    }
  })
})
