import {describe, expect, it} from 'vitest'

import {escapeRegExp} from '../../src/core/extract/escape-regexp.js'
import {trieAlternation} from '../../src/core/extract/trie-alternation.js'
import {bundledKnowledge} from '../helpers/knowledge.js'

// What the trie replaces: every phrase, longest first, joined by "|".
const flat = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join(String.raw`[\s-]+`),
    )
    .join('|')

const bounded = (body: string, flags: string) => new RegExp(`(?<![\\w@])(?:${body})(?![\\w@])`, flags)
const matches = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`)

describe('trieAlternation', () => {
  it('finds the longest phrase at a place, and the shorter one where the longer does not end on a word boundary', () => {
    const regex = bounded(
      trieAlternation(['spot', 'spot fleet', 'spot instances', 'lambda', 'lambda@edge'], {ignoreCase: true}),
      'gi',
    )
    expect(
      matches(regex, 'A Spot Fleet, Spot-Instances, a spot fleetwide policy and Lambda@Edge beside lambda.'),
    ).toEqual(['2:Spot Fleet', '14:Spot-Instances', '32:spot', '58:Lambda@Edge', '77:lambda'])
  })

  it('matches exactly what the flat alternation matches, for the catalog aliases over varied text', async () => {
    const {catalog} = await bundledKnowledge()
    const names = catalog.flatMap((e) => [
      e.name,
      ...e.aliases,
      ...(e.variants ?? []).flatMap((v) => [v.name, ...v.aliases]),
    ])
    const aliases = [...new Set(names.map((a) => a.toLowerCase()))]
    expect(aliases.length).toBeGreaterThan(100)
    const text = [
      ...aliases.map((a, i) => (i % 3 === 0 ? a.toUpperCase() : i % 3 === 1 ? `${a}s` : a.replaceAll(' ', '-'))),
      'Run it on Spot Instances behind an Application Load Balancer, with a Compute Savings Plan for the base.',
      'The spotlight, a lambdas-ish word, Outposts rack and Outposts server, cloudfront-functions and Lambda@Edge.',
    ].join(' ; ')
    expect(matches(bounded(trieAlternation(aliases, {ignoreCase: true}), 'gi'), text)).toEqual(
      matches(bounded(flat(aliases), 'gi'), text),
    )
  })

  it('keeps case where asked: short aliases such as "RI" are matched exactly', () => {
    const regex = bounded(trieAlternation(['RI', 'RIs', 'SP'], {ignoreCase: false}), 'g')
    expect(matches(regex, 'Buy RIs or an SP, not a ri or Sp.')).toEqual(['4:RIs', '14:SP'])
  })
})
