import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT} from '../helpers/cli.js'

describe('docs/commands.md', () => {
  it('is what the commands’ own help generates (run `npm run docs` after changing a command)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/commands-doc.mjs'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('documents every command', () => {
    const doc = readFileSync(join(ROOT, 'docs/commands.md'), 'utf8')
    for (const id of [
      'advise',
      'check',
      'exam',
      'history',
      'review',
      'services',
      'solve',
      'rules validate',
      'rules test',
      'questions generate',
    ])
      expect(doc).toMatch(new RegExp(`## \`edgewise ${id}\\b`))
  })
})
