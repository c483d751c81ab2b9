import {cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {loadKnowledgeBase} from '../../src/io/load-knowledge.js'
import {loadQuestionBank} from '../../src/io/load-questions.js'
import {bundledQuestionsDir} from '../../src/io/package-root.js'
import {loadBundledQuestionBank, readQuestionSnapshot} from '../../src/io/question-snapshot.js'

async function catalogIds(): Promise<Set<string>> {
  const kb = await loadKnowledgeBase()
  if (!kb.ok) throw new Error('bundled knowledge base does not load')
  return new Set(kb.data.catalog.map((e) => e.id))
}

describe('the build-time question snapshot', () => {
  it('holds exactly what parsing questions/ gives', async () => {
    const ids = await catalogIds()
    const parsed = await loadQuestionBank(bundledQuestionsDir(), ids)
    const snap = await readQuestionSnapshot(bundledQuestionsDir(), ids)
    expect(snap).toBeDefined()
    // eslint-disable-next-line unicorn/prefer-structured-clone -- a JSON round trip, as the file on disk: not a deep clone
    expect(snap!.questions).toEqual(JSON.parse(JSON.stringify(parsed.questions)))
    expect((await loadBundledQuestionBank(ids)).questions.length).toBe(parsed.questions.length)
  })

  it('is not used once a question file or the catalog changes', async () => {
    const ids = await catalogIds()
    const copy = mkdtempSync(join(tmpdir(), 'edgewise-questions-'))
    cpSync(bundledQuestionsDir(), copy, {recursive: true})
    expect(await readQuestionSnapshot(copy, ids)).toBeDefined()
    expect(await readQuestionSnapshot(copy, new Set([...ids, 'new-service']))).toBeUndefined()
    const file = join(
      copy,
      readdirSync(copy, {recursive: true})
        .map(String)
        .find((f) => f.endsWith('.md') && !/readme/i.test(f))!,
    )
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`)
    expect(await readQuestionSnapshot(copy, ids)).toBeUndefined()
  })
})
