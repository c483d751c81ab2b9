import type {SessionRecord} from '../core/exam/history.js'
import {scoreSession} from '../core/exam/score.js'
import {testedServices} from '../core/exam/tested-services.js'
import type {ExamSession} from '../core/exam/session.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {BankQuestion} from '../core/questions/bank-question.js'
import type {ExamStore} from '../io/exam-store.js'
import {questionsForSession} from './exam-pool.js'

/** Finished sessions with their scores, oldest first: what history, review and --only read. */
export async function finishedRecords(store: ExamStore, kb: KnowledgeBase): Promise<{records: SessionRecord[]; problems: {file: string; path: string; message: string}[]}> {
  const {sessions, problems} = await store.listSessions()
  const finished = sessions.filter((s) => s.status === 'finished')
  const records: SessionRecord[] = []
  for (const session of finished) records.push({session, score: scoreSession(session, await questionsForSession(kb, session.questions.map((q) => q.id), session.seed, session.filters.count), scoring(kb))})
  return {records, problems}
}

export async function scoreOf(session: ExamSession, kb: KnowledgeBase) {
  const byId = await questionsForSession(kb, session.questions.map((q) => q.id), session.seed, session.filters.count)
  return {byId, score: scoreSession(session, byId, scoring(kb))}
}

/** Scores count the services a question tests, not the ones only its distractors name. */
const scoring = (kb: KnowledgeBase) => ({servicesOf: (q: BankQuestion) => testedServices(q, kb.catalog)})
