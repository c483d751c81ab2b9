import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {readSnapshot, stampSources} from '../../src/io/knowledge-snapshot.js'
import {bundledRulesDir} from '../../src/io/package-root.js'

describe('the build-time knowledge snapshot', () => {
  it('is used for the rules it was built from', async () => {
    const kb = await readSnapshot(bundledRulesDir())
    expect(kb?.rules.length).toBeGreaterThan(100)
  })

  it('is not used once any rule file changes', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'edgewise-rules-'))
    cpSync(bundledRulesDir(), copy, {recursive: true})
    const before = await stampSources(copy)
    expect(before).toBe(await stampSources(bundledRulesDir()))
    expect(await readSnapshot(copy)).toBeDefined()
    const file = join(copy, 'packs', 'compute.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"weight": 4', '"weight": 5'))
    expect(await stampSources(copy)).not.toBe(before)
    expect(await readSnapshot(copy)).toBeUndefined()
  })
})
