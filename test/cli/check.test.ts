import {XMLValidator} from 'fast-xml-parser'
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {runCli} from '../helpers/cli.js'
import {inPty} from '../helpers/pty.js'

const EXAMPLES = 'examples/architectures'

function folder(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'edgewise-check-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

const LAMBDA_TWO_HOURS = `# ADR 7: Nightly export

## Context

The export job takes about two hours each night.

## Decision

We will run the export as an AWS Lambda function triggered by EventBridge.
`

describe('check: exit codes and formats', () => {
  it('exits 1 on errors (default --fail-on error) and prints a summary', () => {
    const run = runCli(['check', EXAMPLES])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /adr-0004-lecture-archive-transcoding\.md\n {2}\S*adr-0004-lecture-archive-transcoding\.md:35 {2}error {4}lambda\.max-timeout/,
    )
    expect(run.stdout).toMatch(/16 files, 16 judged: 6 errors, 3 warnings, 1 note/)
  })

  it('--json is --format json, and a usage error under --json is JSON too', () => {
    const run = runCli(['check', `${EXAMPLES}/adr-0004-lecture-archive-transcoding.md`, '--json'])
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(runCli(['check', `${EXAMPLES}/adr-0004-lecture-archive-transcoding.md`, '--format', 'json']).stdout),
    )
    const clash = runCli(['check', EXAMPLES, '--json', '--format', 'sarif'])
    expect(clash.status).toBe(2)
    expect(JSON.parse(clash.stdout).error.message).toMatch(/--json and --format sarif/)
  })

  it('without paths: one line naming what is missing, no note about other flags', () => {
    const run = runCli(['check'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^Error: missing PATHS \(files, directories/)
    expect(run.stderr).not.toMatch(/--rules|USAGE/)
  })

  it('--fail-on never exits 0; sound documents alone exit 0', () => {
    expect(runCli(['check', EXAMPLES, '--fail-on', 'never']).status).toBe(0)
    expect(
      runCli([
        'check',
        `${EXAMPLES}/adr-0019-variant-calling-on-spot.md`,
        `${EXAMPLES}/0006-orchard-sensor-processing.md`,
      ]).status,
    ).toBe(0)
  })

  it('--fail-on note fails on a note-only document', () => {
    expect(runCli(['check', `${EXAMPLES}/newsroom-edit-suite-placement.md`, '--fail-on', 'note']).status).toBe(1)
    expect(runCli(['check', `${EXAMPLES}/newsroom-edit-suite-placement.md`]).status).toBe(0)
  })

  it('SARIF 2.1.0 with rules, levels, locations and the alternative named', () => {
    const run = runCli(['check', EXAMPLES, '--format', 'sarif'])
    const sarif = JSON.parse(run.stdout)
    expect(sarif.version).toBe('2.1.0')
    const [runObj] = sarif.runs
    const ruleIds = runObj.tool.driver.rules.map((r: {id: string}) => r.id)
    expect(ruleIds).toContain('lambda.max-timeout')
    const result = runObj.results.find((r: {ruleId: string}) => r.ruleId === 'lambda.max-timeout')
    expect(result.level).toBe('error')
    expect(result.message.text).toMatch(/AWS Fargate/)
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'examples/architectures/adr-0004-lecture-archive-transcoding.md',
    )
    expect(result.locations[0].physicalLocation.region.startLine).toBe(35)
    expect(runObj.tool.driver.rules[result.ruleIndex].id).toBe('lambda.max-timeout')
  })

  it('JUnit: one test case per document, failures for findings', () => {
    const run = runCli(['check', EXAMPLES, '--format', 'junit'])
    expect(XMLValidator.validate(run.stdout)).toBe(true)
    expect((run.stdout.match(/<testcase /g) ?? []).length).toBe(16)
    expect(run.stdout).toMatch(/<failure/)
  })

  it('JSON and Markdown, and --output writes to a file', () => {
    const json = JSON.parse(runCli(['check', EXAMPLES, '--format', 'json']).stdout)
    expect(json.documents.length).toBe(16)
    const out = join(mkdtempSync(join(tmpdir(), 'edgewise-out-')), 'report.md')
    const run = runCli(['check', EXAMPLES, '--format', 'md', '--output', out])
    expect(run.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toMatch(/\| .*adr-0004-lecture-archive-transcoding\.md:35/)
  })

  it('reports in the same order whatever the parallelism', () => {
    const one = runCli(['check', EXAMPLES, '--format', 'json', '--jobs', '1']).stdout
    const two = runCli(['check', EXAMPLES, '--format', 'json', '--jobs', '2']).stdout
    expect(two).toBe(one)
  })

  it('checks a large folder in workers by default, with the same report as one thread', () => {
    // 240 documents (over the 200-file threshold): the default run boots workers while it lists the folder;
    // this thread reads the documents and the workers judge them (front matter and waivers go along).
    const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))
    const files: Record<string, string> = {}
    for (let copy = 0; copy < Math.ceil(240 / examples.length); copy++) {
      for (const name of examples) files[`copy-${copy}/${name}`] = readFileSync(join(EXAMPLES, name), 'utf8')
      files[`copy-${copy}/waived.md`] =
        `${SLOW_EDGE_FUNCTION}\n<!-- edgewise-ignore cloudfront-functions.sub-millisecond reason="measured" until=2099-01-31 -->\n`
    }
    const dir = folder(files)
    const byDefault = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'])
    const oneThread = runCli(['check', dir, '--format', 'json', '--fail-on', 'never', '--jobs', '1'])
    expect(byDefault.status).toBe(0)
    expect(JSON.parse(byDefault.stdout).summary.documents).toBeGreaterThanOrEqual(240)
    expect(JSON.parse(byDefault.stdout).summary.waived).toBeGreaterThan(0)
    expect(byDefault.stdout).toBe(oneThread.stdout)
    // Two workers share the judging.
    expect(runCli(['check', dir, '--format', 'json', '--fail-on', 'never', '--jobs', '3']).stdout).toBe(
      oneThread.stdout,
    )
    // The main thread judges too when the workers fall behind (here: whenever anything is pending).
    expect(
      runCli(['check', dir, '--format', 'json', '--fail-on', 'never', '--jobs', '2', '--judge-backlog', '0']).stdout,
    ).toBe(oneThread.stdout)
  })
})

