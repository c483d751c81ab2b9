import {readFileSync} from 'node:fs'
import {join} from 'node:path'

import type {ScannerTables} from '../core/extract/aho-corasick.js'

import {packageRoot} from './package-root.js'

/**
 * The lexicon prefilter's automaton, built at build time and stored as binary
 * (a ~1.7 MB transition table: as JSON it would cost more to parse than to
 * build). Layout: "EWSC", a little-endian u32 header length, the JSON header,
 * then the typed arrays one after another, each at a multiple of 4 bytes.
 */
const MAGIC = 'EWSC'
const VERSION = 1

interface Header {
  version: number
  literals: string[]
  boundary: string
  classes: number
  firstReporting: number
  /** null for Infinity, which JSON cannot hold. */
  longestBlankRun: null | number
  /** Element type and count of each array, in layout order. */
  arrays: [name: ArrayName, type: 'i32' | 'u8' | 'u16', length: number][]
}

type ArrayName = 'classOf' | 'delta' | 'flags' | 'lengths' | 'outputIds' | 'outputStarts'
const ARRAYS: readonly ArrayName[] = ['classOf', 'delta', 'outputStarts', 'outputIds', 'lengths', 'flags']
const TYPES = {u8: Uint8Array, u16: Uint16Array, i32: Int32Array} as const
const align4 = (n: number) => (n + 3) & ~3
const typeOf = (array: Int32Array | Uint8Array | Uint16Array) =>
  array instanceof Uint8Array ? 'u8' : array instanceof Uint16Array ? 'u16' : 'i32'

export const scannerSnapshotPath = (): string => join(packageRoot(), 'dist', 'knowledge-scanner.bin')

export function serializeScannerTables(tables: ScannerTables): Buffer {
  const header: Header = {
    version: VERSION,
    literals: tables.literals,
    boundary: tables.boundary,
    classes: tables.classes,
    firstReporting: tables.firstReporting,
    longestBlankRun: Number.isFinite(tables.longestBlankRun) ? tables.longestBlankRun : null,
    arrays: ARRAYS.map((name) => [name, typeOf(tables[name]), tables[name].length]),
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const parts: Buffer[] = [
    Buffer.from(MAGIC, 'latin1'),
    Buffer.alloc(4),
    json,
    Buffer.alloc(align4(8 + json.length) - 8 - json.length),
  ]
  parts[1]!.writeUInt32LE(json.length)
  for (const name of ARRAYS) {
    const bytes = Buffer.from(tables[name].buffer, tables[name].byteOffset, tables[name].byteLength)
    parts.push(bytes, Buffer.alloc(align4(bytes.length) - bytes.length))
  }
  return Buffer.concat(parts)
}

/**
 * Tables read back from `serializeScannerTables`' bytes, or undefined when the
 * bytes are not such a file of this version or do not hold together (the
 * caller then builds the tables itself).
 */
export function parseScannerTables(bytes: Uint8Array): ScannerTables | undefined {
  try {
    if (bytes.length < 8 || Buffer.from(bytes.buffer, bytes.byteOffset, 4).toString('latin1') !== MAGIC)
      return undefined
    // Typed arrays need their offsets aligned to the element size: copy when the bytes are not.
    const data = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    const jsonLength = view.getUint32(4, true)
    const header = JSON.parse(Buffer.from(data.buffer, data.byteOffset + 8, jsonLength).toString('utf8')) as Header
    if (header.version !== VERSION) return undefined
    let offset = align4(8 + jsonLength)
    const arrays: Partial<Record<ArrayName, Int32Array | Uint8Array | Uint16Array>> = {}
    for (const [name, type, length] of header.arrays) {
      const Type = TYPES[type]
      if (offset + length * Type.BYTES_PER_ELEMENT > data.byteLength) return undefined
      arrays[name] = new Type(data.buffer as ArrayBuffer, data.byteOffset + offset, length)
      offset = align4(offset + length * Type.BYTES_PER_ELEMENT)
    }
    const {classOf, delta, outputStarts, outputIds, lengths, flags} = arrays
    if (!(
      classOf instanceof Uint8Array &&
      flags instanceof Uint8Array &&
      outputStarts instanceof Int32Array &&
      outputIds instanceof Int32Array &&
      lengths instanceof Int32Array
    ))
      return undefined
    if (!(delta instanceof Uint16Array || delta instanceof Int32Array)) return undefined
    // Shapes only: the file comes from our own build, and reading every entry would cost what
    // building does. A truncated or mismatched file fails here.
    const states = delta.length / header.classes
    const consistent =
      classOf.length === 128 &&
      Number.isInteger(states) &&
      lengths.length === header.literals.length &&
      flags.length === header.literals.length &&
      outputStarts.length === states - header.firstReporting + 1 &&
      outputStarts.at(-1) === outputIds.length
    if (!consistent) return undefined
    return {
      literals: header.literals,
      boundary: header.boundary,
      classOf,
      classes: header.classes,
      delta,
      firstReporting: header.firstReporting,
      outputStarts,
      outputIds,
      lengths,
      flags,
      longestBlankRun: header.longestBlankRun ?? Number.POSITIVE_INFINITY,
    }
  } catch {
    return undefined
  }
}

/** The snapshot's tables, or undefined when the file is missing or unusable. */
export function readScannerSnapshot(path = scannerSnapshotPath()): ScannerTables | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    return undefined
  }
  return parseScannerTables(bytes)
}
