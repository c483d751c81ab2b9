import fc from 'fast-check'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

import {extractProfile} from '../../src/core/extract/extract-profile.js'
import {requiredLiterals} from '../../src/core/extract/regex-literals.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

/**
 * The literal prefilter (required literals, word boundaries, one Aho–Corasick
 * pass per segment) only decides which patterns to skip: it must never change
 * what is extracted. The reference runs every pattern on every segment.
 */
const fixture = (name: string) =>
  parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as {text: string}[]
const folder = (url: URL, ext: RegExp) =>
  readdirSync(url)
    .filter((f) => ext.test(f))
    .map((f) => readFileSync(new URL(f, url), 'utf8'))

describe('lexicon prefilter', async () => {
  const kb = await bundledKnowledge()
  const same = (text: string): void => {
    expect(extractProfile(text, kb.lexicon)).toEqual(extractProfile(text, kb.lexicon, {prefilter: false}))
  }

  it('finds required literals in every bundled pattern, so none runs on every sentence', () => {
    // A \u2013 escape once made the parser skip to the brace of a later {1,2} and give up on the pattern.
    expect(requiredLiterals(String.raw`\bonly\s+(?:Monday\s*(?:to|\u2013)\s*Friday)\s+\d{1,2}\b`)).not.toBeNull()
    const ungated = kb.lexicon
      .flatMap((e) => e.patterns.map((p, i) => [`${e.id}.patterns[${i}]`, p] as const))
      .filter(([, p]) => requiredLiterals(p) === null)
    expect(ungated.map(([where]) => where)).toEqual([])
  })

  it('extracts the same as running every pattern, on every lexicon example and counterexample', () => {
    const sentences = kb.lexicon.flatMap((e) => [...e.examples, ...(e.counterexamples ?? [])])
    expect(sentences.length).toBeGreaterThan(200)
    for (const sentence of sentences) same(sentence)
  })

  it('extracts the same on scenarios, example architectures and the question bank', () => {
    const texts = [
      ...fixture('scenarios.yaml').map((s) => s.text),
      ...fixture('scenarios-holdout.yaml').map((s) => s.text),
      ...folder(new URL('../../examples/architectures/', import.meta.url), /\.md$/),
      ...folder(new URL('../../questions/', import.meta.url), /\.md$/),
    ]
    expect(texts.length).toBeGreaterThan(90)
    for (const text of texts) same(text)
  })

  it('extracts the same on shuffled, re-cased fragments of lexicon examples', () => {
    const words = [...new Set(kb.lexicon.flatMap((e) => e.examples.join(' ').split(/\s+/)))]
    const word = fc
      .constantFrom(...words)
      .chain((w) => fc.constantFrom(w, w.toUpperCase(), w.toLowerCase(), `${w}s`, `un${w}`, `(${w})`))
    const separator = fc.constantFrom(' ', ' ', ' ', '-', '. ', ', ', '\n', '\n\n- ', ' | ', 'é')
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), {minLength: 1, maxLength: 60}), (parts) => {
        same(parts.map(([w, s]) => w + s).join(''))
      }),
      {numRuns: 400, seed: 20_261_125},
    )
  })
})
