import {describe, expect, it} from 'vitest'
import * as z from 'zod'

import {fingerprint} from '../../../src/core/check/baseline.js'
import {artifactUri, renderSarif, SARIF_SCHEMA} from '../../../src/formats/report/sarif.js'
import {doc, finding, mixedReport, report, unreadable} from '../../check/builders.js'

// The parts of the SARIF 2.1.0 schema (and of GitHub's ingestion rules) edgewise relies on.
const Level = z.enum(['none', 'note', 'warning', 'error'])
const Uri = z.string().regex(/^(?!\.\/)(?!\/)[^\\\s]+$/, 'relative, forward slashes, no leading ./')
const Region = z.object({startLine: z.int().min(1)})
const FileLocation = z.object({
  physicalLocation: z.object({artifactLocation: z.object({uri: Uri}), region: z.optional(Region)}),
  message: z.optional(z.object({text: z.string().min(1)})),
})
const Location = z.object({
  physicalLocation: z.object({artifactLocation: z.object({uri: Uri}), region: Region}),
  message: z.optional(z.object({text: z.string().min(1)})),
})
const Sarif = z.object({
  version: z.literal('2.1.0'),
  $schema: z.literal(SARIF_SCHEMA),
  runs: z.tuple([
    z.object({
      tool: z.object({
        driver: z.object({
          name: z.string().min(1),
          version: z.string(),
          informationUri: z.optional(z.url()),
          rules: z.array(
            z.object({
              id: z.string().min(1),
              shortDescription: z.object({text: z.string().min(1)}),
              fullDescription: z.object({text: z.string().min(1)}),
              helpUri: z.optional(z.url()),
              defaultConfiguration: z.object({level: Level}),
            }),
          ),
        }),
      }),
      invocations: z.tuple([
        z.object({
          executionSuccessful: z.boolean(),
          toolExecutionNotifications: z.array(
            z.object({level: Level, message: z.object({text: z.string().min(1)}), locations: z.array(FileLocation)}),
          ),
        }),
      ]),
      results: z.array(
        z.object({
          ruleId: z.string().min(1),
          ruleIndex: z.int().min(0),
          level: Level,
          message: z.object({text: z.string().min(1)}),
          locations: z.array(Location).min(1),
          relatedLocations: z.optional(z.array(Location.extend({id: z.int().min(0)}))),
          partialFingerprints: z.record(z.string(), z.string()),
          suppressions: z.optional(
            z.array(z.object({kind: z.enum(['inSource', 'external']), justification: z.string().min(1)})),
          ),
        }),
      ),
    }),
  ]),
})

const parse = (text: string) => Sarif.parse(JSON.parse(text))

describe('renderSarif', () => {
  it('produces the SARIF 2.1.0 shape code scanning reads', () => {
    const log = parse(renderSarif(mixedReport()))
    const run = log.runs[0]
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId)
  })

  it('lists only rules with results, sorted, and makes up a descriptor for rules it does not know', () => {
    const run = parse(renderSarif(mixedReport())).runs[0]
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'cloudfront-functions.origin-calls-only',
      'edgewise.missing-requirement',
      'lambda.max-timeout',
    ])
    expect(run.tool.driver.rules[1]?.defaultConfiguration.level).toBe('note')
    expect(run.tool.driver.rules[2]?.defaultConfiguration.level).toBe('error')
  })

  it('gives results in path, line, rule order with the requirement as a related location', () => {
    const run = parse(renderSarif(mixedReport())).runs[0]
    expect(
      run.results.map(
        (r) =>
          `${r.locations[0]?.physicalLocation.artifactLocation.uri}:${r.locations[0]?.physicalLocation.region.startLine}`,
      ),
    ).toEqual([
      'adr/0001-jobs.md:12',
      'adr/0001-jobs.md:20',
      'adr/0001-jobs.md:40',
      'adr/0002-edge.md:4',
      'adr/0002-edge.md:30',
    ])
    const first = run.results[0]
    expect(first?.relatedLocations?.[0]).toMatchObject({id: 1, physicalLocation: {region: {startLine: 5}}})
    expect(first?.message.text).toMatch(/\[at line 5\]\(1\)/)
    expect(first?.partialFingerprints).toEqual({'edgewise/v1': fingerprint(finding())})
  })

  it('names the alternative in the message when the finding text does not', () => {
    const r = report([
      doc('a.md', {
        findings: [finding({message: 'Lambda stops after 15 minutes [hard limit].', instead: ['ecs-fargate']})],
      }),
    ])
    const text = parse(renderSarif(r)).runs[0].results[0]?.message.text
    expect(text).toBe(
      String.raw`Lambda stops after 15 minutes \[hard limit\]. Use instead: ecs-fargate. Requirement stated [at line 5](1).`,
    )
  })

  it('keeps waived findings as suppressed results with the reason', () => {
    const run = parse(renderSarif(mixedReport())).runs[0]
    const suppressed = run.results.filter((r) => r.suppressions !== undefined)
    expect(suppressed).toHaveLength(1)
    expect(suppressed[0]?.suppressions).toEqual([
      expect.objectContaining({kind: 'inSource', justification: 'only reads a header (until 2026-12-31)'}),
    ])
  })

  it('reports unreadable files and invalid waivers as notifications', () => {
    const notes = parse(renderSarif(mixedReport())).runs[0].invocations[0].toolExecutionNotifications
    expect(
      notes.map((n) => [
        n.level,
        n.locations[0]?.physicalLocation.artifactLocation.uri,
        n.locations[0]?.physicalLocation.region?.startLine,
      ]),
    ).toEqual([
      ['warning', 'adr/0002-edge.md', 2],
      ['error', 'adr/0004-broken.md', 3],
    ])
    const lineless = parse(renderSarif(report([unreadable('x.md', 'not UTF-8')]))).runs[0].invocations[0]
      .toolExecutionNotifications[0]
    expect(lineless?.locations[0]?.physicalLocation).toEqual({artifactLocation: {uri: 'x.md'}})
  })

  it('is the same whatever order the analysis produced', () => {
    const a = mixedReport()
    const b = {
      ...a,
      documents: [...a.documents].reverse().map((d) => ({...d, findings: [...d.findings].reverse()})),
      rules: [...a.rules].reverse(),
    }
    expect(renderSarif(b)).toBe(renderSarif(a))
  })

  it('writes artifact URIs as relative references', () => {
    expect(artifactUri('./docs/adr/1.md')).toBe('docs/adr/1.md')
    expect(artifactUri(String.raw`docs\adr\1.md`)).toBe('docs/adr/1.md')
    expect(artifactUri('docs/my adr#1.md')).toBe('docs/my%20adr%231.md')
    expect(artifactUri('/abs/a.md')).toBe('file:///abs/a.md')
    expect(artifactUri(String.raw`C:\repo\a.md`)).toBe('file:///C:/repo/a.md')
  })

  it('is valid for an empty run', () => {
    const run = parse(renderSarif(report([]))).runs[0]
    expect(run.results).toEqual([])
    expect(run.tool.driver.rules).toEqual([])
  })
})
