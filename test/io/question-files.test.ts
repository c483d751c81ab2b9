import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import type {DraftQuestion} from '../../src/core/questions/question.js'

import {loadBankPath} from '../../src/io/load-bank.js'
import {writeQuestionFiles} from '../../src/io/write-question-files.js'

const CATALOG = new Set(['lambda', 'ec2-spot'])

const TRICKY: DraftQuestion[] = [
  {
    id: 'moodle-0a1b2c3d4e5f',
    stem: 'A stem in two paragraphs.\n\nThe second one asks: which option? (Choose two.)',
    options: [
      {text: 'Spot Instances', correct: true, rationale: 'Cheap.\nAnd a second line.'},
      {text: 'Lambda: 15 minutes at most', correct: true},
      {text: 'On-Demand', correct: false, rationale: 'Full price: # not a comment.'},
      {text: 'Dedicated Hosts', correct: false},
      {text: 'Outposts', correct: false},
    ],
    choose: 2,
    type: 'multiple',
    explanation: 'First paragraph.\n\nSecond paragraph with "quotes".',
    services: ['ec2-spot'],
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-spot-instances.html#spot-features'],
    source: 'imported',
    tags: ['top/Compute', 'needs: quoting', '# hash', 'yes', "it's"],
  },
  {
    id: 'aiken-1a2b3c4d5e6f',
    stem: 'A plain single-answer stem with enough words?',
    options: [
      {text: 'a', correct: false},
      {text: 'b', correct: true},
    ],
    choose: 1,
    source: 'imported',
  },
]

describe('question files for imported banks', () => {
  it('read back exactly what was written: every field, multi-line rationales, tags that need quoting', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'edgewise-files-')), 'bank')
    const written = await writeQuestionFiles(dir, TRICKY, CATALOG)
    expect(written.warnings).toEqual([])
    expect(written.written).toBe(2)
    const loaded = await loadBankPath(dir, {catalogIds: CATALOG})
    expect(loaded.problems).toEqual([])
    const byId = new Map(loaded.questions.map((q) => [q.id, q]))
    expect(byId.get(TRICKY[0]!.id)).toEqual(TRICKY[0])
    // The file adds what the exam needs (type, and empty lists for what the source did not have).
    expect(byId.get(TRICKY[1]!.id)).toEqual({...TRICKY[1], type: 'single', services: [], references: []})
    expect(loaded.source?.format).toBe('folder')
    expect(loaded.source?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })
})
