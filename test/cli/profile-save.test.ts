import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {saveProfile} from '../../src/app/profile-save.js'

describe('saving the questionnaire profile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edgewise-save-'))
  const profile = {workload: 'batch' as const, executionSeconds: 7200, interruptionTolerant: true}

  it('writes the YAML file and says where', async () => {
    const said: string[] = []
    expect(await saveProfile(join(dir, 'p.yaml'), profile, (t) => said.push(t))).toBeUndefined()
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toBe(
      'workload: batch\nexecutionSeconds: 7200\ninterruptionTolerant: true\n',
    )
    expect(said).toEqual([`Saved the profile to ${join(dir, 'p.yaml')}`])
  })

  it('prints every answer when the file cannot be written, and returns the failure (exit 2) with the path', async () => {
    const said: string[] = []
    const failure = await saveProfile(join(dir, 'missing', 'p.yaml'), profile, (t) => said.push(t))
    expect(failure?.exitCode).toBe(2)
    expect(failure?.message).toMatch(/cannot write the profile to .*missing\/p\.yaml: the folder .* does not exist/)
    expect(said.join('\n')).toMatch(
      /could not be saved; here it is[\s\S]*workload: batch\nexecutionSeconds: 7200\ninterruptionTolerant: true/,
    )
  })
})
