import {describe, expect, it} from 'vitest'

import {makeStyle, noteLine, stripEscapes, truncateVisible, visibleWidth, wrap} from '../../src/ui/style.js'

const colour = makeStyle({isTTY: true, columns: 60}, {FORCE_COLOR: '1'})

describe('visible width', () => {
  it('does not count colour codes', () => {
    expect(visibleWidth(colour.red('error'))).toBe(5)
    expect(colour.red('error').length).toBeGreaterThan(5)
  })
  it('counts wide characters twice and combining marks not at all', () => {
    expect(visibleWidth('日本')).toBe(4)
    expect(visibleWidth('e\u0301')).toBe(1)
  })
})

describe('wrap', () => {
  const words = 'Use AWS Fargate or AWS Batch or Amazon EC2 Auto Scaling instead of running this on Lambda every night'
  it('wraps coloured text where plain text wraps', () => {
    const styled = words
      .split(' ')
      .map((w, i) => (i % 2 ? colour.dim(w) : colour.bold(w)))
      .join(' ')
    expect(stripEscapes(wrap(styled, 30, 4, 2))).toBe(wrap(words, 30, 4, 2))
  })
  it('never lets a line run past the width, and never splits a word', () => {
    for (const width of [20, 33, 41, 60]) {
      const lines = wrap(colour.yellow(words), width, 6, 2).split('\n')
      for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(width)
      expect(stripEscapes(lines.join(' ')).split(/\s+/).filter(Boolean)).toEqual(words.split(' '))
    }
  })
  it('notes for stderr wrap at word boundaries', () => {
    const note = noteLine(
      `the bank cannot supply every domain weight; a full simulation borrows questions from the other domains instead.`,
      40,
    )
    for (const line of note.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40)
    expect(note).toMatch(/\binstead\.\n$/)
  })
})

describe('truncateVisible', () => {
  it('cuts to the visible width and closes colours', () => {
    const cut = truncateVisible(colour.green('a long green line of text'), 10)
    expect(visibleWidth(cut)).toBe(10)
    expect(cut.endsWith('\u001B[0m')).toBe(true)
    expect(truncateVisible('short', 10)).toBe('short')
    expect(truncateVisible('plain text that is long', 8)).toBe('plain t…')
  })
})
