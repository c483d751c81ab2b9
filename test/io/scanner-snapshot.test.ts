import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {addPrebuiltScanners, buildScannerTables, LiteralScanner} from '../../src/core/extract/aho-corasick.js'
import {prefilterTables} from '../../src/core/extract/extract-profile.js'
import {WORD_BOUNDARY} from '../../src/core/extract/regex-literals.js'
import {parseScannerTables, readScannerSnapshot, serializeScannerTables} from '../../src/io/scanner-snapshot.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

const B = WORD_BOUNDARY
const LITERALS = [`${B}spot${B}`, 'spot instance', `${B}on-demand`, 'link drops', `${B}per${B}`, 'a b', 'an hour']

/** Every literal a scan finds in the whole text. */
function scan(scanner: LiteralScanner, text: string): number[] {
  const found: number[] = []
  scanner.collect(text, 0, text.length, 1, new Int32Array(LITERALS.length), found)
  return found.sort((a, b) => a - b)
}

describe('the prefilter automaton stored at build time', () => {
  it('reads back exactly what was written', () => {
    const tables = buildScannerTables(LITERALS, B)
    expect(parseScannerTables(serializeScannerTables(tables))).toEqual(tables)
  })

  it('keeps a blank-only literal (any blank run may hold it) through the file', () => {
    const tables = buildScannerTables([...LITERALS, '  '], B)
    expect(tables.longestBlankRun).toBe(Number.POSITIVE_INFINITY)
    expect(parseScannerTables(serializeScannerTables(tables))?.longestBlankRun).toBe(Number.POSITIVE_INFINITY)
  })

  it('scans the same from tables read back as from tables just built', () => {
    const built = LiteralScanner.fromTables(buildScannerTables(LITERALS, B))
    const read = LiteralScanner.fromTables(parseScannerTables(serializeScannerTables(buildScannerTables(LITERALS, B)))!)
    const words = fc.constantFrom(
      'Spot',
      'spot',
      'instance',
      'on-demand',
      'link',
      'drops',
      'per',
      'a',
      'b',
      'an',
      'hour',
      'x',
      ' ',
      '  ',
      '-',
      '.',
      '\n',
      'é',
    )
    fc.assert(
      fc.property(fc.array(words, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        expect(scan(read, text)).toEqual(scan(built, text))
      }),
    )
    expect(scan(read, 'Spot instances; the link drops an hour per day')).toEqual([0, 1, 3, 4, 6])
  })

  it('is refused when the file is not one, is cut short or is another version', () => {
    const bytes = serializeScannerTables(buildScannerTables(LITERALS, B))
    expect(parseScannerTables(Buffer.from('not a scanner file'))).toBeUndefined()
    expect(parseScannerTables(bytes.subarray(0, -8))).toBeUndefined()
    const other = Buffer.from(bytes)
    const json = other.toString('latin1')
    other.write('"version":9', json.indexOf('"version":1'), 'latin1')
    expect(parseScannerTables(other)).toBeUndefined()
    expect(readScannerSnapshot('/nonexistent/knowledge-scanner.bin')).toBeUndefined()
  })

  it('is used only for exactly the literals it was built for', () => {
    const tables = buildScannerTables(['alpha', 'beta'], B)
    addPrebuiltScanners(() => tables)
    expect(LiteralScanner.for(['alpha', 'beta'], B).tables).toBe(tables)
    expect(LiteralScanner.for(['alpha', 'beta', 'gamma'], B).tables).not.toBe(tables)
    expect(LiteralScanner.for(['alpha', 'beta'], '\u0002').tables).not.toBe(tables)
  })

  it('in dist/ matches the bundled lexicon (the build wrote it from rules/)', async () => {
    const kb = await bundledKnowledge()
    const stored = readScannerSnapshot()
    expect(stored).toBeDefined()
    expect(prefilterTables(kb.lexicon)).toBe(prefilterTables(kb.lexicon))
    expect(stored).toEqual(buildScannerTables(stored!.literals, WORD_BOUNDARY))
    expect(prefilterTables(kb.lexicon).literals).toEqual(stored!.literals)
  })
})
