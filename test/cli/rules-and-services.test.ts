import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {runCli} from '../helpers/cli.js'

/** Builds a rule pack folder from an object literal of relative paths to contents. */
function pack(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'edgewise-pack-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true})
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  return dir
}

const corporateRule = {
  name: 'fargate.corporate-standard',
  rationale: 'Our platform team standardised on containers.',
  conditions: {all: [{fact: 'workload', operator: 'equal', value: 'api'}]},
  event: {
    type: 'fit',
    params: {
      service: 'fargate',
      weight: 10,
      message: 'Corporate standard for APIs.',
      doc: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html',
    },
  },
}

describe('rules validate', () => {
  it('passes on the bundled pack', () => {
    const run = runCli(['rules', 'validate'])
    expect(run.status, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/no problems/)
  })

  it('reports every problem at once, with file and path, and exits 1', () => {
    const dir = pack({
      'packs/bad.json': {
        rules: [
          {
            ...corporateRule,
            name: 'fargate.typo-fact',
            conditions: {all: [{fact: 'workloadd', operator: 'equal', value: 'api'}]},
          },
          {
            ...corporateRule,
            name: 'nowhere.unknown-service',
            event: {type: 'fit', params: {...corporateRule.event.params, service: 'nowhere'}},
          },
          {
            ...corporateRule,
            name: 'fargate.bad-operator',
            conditions: {all: [{fact: 'workload', operator: 'equals', value: 'api'}]},
          },
          {
            ...corporateRule,
            name: 'fargate.unguarded',
            conditions: {all: [{fact: 'workload', operator: 'notIn', value: ['api']}]},
          },
        ],
      },
    })
    const run = runCli(['rules', 'validate', dir])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/packs\/bad\.json: rules\[0\]\.conditions\.all\[0\]: unknown fact "workloadd"/)
    expect(run.stdout).toMatch(/packs\/bad\.json: rules\[1\]\.event\.params\.service: "nowhere" is not in the catalog/)
    expect(run.stdout).toMatch(/packs\/bad\.json: rules\[2\]\.conditions\.all\[0\]\.operator: must be one of/)
    expect(run.stdout).toMatch(/rules\[3\]\.conditions\.all\[0\]: notIn is true when workload was never stated/)
  })

  it('exits 2 when the directory does not exist', () => {
    expect(runCli(['rules', 'validate', '/nonexistent/pack']).status).toBe(2)
  })
})

describe('a user rule pack (--rules)', () => {
  const dir = pack({'packs/corporate.json': {rules: [corporateRule]}})

  it('changes the advice', () => {
    const before = JSON.parse(runCli(['advise', '--workload', 'api', '--json']).stdout)
    const after = JSON.parse(runCli(['advise', '--workload', 'api', '--rules', dir, '--json']).stdout)
    expect(before.primary).not.toBe('fargate')
    expect(after.primary).toBe('fargate')
    expect(after.recommendations[0].reasons.map((r: {rule: string}) => r.rule)).toContain('fargate.corporate-standard')
  })

  it('runs its own fixtures, and a failing one exits 1', () => {
    writeFileSync(join(dir, 'tests.yaml'), '')
    mkdirSync(join(dir, 'tests'), {recursive: true})
    writeFileSync(
      join(dir, 'tests', 'corp.yaml'),
      '- name: APIs go to Fargate\n  profile: {workload: api}\n  expect: {primary: fargate}\n- name: wrong on purpose\n  profile: {workload: api}\n  expect: {primary: lambda}\n',
    )
    const run = runCli(['rules', 'test', dir])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/FAIL wrong on purpose/)
    expect(run.stdout).toMatch(/primary: expected lambda, got fargate/)
    expect(run.stdout).toMatch(/1 passed, 1 failed/)
  })

  it('a broken pack stops advise with exit 2 and the problems listed', () => {
    const broken = pack({'packs/x.json': '{"rules": ['})
    const run = runCli(['advise', '--workload', 'api', '--rules', broken])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/packs\/x\.json(:\d+)?: invalid JSON/)
  })
})

describe('rules test on the bundled fixtures', () => {
  it('passes', () => {
    const run = runCli(['rules', 'test', '--json'])
    expect(run.status).toBe(0)
    const body = JSON.parse(run.stdout)
    expect(body.failed).toBe(0)
    expect(body.passed).toBeGreaterThanOrEqual(25)
  })
})

describe('services', () => {
  it('lists every entry', () => {
    const run = runCli(['services'])
    expect(run.stdout).toMatch(/^lambda-at-edge\s+Lambda@Edge\s+placement$/m)
    expect(run.stdout).toMatch(/snowball-edge .*closed to new customers/)
  })

  it('shows one entry by alias, with limits and their sources', () => {
    const run = runCli(['services', 'L@E'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Lambda@Edge \(lambda-at-edge, placement\)/)
    expect(run.stdout).toMatch(/docs\.aws\.amazon\.com\/AmazonCloudFront\/.*\(checked 2026-11-25\)/)
  })

  it('exits 2 on an unknown id', () => {
    const run = runCli(['services', 'nope'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/no catalog entry is called "nope"/)
  })
})
