import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {runCli} from '../helpers/cli.js'

// A typo gets one or two lines: what was wrong and what was probably meant. Never a page of help.
describe('typos get suggestions', () => {
  const state = {EDGEWISE_STATE_DIR: mkdtempSync(join(tmpdir(), 'edgewise-typos-'))}

  it.each([
    [['advize'], /`advize` is not an edgewise command\. Did you mean `edgewise advise`\?/],
    [
      ['questions', 'generat'],
      /`questions generat` is not an edgewise command\. Did you mean `edgewise questions generate`\?/,
    ],
    [['advise', '--exmaple', 'iot-telemetry'], /unknown flag --exmaple; did you mean --example\?/],
    [['exam', '--mode', 'practise'], /--mode practise is not one of: exam, practice; did you mean --mode practice\?/],
    [['services', 'lamda'], /no catalog entry is called "lamda"; did you mean lambda\?/],
    [
      ['exam', '--service', 'lamda', '--count', '2'],
      /--service lamda is not a catalog id; did you mean --service lambda\?/,
    ],
  ])('%j', (args, message) => {
    const run = runCli(args, {env: state})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2)
    expect(run.stderr).not.toMatch(/USAGE|questions:generat|Warning/)
  })

  it('a command nothing is close to gets the list, not a guess', () => {
    const run = runCli(['frobnicate'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/`frobnicate` is not an edgewise command\.\nTry: `edgewise help` lists the commands/)
    expect(run.stderr).not.toMatch(/Did you mean/)
  })
})
