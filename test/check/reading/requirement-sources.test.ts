import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../../src/core/check/check-document.js'
import {checkDeps} from '../../helpers/check.js'

/**
 * Failure kind 1 of "read design documents written by other people":
 * requirements were taken from anywhere. They come only from sections whose
 * role states them (context, drivers, requirements) and from the decision's
 * own justification; never from an option's pros and cons, consequences,
 * trade-offs or examples.
 */
describe('requirements come only from sections that state them', async () => {
  const deps = await checkDeps()
  const ruleIds = (text: string) =>
    checkDocument('docs/adr/0010-thumbnails.md', text, deps).findings.map((f) => f.ruleId)

  it('a pro of a rejected option, under a heading that only names the option, is not a requirement', () => {
    const text = `# 10. Thumbnail rendering

## Context and Problem Statement

Uploaded photos need thumbnails in three sizes within a minute of upload.

## Considered Options

### Self-managed EC2 fleet

* Good, because a full catalogue rebuild that runs for about three hours is no problem on a server.
* Bad, because someone has to patch the fleet.

### AWS Lambda

* Good, because nothing runs while no photo arrives.

## Decision Outcome

Chosen option: AWS Lambda, because uploads are sporadic and each thumbnail takes seconds.
`
    expect(ruleIds(text)).toEqual([])
    expect(
      ruleIds(
        text.replace('### Self-managed EC2 fleet\n\n', '').replace('## Considered Options\n\n', '## Context two\n\n'),
      ),
    ).toEqual(['lambda.max-timeout'])
  })

  it('what a trade-off section foresees is not a requirement', () => {
    const text = `# 10. Thumbnails

## Context

Photos arrive a few at a time; each thumbnail is made in under a second.

## Decision

We will generate thumbnails with AWS Lambda functions triggered by S3 uploads.

## Trade-offs

A yearly re-render of the whole archive would take about two hours, and would have to be split into small batches first.
`
    expect(ruleIds(text)).toEqual([])
  })

  it('an example section is not a requirement', () => {
    const text = `# 10. Report API

## Context

Analysts call the report API a few hundred times a day.

## Decision

We will serve the report API from AWS Lambda behind API Gateway.

## Example queries

A heavy query over the events of the last 24 hours runs for about 40 minutes in the current warehouse, which is why it is precomputed nightly.
`
    expect(ruleIds(text)).toEqual([])
  })

  it('an implications section, in any wording, is not a requirement', () => {
    const text = `# 10. Ingest

## Problem

Sensor files land in S3 every few minutes and must be parsed.

## Decision

Parsing runs in AWS Lambda.

## Implications

If a partner ever sends a single file that takes more than an hour to parse, that partner will need a different pipeline.
`
    expect(ruleIds(text)).toEqual([])
  })

  it('the decision’s own justification is read', () => {
    const text = `# 10. Nightly export

## Context

Finance needs the export every morning.

## Decision

We will run the export on AWS Lambda, because each export takes about two hours and we do not want servers.
`
    expect(ruleIds(text)).toEqual(['lambda.max-timeout'])
  })
})

describe('the decision restating its own choice', async () => {
  const deps = await checkDeps()

  it('does not outvote the need the context states', () => {
    const text =
      '# 30. Paying for the search cluster\n\n## Context\n\nThe search cluster is busy around the clock and will be for the next three years.\n\n## Decision\n\nWe keep the cluster on On-Demand Instances, with no commitment.\n'
    const report = checkDocument('docs/adr/0030-search.md', text, deps)
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['edgewise.better-fit', 'warning'])
  })

  it('a decision that agrees with the context changes nothing', () => {
    const text =
      '# 31. Paying for the pilot\n\n## Context\n\nThe pilot runs for two months and may be switched off any week.\n\n## Decision\n\nOn-Demand Instances, with no commitment.\n'
    expect(checkDocument('docs/adr/0031-pilot.md', text, deps).findings.filter((f) => f.severity !== 'note')).toEqual(
      [],
    )
  })
})
