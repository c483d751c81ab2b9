import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../../src/core/check/check-document.js'
import {checkDeps} from '../../helpers/check.js'

/**
 * READMEs of infrastructure modules and functions: notes with no decision
 * section that say what they build as "an X function to do Y", in resource
 * lists and link text, and whose links and images carry file names that
 * state nothing.
 */
describe('a README that describes what it builds', async () => {
  const deps = await checkDeps()
  const chosenIn = (text: string) =>
    checkDocument('modules/edge-site/README.md', text, deps)
      .chosen.map((c) => c.service)
      .sort()

  it('"<service> function to …" in a resource list describes a service the module uses', () => {
    const text =
      '# edge-site\n\nThe stack serves a single-page app from S3 using Amazon CloudFront.\n\nIt creates:\n\n- `AWS::S3::Bucket` - the asset bucket\n- `AWS::Lambda::Function` - Lambda@Edge function to send every unknown route to the app shell\n'
    expect(chosenIn(text)).toEqual(['cloudfront', 'lambda-at-edge'])
  })

  it('a linked service name heading the sentence ("[Lambda@Edge](…) handler that …") is what the note describes', () => {
    const text =
      '# host-redirector\n\n[AWS Lambda@Edge](https://aws.amazon.com/lambda/edge/) handler that sends visitors of the old hostname to the new one.\n'
    expect(chosenIn(text)).toEqual(['lambda-at-edge'])
  })

  it('a service only compared, not described as built, is still not chosen', () => {
    const text =
      '# Edge options\n\nLambda@Edge and CloudFront Functions can both rewrite a path. Lambda@Edge costs more per request.\n'
    expect(chosenIn(text)).toEqual([])
  })

  it('a file name in an image or a link is not a requirement', () => {
    // The diagram's file name says "basic auth at CloudFront"; the prose asks only for a static site.
    const text =
      '# static-site\n\n![Overview](diagrams/cloudfront-basic-auth-viewer-request.png)\n\nThis module serves static files from S3 through a CloudFront distribution, using a Lambda@Edge function to add response headers.\n'
    const report = checkDocument('modules/static-site/README.md', text, deps)
    expect(report.chosen.map((c) => c.service)).toContain('lambda-at-edge')
    expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([])
  })
})

describe('access control at the CDN', async () => {
  const deps = await checkDeps()

  it('password protection of a distribution runs on every viewer request, so CloudFront Functions fit better than Lambda@Edge', () => {
    const text =
      '# preview-gate\n\nA Terraform module that puts a Lambda@Edge function in front of preview sites to password-protect their CloudFront distributions with HTTP basic auth; the user and password are module inputs.\n'
    const report = checkDocument('modules/preview-gate/README.md', text, deps)
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.instead])).toEqual([
      ['edgewise.better-fit', 'warning', ['cloudfront-functions']],
    ])
  })

  it('basic auth with no CDN in the sentence says nothing about the edge', () => {
    const text =
      '# admin-api\n\nThe admin API runs on AWS Fargate behind an internal load balancer, and it uses basic auth for the two operators.\n'
    const report = checkDocument('services/admin-api/README.md', text, deps)
    expect(report.findings.filter((f) => f.ruleId === 'edgewise.better-fit')).toEqual([])
  })
})

describe('a design description whose architecture section is only a diagram', async () => {
  const deps = await checkDeps()
  const diagram = '## Architecture\n\n```mermaid\ngraph TD\n  UI --> API --> Workers\n```\n'

  it('takes the choice from what the overview says the system uses', () => {
    const text = `# Design\n\n## Overview\n\nThe tool uses a Svelte front end, AWS Fargate with GPU support for the object-detection model, and S3 for uploads.\n\n${diagram}`
    const report = checkDocument('specs/vision/design.md', text, deps)
    expect(report.status).toBe('judged')
    expect(report.chosen.map((c) => c.service)).toEqual(['fargate'])
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['fargate.no-gpu', 'error'])
  })

  it('does not take what the system uses today as the design', () => {
    const text = `# Design\n\n## Overview\n\nThe current tool uses AWS Lambda for every request; this design adds a reporting page.\n\n${diagram}`
    expect(checkDocument('specs/reports/design.md', text, deps).chosen).toEqual([])
  })

  it('a decision section that says the decision is open keeps the record undecided', () => {
    const text =
      '# 12. Video workers\n\n## Context\n\nThe pipeline uses AWS Fargate for the encoders.\n\n## Decision\n\nTBD\n'
    const report = checkDocument('docs/adr/0012-video.md', text, deps)
    expect(report.status).toBe('not-judged')
    expect(report.chosen).toEqual([])
  })
})

describe('a caution whose advice the document already follows', async () => {
  const deps = await checkDeps()

  it('is a note, not a warning', () => {
    const text =
      '# 7. Paying for compute\n\n## Context\n\nThe order API runs on twenty instances around the clock. The four test environments sit idle every night and at weekends.\n\n## Decision\n\n- A one-year Compute Savings Plan for the API baseline.\n- Instance Scheduler on AWS stops the test environments out of hours.\n'
    const report = checkDocument('docs/adr/0007-paying.md', text, deps)
    expect(report.chosen.map((c) => c.service).sort()).toEqual(['instance-scheduler', 'savings-plans'])
    expect(report.findings.filter((f) => f.severity !== 'note')).toEqual([])
  })

  it('stays a warning when the document does not follow it', () => {
    const text =
      '# 7. Paying for compute\n\n## Context\n\nThe four test environments sit idle every night and at weekends.\n\n## Decision\n\n- A one-year Compute Savings Plan covers the test environments.\n'
    const report = checkDocument('docs/adr/0007-paying.md', text, deps)
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['savings-plans.off-hours', 'warning'])
  })
})
