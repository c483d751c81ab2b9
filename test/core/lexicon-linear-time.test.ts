import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

import {execAll} from '../../src/core/extract/exec-all.js'
import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

/**
 * Adversarial text is made of repeated fragments that lexicon patterns start
 * on and then fail to finish: digits and separators ("1,1,1,…000 GB per day"
 * was quadratic), unit words, words joined by hyphens, nested brackets.
 */
const FRAGMENTS = [
  '1',
  '1,',
  '1.',
  '1 ',
  '1-',
  '1 1,',
  '1, ',
  '9,9',
  '1.1',
  '0',
  'GB ',
  '1 GB ',
  'TB per ',
  'hours ',
  '2 hours ',
  'ms',
  's ',
  '1s ',
  'year ',
  '1 year ',
  'years of ',
  'a ',
  'a-',
  'x',
  "a's ",
  "'s ",
  'own ',
  'their own ',
  'of ',
  'of data ',
  'per ',
  'every ',
  'and ',
  ', ',
  'not ',
  'no ',
  'a few ',
  'half ',
  'twenty ',
  'up to ',
  'at least ',
  'within ',
  '1 to 2 ',
  '1-2 ',
  '(',
  '( ',
  '[',
  '((a))',
  '[[x]] ',
  '{',
  ' ',
  '-',
  '\n- ',
  '| ',
  '—',
]

/** Runs `regex` over all of `text`, as the extractor does. */
const matchCount = (regex: RegExp, text: string) => {
  let count = 0
  for (const _ of execAll(regex, text)) count++
  return count
}

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length))

const elapsed = (work: () => void) => {
  const start = performance.now()
  work()
  return performance.now() - start
}

/**
 * Time per character may not grow with the text: GROWTH times the text may
 * take at most LIMIT times as long (linear is 8, quadratic 64).
 */
const GROWTH = 8
const LIMIT = 24

/**
 * How much longer `work` takes on GROWTH times the text than on the text.
 * Timings on a shared two-core machine are noisy, and noise only ever adds
 * time: the two lengths are timed in turns (so a busy spell hits both) until
 * each has had 20 ms or 40 turns, the fastest of each is kept, and a ratio
 * over the limit is measured again before it counts. A real quadratic
 * blow-up is over the limit every time.
 */
function growth(work: (text: string) => void, unit: string, length: number): number {
  const short = repeatTo(unit, length)
  const long = repeatTo(unit, length * GROWTH)
  let ratio = Infinity
  for (let attempt = 0; attempt < 3 && ratio > LIMIT; attempt++) {
    let shortMs = Infinity
    let longMs = Infinity
    let spent = 0
    for (let turn = 0; turn < 40 && (turn < 3 || spent < 20); turn++) {
      const a = elapsed(() => work(short))
      shortMs = Math.min(shortMs, a)
      longMs = Math.min(
        longMs,
        elapsed(() => work(long)),
      )
      spent += a
    }
    ratio = Math.min(ratio, longMs / Math.max(shortMs, 0.01))
  }
  return ratio
}

describe('the lexicon takes time linear in the text', () => {
  it('every bundled pattern, on every adversarial fragment repeated to 4 KB and 32 KB', async () => {
    const kb = await bundledKnowledge()
    const slow: string[] = []
    for (const entry of kb.lexicon) {
      for (const [i, source] of entry.patterns.entries()) {
        const regex = new RegExp(source, 'gi')
        for (const fragment of FRAGMENTS) {
          // Most patterns reject 32 KB of any fragment in a fraction of a millisecond: a quadratic
          // one takes that long on the 4 KB text already (64 times less than at 32 KB).
          if (elapsed(() => matchCount(regex, repeatTo(fragment, 32 * 1024))) < 0.5) continue
          const ratio = growth((text) => matchCount(regex, text), fragment, 4096)
          if (ratio > LIMIT)
            slow.push(
              `${entry.id}.patterns[${i}] on ${JSON.stringify(fragment)}: ${ratio.toFixed(0)}x the time for ${GROWTH}x the text`,
            )
        }
      }
    }
    expect(slow).toEqual([])
    // It judges ratios, never absolute times, but it runs every pattern on every fragment: about 25 s on an idle
    // 2-core machine and 45-50 s on a slower one, past the suite's 30 s default.
  }, 300_000)

  it('the whole extractor, on random mixes of adversarial fragments (8 KB against 64 KB)', async () => {
    const kb = await bundledKnowledge()
    const mix = fc.array(fc.constantFrom(...FRAGMENTS), {minLength: 1, maxLength: 6}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(mix, (unit) => growth((text) => extractProfile(text, kb.lexicon), unit, 8192) < LIMIT),
      {numRuns: 25, seed: 12},
    )
  })

  it('the reported case: "1,1,1,…000 GB per day" is read in time proportional to its length', async () => {
    const kb = await bundledKnowledge()
    const read = (digits: string) => extractProfile(`${digits}000 GB per day`, kb.lexicon)
    read('1,'.repeat(1000))
    expect(growth(read, '1,', 16 * 1024)).toBeLessThan(LIMIT)
  })
})
