import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {runCli} from './cli.js'

/**
 * The first seed whose exam of `count` bundled questions opens with `singles`
 * single-answer questions, for tests that answer with Enter or one letter.
 * Found rather than fixed: which questions a seed picks changes whenever the
 * bank gains a question, and a fixed seed then tests a multi-response question
 * by accident. The probing runs use their own state directory.
 */
export function seedOpeningWithSingles(count: number, singles: number): number {
  const state = mkdtempSync(join(tmpdir(), 'edgewise-seed-'))
  const answers = join(state, 'none.yaml')
  writeFileSync(answers, 'answers: {}\n')
  for (let seed = 1; seed <= 100; seed++) {
    const run = runCli(['exam', '--count', String(count), '--seed', String(seed), '--answers', answers, '--json'], {
      env: {EDGEWISE_STATE_DIR: state},
    })
    const {verdicts} = (JSON.parse(run.stdout) as {score: {verdicts: {correctOptions: number[]}[]}}).score
    if (verdicts.slice(0, singles).every((v) => v.correctOptions.length === 1)) return seed
  }
  throw new Error(`no seed up to 100 opens an exam of ${count} with ${singles} single-answer questions`)
}
