import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT} from '../helpers/cli.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('the README', () => {
  it('shows the output its sample commands really give (run `npm run readme` to refresh)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/readme-samples.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    // The check has something to check: the samples are there.
    expect(readme.match(/```text\n\$ edgewise /g)?.length).toBeGreaterThanOrEqual(8)
  })

  it('puts edgewise on the PATH before using it bare, and has no internal notes or placeholders', () => {
    expect(readme).toMatch(/npm install --global \./)
    expect(readme).not.toMatch(/issue \d+|your-org|example\.com|TODO/i)
  })
})
