import fc from 'fast-check'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

import {readMarkdownBody} from '../../src/core/check/analyze-markdown.js'
import {blankAsides, lexSkippingAsides} from '../../src/core/check/skip-asides.js'
import {checkDeps} from '../helpers/check.js'

/**
 * Skipping aside sections before lexing is only a shortcut: what the checker
 * reads from a document must be exactly what it reads when marked lexes all
 * of it, including when the scan is fooled (a heading-like line in an HTML
 * comment or a fence, a setext heading, a link definition spanning lines).
 */
const FRAGMENTS = [
  '# ADR 7: Nightly export',
  '## Context',
  '## Decision',
  '## Decision Outcome',
  '## Consequences',
  '### Risks ###',
  '## Status',
  '## Considered Options',
  '## Consequences ##',
  'Consequences\n------------',
  'Decision\n========',
  'The nightly export takes about 2 hours and must not be interrupted.',
  'Editors in Chicago need single-digit millisecond latency.',
  'We will run the export on AWS Lambda.',
  'We considered AWS Fargate but chose Spot Instances.',
  '- We use AWS Fargate for the API.\n- Spot Instances are cheaper.',
  'Alternatives we discussed:\n\n- AWS Outposts racks',
  '```\n## Decision\nWe will use AWS Lambda.\n```',
  '~~~\n# not a heading\n~~~',
  '```',
  '<!--\n## Decision\n-->',
  '<!-- edgewise-ignore lambda.max-timeout reason="measured" -->',
  '<div>\n\n## Consequences\n</div>',
  '[doc]: https://example.com "a title\n## Decision"',
  '---',
  '***',
  '    ## Decision',
  '> ## Consequences',
  '| a | b |\n|---|---|\n| AWS Lambda | c |',
  '**Decision:** We will use AWS Fargate.',
  'Note: Spot Instances are cheaper.',
  'Context: the export takes 3 hours.',
  '',
]

describe('skipping aside sections before lexing', async () => {
  const deps = await checkDeps()
  const full = (body: string) => readMarkdownBody(body, deps.lex(body), 0, deps.kb)
  const skipping = (body: string) => readMarkdownBody(body, lexSkippingAsides(body, deps.lex), 0, deps.kb)

  it('blanks the consequences and status of a typical ADR, keeping every offset and line', () => {
    const body =
      '# ADR 1\n\n## Status\n\nAccepted\n\n## Context\n\nThe job takes 2 hours.\n\n## Decision\n\nWe use AWS Lambda.\n\n## Consequences\n\n- Lambda is cheap.\n- We use Spot too.\n'
    const {text, sections} = blankAsides(body)
    expect(sections.length).toBe(4)
    expect(text.length).toBe(body.length)
    expect(text.split('\n').length).toBe(body.split('\n').length)
    expect(text).not.toContain('Accepted')
    expect(text).not.toContain('Spot')
    expect(text).toContain('We use AWS Lambda.')
    expect(skipping(body)).toEqual(full(body))
    expect(skipping(body).chosen.map((c) => c.service)).toEqual(['lambda'])
  })

  it('reads every example architecture exactly as when marked lexes all of it', () => {
    const folder = new URL('../../examples/architectures/', import.meta.url)
    const bodies = readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(new URL(f, folder), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    expect(bodies.length).toBeGreaterThanOrEqual(12)
    expect(bodies.filter((b) => blankAsides(b).sections.length > 0).length).toBeGreaterThan(5)
    for (const body of bodies) expect(skipping(body)).toEqual(full(body))
  })

  it('reads documents made of tricky fragments exactly as when marked lexes all of them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), {minLength: 1, maxLength: 14}),
        fc.constantFrom('\n', '\n\n'),
        (parts, gap) => {
          const body = `${parts.join(gap)}\n`
          expect(skipping(body)).toEqual(full(body))
        },
      ),
      {numRuns: 2000},
    )
  })

  it('falls back to lexing everything when a heading-like line sits inside an HTML comment', () => {
    const body =
      '## Context\n\nThe job takes 2 hours.\n\n<!--\n## Consequences\n-->\n\nIt must not be interrupted.\n\n## Decision\n\nWe use Spot Instances.\n'
    expect(blankAsides(body).sections.length).toBe(2)
    expect(skipping(body)).toEqual(full(body))
  })
})
