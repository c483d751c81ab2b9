import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {AdviceSchema} from '../../src/core/advisor/advice.js'
import {runCli} from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'edgewise-advise-'))
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
mkdirSync(join(dir, 'a-directory'))

/** A user error: exit 2, the message on stderr, and never a stack trace. */
function expectUserError(args: string[], pattern: RegExp, input?: Buffer | string) {
  const run = runCli(args, {input})
  expect(run.status, run.stderr).toBe(2)
  expect(run.stderr).toMatch(pattern)
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.stdout).toBe('')
}

describe('advise: bad input gets one clear message, exit code 2, no stack trace', () => {
  it('missing file', () =>
    expectUserError(['advise', '--profile', join(dir, 'nope.yaml')], /nope\.yaml: file not found/))
  it('a directory', () =>
    expectUserError(['advise', '--profile', join(dir, 'a-directory')], /a-directory: is a directory/))
  it('empty file', () => expectUserError(['advise', '--profile', file('empty.yaml', '')], /empty\.yaml: is empty/))
  it('whitespace-only file', () =>
    expectUserError(['advise', '--profile', file('blank.yaml', '  \n\n')], /blank\.yaml: is empty/))
  it('invalid YAML, with its line', () =>
    expectUserError(
      ['advise', '--profile', file('bad.yaml', 'clients: iot-devices\nlatency: [low\n')],
      /bad\.yaml:\d+: invalid YAML/,
    ))
  it('invalid JSON', () =>
    expectUserError(
      ['advise', '--profile', file('bad.json', '{"clients": "iot-devices",}')],
      /bad\.json(:\d+)?: invalid JSON/,
    ))
  it('wrong type, naming the field', () =>
    expectUserError(
      ['advise', '--profile', file('type.yaml', 'executionSeconds: two hours\n')],
      /type\.yaml: executionSeconds: expected number/,
    ))
  it('unknown enum value, naming the field and the allowed values', () =>
    expectUserError(
      ['advise', '--profile', file('enum.yaml', 'clients: martians\n')],
      /enum\.yaml: clients: must be one of: "iot-devices"/,
    ))
  it('unknown field', () =>
    expectUserError(
      ['advise', '--profile', file('field.yaml', 'colour: red\n')],
      /field\.yaml: unknown field "colour"/,
    ))
  it('not a mapping', () =>
    expectUserError(['advise', '--profile', file('list.yaml', '- a\n- b\n')], /list\.yaml: a profile is a mapping/))
  it('binary file', () =>
    expectUserError(
      ['advise', '--profile', file('bin.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
      /bin\.yaml: looks like a binary file/,
    ))
  it('invalid UTF-8, with the line of the bad byte', () =>
    expectUserError(
      [
        'advise',
        '--profile',
        file('latin1.yaml', Buffer.concat([Buffer.from('clients: iot-devices\nnote: caf'), Buffer.from([0xe9, 0x0a])])),
      ],
      /latin1\.yaml: is not valid UTF-8 text \(first bad byte on line 2\)/,
    ))
  it('invalid UTF-8 on stdin', () =>
    expectUserError(['advise'], /standard input is not valid UTF-8/, Buffer.from([0x66, 0xff, 0xfe, 0x0a])))
  it('no input at all when stdin is not a terminal', () => expectUserError(['advise'], /no requirements given/))
  it('two sources at once', () =>
    expectUserError(
      ['advise', '--text', 'x', '--example', 'iot-telemetry'],
      /only one of --profile, --text and --example/,
    ))
  it('an unknown example, listing the real ones', () =>
    expectUserError(['advise', '--example', 'nope'], /no bundled example called "nope"[\s\S]*iot-telemetry/))
  it('an unknown flag value', () =>
    expectUserError(
      ['advise', '--latency', 'fast'],
      /--latency fast is not one of: single-digit-ms, low, moderate, relaxed/,
    ))

  it('--json reports the error as JSON on stdout, still exit 2', () => {
    const run = runCli(['advise', '--profile', file('enum2.yaml', 'clients: martians\n'), '--json'])
    expect(run.status).toBe(2)
    const body = JSON.parse(run.stdout) as {error: {message: string; problems: {file: string; path: string}[]}}
    expect(body.error.problems[0]).toMatchObject({path: 'clients'})
    expect(body.error.problems[0]?.file).toMatch(/enum2\.yaml$/)
  })
})

describe('advise: output', () => {
  it('--json follows the documented contract', () => {
    const run = runCli(['advise', '--example', 'iot-telemetry', '--json'])
    expect(run.status, run.stderr).toBe(0)
    const advice = AdviceSchema.parse(JSON.parse(run.stdout))
    expect(advice.primary).toBe('iot-greengrass')
    expect(advice.recommendations[0]).toMatchObject({service: 'iot-greengrass', role: 'primary'})
    expect(advice.recommendations[0]?.reasons.length).toBeGreaterThan(0)
    expect(advice.rejected.map((r) => r.service)).toContain('outposts')
    expect(Object.keys(advice).sort()).toEqual([
      'compute',
      'nothingFits',
      'primary',
      'profile',
      'purchasing',
      'recommendations',
      'rejected',
      'tiedWithPrimary',
      'unscored',
    ])
    expect(advice.compute).toEqual({
      primary: 'iot-greengrass',
      tiedWithPrimary: [],
      alongside: ['iot-core', 'snowball-edge', 'lambda'],
      alternatives: [],
    })
    expect(advice.purchasing).toEqual({
      primary: null,
      tiedWithPrimary: [],
      alongside: [],
      alternatives: [],
      paysForComputePrimary: null,
      none: 'No purchasing option in the catalog pays for AWS IoT Greengrass.',
    })
    expect(Object.keys(advice.recommendations[0]!).sort()).toEqual([
      'category',
      'costNotes',
      'docs',
      'name',
      'reasons',
      'role',
      'score',
      'service',
      'track',
      'tradeoffs',
    ])
  })

  it('splits where it runs from how to pay: a serverless API is not told to run "alongside" Fargate', () => {
    const run = runCli([
      'advise',
      '--text',
      'A serverless API with unpredictable load; we want the least operational overhead.',
      '--json',
    ])
    const advice = AdviceSchema.parse(JSON.parse(run.stdout))
    expect(advice.compute.primary).toBe('lambda')
    expect(advice.compute.alongside).not.toContain('fargate')
    expect(advice.compute.alternatives).toEqual(expect.arrayContaining(['fargate', 'ec2-auto-scaling']))
    for (const r of advice.recommendations) expect(r.track).toBe(r.category === 'pricing' ? 'purchasing' : 'compute')
    const text = runCli([
      'advise',
      '--text',
      'A serverless API with unpredictable load; we want the least operational overhead.',
    ]).stdout
    expect(text).toMatch(/^Where it runs\n {2}AWS Lambda \(lambda\)/m)
    expect(text).toMatch(/^How to pay for it\n/m)
    expect(text.split('How to pay for it')[0]).not.toMatch(/On-Demand Instances \(ec2-on-demand\)/)
  })

  it('never says "use instead" of a candidate it rules out in the same output', () => {
    const run = runCli([
      'advise',
      '--clients',
      'iot-devices',
      '--connectivity',
      'none',
      '--latency',
      'single-digit-ms',
      '--json',
    ])
    const advice = AdviceSchema.parse(JSON.parse(run.stdout))
    const ruledOut = new Set(advice.rejected.map((r) => r.service))
    expect(ruledOut.size).toBeGreaterThan(1)
    for (const r of advice.rejected)
      for (const reason of r.reasons) expect(reason.instead.filter((id) => ruledOut.has(id))).toEqual([])
  })

  it('reads prose from stdin and quotes the evidence', () => {
    const run = runCli(['advise'], {input: 'Each nightly job takes 3 hours and must not be interrupted.'})
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Run time of one unit of work: 10800 s\s+← "takes 3 hours"/)
    expect(run.stdout).toMatch(/✗ AWS Lambda: A Lambda invocation can run for at most 15 minutes/)
    expect(run.stdout).toMatch(/✗ Amazon EC2 Spot Instances: Spot capacity can be reclaimed/)
  })

  it('--text - reads the text from stdin, and says so when nothing was piped', () => {
    const run = runCli(['advise', '--text', '-'], {
      input: 'Each nightly job takes 3 hours and must not be interrupted.',
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Profile \(from standard input\)/)
    expect(run.stdout).toMatch(/Run time of one unit of work: 10800 s/)
    const empty = runCli(['advise', '--text', '-'])
    expect(empty.status).toBe(2)
    expect(empty.stderr).toMatch(/--text - reads the text from standard input, but nothing was piped in/)
    expect(empty.stderr).not.toMatch(/\n\s+at /)
  })

  it('a total amount of data is not shown as a daily amount', () => {
    const run = runCli(['advise', '--text', 'An archive of 30 TB of images must be moved to Amazon S3.'])
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Amount of data \(a day at the source, or in all to move\): over 10 TB ← "30 TB"/)
    expect(run.stdout).not.toMatch(/TB a day/)
  })

  it('flags override the text', () => {
    const run = runCli(['advise', '--text', 'Jobs can be interrupted.', '--no-interruptible', '--json'])
    expect(JSON.parse(run.stdout).profile.interruptionTolerant).toBe(false)
  })

  it('writes a Markdown report', () => {
    const run = runCli(['advise', '--example', 'header-rewrite', '--format', 'md'])
    expect(run.stdout).toMatch(/^# edgewise advice/)
    expect(run.stdout).toMatch(/## Where it runs\n\n### Recommended: CloudFront Functions \(`cloudfront-functions`\)/)
    expect(run.stdout).toMatch(/## How to pay for it/)
  })

  it('shows a variant the profile speaks for, and one it rules out, in the text and Markdown reports', () => {
    const pinned = file(
      'pinned.yaml',
      'clients: global-viewers\nworkload: realtime-multiplayer\nrouteToSpecificInstance: true\n',
    )
    const text = runCli(['advise', '--profile', pinned])
    expect(text.stdout).toMatch(
      /AWS Global Accelerator \(global-accelerator\) +score 3\n(?:.*\n)*? +▸ As Custom routing accelerator \(custom-routing-accelerator\) +score 8\n +\+ A custom routing accelerator maps/,
    )
    expect(text.stdout).not.toMatch(/As Standard accelerator/)
    const md = runCli(['advise', '--profile', pinned, '--format', 'md'])
    expect(md.stdout).toMatch(
      /- ▸ As \*\*Custom routing accelerator\*\* \(`custom-routing-accelerator`\) — score 8\n {2}- ✅ A custom routing/,
    )
    const arm = file(
      'arm.yaml',
      'workload: api\noperations: managed-containers\ncontainerized: true\ncpuArchitecture: arm64\ninterruptionTolerant: true\n',
    )
    // ARM64 (Graviton) Linux tasks have run on Fargate Spot since September 2024; Windows containers still do not.
    expect(runCli(['advise', '--profile', arm]).stdout).not.toMatch(/Fargate Spot ruled out/)
    const windows = file(
      'windows.yaml',
      'workload: api\noperations: managed-containers\ncontainerized: true\noperatingSystem: windows\ninterruptionTolerant: true\n',
    )
    expect(runCli(['advise', '--profile', windows]).stdout).toMatch(
      /✗ Fargate Spot ruled out: Fargate Spot runs only Linux tasks;/,
    )
  })

  it('ECS Anywhere serves on-premises systems from servers the company keeps, as an Outpost would', () => {
    const site = file('site.yaml', 'clients: on-premises-systems\nexistingServers: true\ncontainerized: true\n')
    const advice = AdviceSchema.parse(JSON.parse(runCli(['advise', '--profile', site, '--json']).stdout))
    const anywhere = advice.recommendations
      .find((r) => r.service === 'amazon-ecs')
      ?.variants?.find((v) => v.variant === 'ecs-anywhere')
    expect(anywhere?.reasons.map((r) => r.rule)).toContain('amazon-ecs.anywhere-next-to-on-premises-systems')
  })

  it('--explain shows the condition trace', () => {
    const run = runCli(['advise', '--example', 'nightly-batch', '--explain'])
    expect(run.stdout).toMatch(/FIRED reject lambda\.max-timeout/)
    expect(run.stdout).toMatch(/✓ executionSeconds greaterThan 900 {2}\(is 7200\)/)
  })

  it('says plainly when nothing fits', () => {
    const run = runCli(['advise', '--json', '--optimize-for', 'performance'])
    const advice = JSON.parse(run.stdout)
    expect(advice.primary).toBeNull()
    expect(advice.nothingFits).toMatch(/No stated requirement calls for any candidate/)
  })

  it('saves the resolved profile', () => {
    const out = join(dir, 'saved.yaml')
    runCli(['advise', '--text', 'Sensors on a ship; the satellite link drops for hours.', '--save', out])
    const again = runCli(['advise', '--profile', out, '--json'])
    expect(JSON.parse(again.stdout).primary).toBe('iot-greengrass')
  })
})
