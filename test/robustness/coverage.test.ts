import {describe, expect, it} from 'vitest'

import {BATCH_CASES} from './cases/batch.js'
import {DATA_LOSS_CASES} from './cases/data-loss.js'
import {HANG_CASES} from './cases/hang.js'
import {MALFORMED_CASES} from './cases/malformed.js'
import {REDOS_CASES} from './cases/redos.js'
import {WRITE_CASES} from './cases/write.js'
import {CATEGORIES} from './harness.js'

const CORPUS = [...HANG_CASES, ...REDOS_CASES, ...BATCH_CASES, ...DATA_LOSS_CASES, ...WRITE_CASES, ...MALFORMED_CASES]

describe('the bad-input corpus', () => {
  it('has at least 80 inputs, every category of issue 12 among them, each name unique', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80)
    for (const category of CATEGORIES)
      expect(CORPUS.filter((c) => c.category === category).length, category).toBeGreaterThanOrEqual(3)
    expect(new Set(CORPUS.map((c) => `${c.category}: ${c.name}`)).size).toBe(CORPUS.length)
  })

  it('every input names what went wrong, and every batch names the files it must still report', () => {
    for (const input of CORPUS) expect(input.names.length, input.name).toBeGreaterThan(0)
    // A check of several documents where one is bad (a bad --baseline, --output or --rules stops the run as a whole).
    const wholeRun = new Set(['--baseline', '--output', '--write-baseline', '--rules'])
    const batches = CORPUS.filter(
      (c) =>
        c.args[0] === 'check' &&
        c.exit === 2 &&
        Object.keys(c.files ?? {}).length > 1 &&
        !c.args.some((a) => wholeRun.has(a)),
    )
    for (const batch of batches) expect(batch.stillReported?.length ?? 0, batch.name).toBeGreaterThan(0)
  })

  it('uses only the documented exit codes', () => {
    expect(new Set(CORPUS.map((c) => c.exit))).toEqual(new Set([0, 1, 2]))
  })
})