const SLOW_EDGE_FUNCTION = `# ADR 9: Personalised headers

## Context

On every viewer request at the CDN we add personalised headers; the logic takes about 50 ms.

## Decision

We will use CloudFront Functions on the viewer request.
`

describe('check: waivers and baselines', () => {
  it('a valid waiver moves the finding to the waived list; an expired one does not', () => {
    const dir = folder({
      'waived.md': `${SLOW_EDGE_FUNCTION}\n<!-- edgewise-ignore cloudfront-functions.sub-millisecond reason="measured 0.6 ms after the rewrite" until=2027-01-31 -->\n`,
      'expired.md': `${SLOW_EDGE_FUNCTION}\n<!-- edgewise-ignore cloudfront-functions.sub-millisecond reason="temporary" until=2026-01-31 -->\n`,
    })
    const json = JSON.parse(runCli(['check', dir, '--format', 'json', '--today', '2026-11-25']).stdout)
    const waived = json.documents.find((d: {file: string}) => d.file.endsWith('waived.md'))
    const expired = json.documents.find((d: {file: string}) => d.file.endsWith('expired.md'))
    expect(waived.findings).toEqual([])
    expect(waived.waived[0].waiver.reason).toBe('measured 0.6 ms after the rewrite')
    expect(expired.findings[0].ruleId).toBe('cloudfront-functions.sub-millisecond')
    expect(expired.invalidWaivers[0].invalid).toMatch(/expired/)
  })

  it('a mandatory rule cannot be waived, and says so', () => {
    const dir = folder({
      'mandatory.md': `${LAMBDA_TWO_HOURS}\n<!-- edgewise-ignore lambda.max-timeout reason="we accept it" until=2027-01-31 -->\n`,
    })
    const run = runCli(['check', dir, '--today', '2026-11-25'])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/rule lambda\.max-timeout is mandatory and cannot\s+be waived/)
  })

  it('a waiver without a reason does not suppress', () => {
    const dir = folder({'noreason.md': `${LAMBDA_TWO_HOURS}\n<!-- edgewise-ignore lambda.max-timeout -->\n`})
    const run = runCli(['check', dir, '--today', '2026-11-25'])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/reason/)
  })

  it('--write-baseline then --baseline reports only new findings', () => {
    const dir = folder({'a.md': LAMBDA_TWO_HOURS})
    const baseline = join(dir, 'baseline.json')
    expect(runCli(['check', dir, '--write-baseline', baseline]).status).toBe(0)
    expect(runCli(['check', dir, '--baseline', baseline]).status).toBe(0)
    writeFileSync(join(dir, 'b.md'), LAMBDA_TWO_HOURS.replace('ADR 7', 'ADR 8'))
    const run = runCli(['check', dir, '--baseline', baseline])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/b\.md/)
    expect(run.stdout).not.toMatch(/a\.md/)
  })
})

