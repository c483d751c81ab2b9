import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {BankQuestion} from '../core/questions/bank-question.js'
import {UserError} from '../errors.js'
import {loadQuestionBank} from '../io/load-questions.js'
import {loadBundledQuestionBank} from '../io/question-snapshot.js'
import {loadPhraseBook} from '../io/load-phrases.js'

export type QuestionSource = 'bank' | 'generated' | 'mixed'

/** Generated questions are rebuilt from their seed (same seed, same questions), so sessions store only ids. */
async function generated(kb: KnowledgeBase, count: number, seed: number): Promise<BankQuestion[]> {
  const {generateQuestions} = await import('../core/questions/generate.js')
  return generateQuestions(kb, await loadPhraseBook(), {count, seed}).questions
}

/** The questions a session may draw from (or a resumed session refers to). */
export async function questionPool(kb: KnowledgeBase, options: {source: QuestionSource; count: number; seed: number; bankDir?: string}): Promise<BankQuestion[]> {
  const pool: BankQuestion[] = []
  if (options.source !== 'generated') {
    const ids = new Set(kb.catalog.map((e) => e.id))
    const bank = options.bankDir === undefined ? await loadBundledQuestionBank(ids) : await loadQuestionBank(options.bankDir, ids)
    if (bank.problems.length > 0) throw new UserError(`the question bank has ${bank.problems.length} problem(s)`, {problems: bank.problems, suggestion: 'run `edgewise questions validate`'})
    pool.push(...bank.questions.map((q) => q.question))
  }
  if (options.source !== 'bank') pool.push(...(await generated(kb, options.source === 'mixed' ? Math.ceil(options.count / 2) + 10 : options.count + 20, options.seed)))
  return pool
}

/** Every question a stored session names, rebuilding generated ones from the session's seed. */
export async function questionsForSession(kb: KnowledgeBase, ids: readonly string[], seed: number, count: number): Promise<Map<string, BankQuestion>> {
  const wantsGenerated = ids.some((id) => id.startsWith('gen-'))
  const pool = await questionPool(kb, {source: wantsGenerated ? 'mixed' : 'bank', count: wantsGenerated ? count * 2 + 20 : count, seed})
  return new Map(pool.map((q) => [q.id, q]))
}
