import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import YAML from 'yaml'

import {ROOT} from '../helpers/cli.js'

// The two ways CI users adopt a checker, run here the way their runners would run them.
const EXAMPLES = join(ROOT, 'examples/architectures')
const WITH_ERROR = join(EXAMPLES, 'adr-0004-lecture-archive-transcoding.md')
const SOUND = join(EXAMPLES, '0006-orchard-sensor-processing.md')

describe('the pre-commit hook', () => {
  const hooks = YAML.parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string
    entry: string
    language: string
    types_or: string[]
  }[]
  const hook = hooks.find((h) => h.id === 'edgewise-check')!

  it('is a node hook whose entry is edgewise check, for Markdown, YAML and JSON', () => {
    expect(hook).toMatchObject({language: 'node', entry: 'edgewise check'})
    expect(hook.types_or).toEqual(expect.arrayContaining(['markdown', 'yaml', 'json']))
  })

  // pre-commit runs `entry` with the staged files appended; the package's bin is `edgewise`.
  const runEntry = (files: string[]) => {
    const [bin, ...args] = hook.entry.split(' ')
    expect(bin).toBe('edgewise')
    return spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args, ...files], {cwd: ROOT, encoding: 'utf8'})
  }

  it('fails the commit on an error and passes sound files', () => {
    const failing = runEntry([WITH_ERROR, SOUND])
    expect(failing.status).toBe(1)
    expect(failing.stdout).toMatch(/adr-0004-lecture-archive-transcoding\.md:\d+ {2}error/)
    expect(runEntry([SOUND]).status).toBe(0)
  })
})

describe('the GitHub Action', () => {
  const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, {default?: string}>
    runs: {using: string; steps: {id?: string; run?: string; uses?: string; env?: Record<string, string>}[]}
  }

  it('is a composite action that installs edgewise, checks, uploads the SARIF and then fails', () => {
    expect(action.runs.using).toBe('composite')
    const {steps} = action.runs
    expect(steps.find((s) => s.id === 'install')?.run).toMatch(/^npm ci --prefix "\$GITHUB_ACTION_PATH"/)
    const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))
    expect(upload).toBeGreaterThan(steps.findIndex((s) => s.id === 'check'))
    expect(steps.findIndex((s) => s.id === 'result')).toBeGreaterThan(upload)
  })

  /** Runs the action's own shell steps (check, then result) as the runner would, with `inputs`. */
  function runAction(inputs: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'edgewise-action-'))
    const values: Record<string, string> = {
      ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? ''])),
      ...inputs,
    }
    const outputs = join(dir, 'github-output')
    writeFileSync(outputs, '')
    const expand = (text: string) =>
      text
        .replaceAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '')
        .replaceAll(/\$\{\{\s*steps\.check\.outputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
          const line = readFileSync(outputs, 'utf8')
            .split('\n')
            .find((l) => l.startsWith(`${name}=`))
          return line?.slice(name.length + 1) ?? ''
        })
    const results = []
    for (const id of ['check', 'result']) {
      const step = action.runs.steps.find((s) => s.id === id)!
      const env = {
        ...process.env,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_OUTPUT: outputs,
        ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)])),
      }
      results.push(spawnSync('bash', ['-e', '-c', step.run!], {cwd: dir, env, encoding: 'utf8'}))
    }
    return {dir, check: results[0]!, result: results[1]!, outputs: readFileSync(outputs, 'utf8')}
  }

  it('writes the SARIF, logs the findings, and fails the job on an error', () => {
    const run = runAction({paths: `${WITH_ERROR} ${SOUND}`})
    expect(run.check.status).toBe(0)
    expect(run.check.stdout).toMatch(/lambda\.max-timeout/)
    expect(run.outputs).toMatch(/^exit-code=1$/m)
    const sarif = JSON.parse(readFileSync(join(run.dir, 'edgewise.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].results.some((r: {ruleId: string}) => r.ruleId === 'lambda.max-timeout')).toBe(true)
    expect(run.result.status).toBe(1)
  })

  it('passes with fail-on never, and with nothing wrong', () => {
    expect(runAction({paths: WITH_ERROR, 'fail-on': 'never'}).result.status).toBe(0)
    expect(runAction({paths: SOUND}).result.status).toBe(0)
  })
})