describe('check: progress', () => {
  it('shows a progress bar on a terminal for a large batch, and none when stderr is not a terminal', () => {
    const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md'))
    const files: Record<string, string> = {}
    for (let copy = 0; copy < Math.ceil(240 / examples.length); copy++) {
      for (const name of examples) files[`copy-${copy}/${name}`] = readFileSync(join(EXAMPLES, name), 'utf8')
    }
    const dir = folder(files)
    const total = Object.keys(files).length
    const report = join(dir, '..', `${dir.split('/').pop()}-report.json`)
    const tty = inPty(
      ['check', dir, '--format', 'json', '--output', report, '--fail-on', 'never'],
      [{wait: `/${total} documents`}],
    )
    expect(tty.failedWait).toBeNull()
    expect(tty.output).toMatch(new RegExp(`\\[[# ]{30}\\] \\d+/${total} documents`))
    expect(JSON.parse(readFileSync(report, 'utf8')).summary.documents).toBe(total)
    const piped = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'])
    expect(piped.stderr).not.toMatch(/documents/)
    expect(JSON.parse(piped.stdout).summary.documents).toBe(total)
  })
})

describe('check: files found by walking a folder', () => {
  it('skips YAML/JSON files that are not architecture descriptions, however large or empty', () => {
    const dir = folder({
      'adr.md': LAMBDA_TWO_HOURS,
      'package.json': '{"name": "app", "version": "1.0.0"}\n',
      'package-lock.json': `{"lockfileVersion": 3, "packages": {${'"x": {"version": "1.0.0"},'.repeat(250_000)}"y": {}}}\n`,
      'empty.yaml': '',
    })
    const run = runCli(['check', dir, '--format', 'json', '--fail-on', 'never'])
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout).documents as {file: string}[]).map((d) => d.file.split('/').pop())).toEqual([
      'adr.md',
    ])
    // Named explicitly, the same large file is reported.
    expect(runCli(['check', join(dir, 'package-lock.json'), '--format', 'json']).status).toBe(2)
  })
})

const lambdaFor2Hours = (status: string) =>
  `# Export\n\n${status}\n\n## Context\n\nThe nightly export takes about 2 hours.\n\n## Decision\n\nWe will run the export on AWS Lambda.\n`

describe('check: bad input is reported per file and the batch goes on', () => {
  it('empty, binary, invalid UTF-8, too large, invalid front matter, unknown services, unreadable entries', () => {
    const dir = folder({
      'good.md': LAMBDA_TWO_HOURS,
      'empty.md': '',
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      'latin1.md': Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      'huge.md': Buffer.alloc(50 * 1024 * 1024, 'a'),
      'front.md': '---\nrequirements: [oops\n---\n# x\n',
      'fields.md': '---\nrequirements:\n  latency: fast\n---\n# x\n',
      'services.yaml': 'requirements:\n  workload: batch\nservices: [lamda]\n',
      'locked/secret.md': LAMBDA_TWO_HOURS,
    })
    chmodSync(join(dir, 'locked'), 0o000)
    const run = runCli(['check', dir, '--format', 'json'])
    chmodSync(join(dir, 'locked'), 0o755)
    expect(run.status).toBe(2)
    const docs = JSON.parse(run.stdout).documents as {file: string; status: string; error: null | string}[]
    const byName = (n: string) => docs.find((d) => d.file.endsWith(n))
    expect(byName('good.md')?.status).toBe('judged')
    expect(byName('empty.md')?.error).toMatch(/is empty/)
    expect(byName('binary.md')?.error).toMatch(/binary/)
    expect(byName('latin1.md')?.error).toMatch(/not valid UTF-8/)
    expect(byName('huge.md')?.error).toMatch(/over the 5 MB limit/)
    expect(byName('front.md')?.error).toMatch(/invalid front matter/)
    expect(byName('fields.md')?.error).toMatch(/latency: must be one of/)
    expect(byName('services.yaml')?.error).toMatch(/"lamda" is not a catalog id/)
    // Running as root can read anything; otherwise the locked folder is reported.
    if (process.getuid?.() !== 0)
      expect(docs.some((d) => d.file.includes('locked') && /cannot read/.test(d.error ?? ''))).toBe(true)
  })

  it('skips records whose status says they are no longer in force, says so in every format, and checks them on request', () => {
    const dir = folder({
      '0001-export-on-lambda.md': lambdaFor2Hours(
        '## Status\n\nAccepted\n\nSuperseded by [2. Export on Batch](0002-export-on-batch.md)',
      ),
      '0003-proposed.md': lambdaFor2Hours('## Status\n\nProposed'),
    })
    const json = runCli(['check', dir, '--format', 'json'])
    expect(json.status).toBe(1)
    const report = JSON.parse(json.stdout)
    expect(report.summary).toMatchObject({documents: 2, judged: 1, skipped: 1, unreadable: 0})
    const [old, live] = report.documents
    expect(old).toMatchObject({
      status: 'skipped',
      skipped: {status: 'Superseded by 2. Export on Batch', line: 7},
      findings: [],
    })
    expect(live.findings.map((f: {ruleId: string}) => f.ruleId)).toEqual(['lambda.max-timeout'])
    const junit = runCli(['check', dir, '--format', 'junit']).stdout
    expect(XMLValidator.validate(junit)).toBe(true)
    expect(junit).toContain('skipped="1"')
    expect(junit).toMatch(
      /<skipped message="not judged: its status says Superseded by 2\. Export on Batch \(line 7\)"\/>/,
    )
    expect(runCli(['check', dir]).stdout).toMatch(
      /2 files, 1 judged: 1 error, 0 warnings, 0 notes, 1 skipped \(no longer in force\)\n$/,
    )
    expect(runCli(['check', dir, '--format', 'md']).stdout).toContain('⏭️ Not judged, no longer in force: `')
    const all = JSON.parse(runCli(['check', dir, '--format', 'json', '--include-inactive']).stdout)
    expect(all.summary).toMatchObject({judged: 2, skipped: 0, withErrors: 2})
  })

  it('a missing path is reported, the rest are checked', () => {
    const run = runCli(['check', 'nope/nothing.md', `${EXAMPLES}/adr-0004-lecture-archive-transcoding.md`])
    expect(run.status).toBe(2)
    expect(run.stdout).toMatch(/nope\/nothing\.md/)
    expect(run.stdout).toMatch(/lambda\.max-timeout/)
  })

  it('no documents at all is a usage error', () => {
    const run = runCli(['check', folder({'notes.txt': 'x'})])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/no documents found/)
  })
})
