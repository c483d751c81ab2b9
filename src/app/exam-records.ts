import type {SessionRecord} from '../core/exam/history.js'
import type {BankRef, ExamSession} from '../core/exam/session.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {BankQuestion} from '../core/questions/bank-question.js'
import type {Problem} from '../core/validation/problem.js'
import type {ExamStore} from '../io/exam-store.js'

import {scoreSession} from '../core/exam/score.js'
import {testedServices} from '../core/exam/tested-services.js'
import {type ImportedPool, questionsForSession, reloadBank} from './exam-pool.js'

/** Finished sessions with their scores, oldest first: what history, review and --only read. */
export async function finishedRecords(
  store: ExamStore,
  kb: KnowledgeBase,
): Promise<{records: SessionRecord[]; problems: {file: string; path: string; message: string}[]}> {
  const {sessions, problems} = await store.listSessions()
  const finished = sessions.filter((s) => s.status === 'finished')
  const records: SessionRecord[] = []
  for (const session of finished) {
    const score = scoreSession(session, await questionsForSession(kb, session), scoring(kb))
    // A session none of whose questions can be found (its bank is gone) says nothing about the person: leave it out, as stderr said.
    if (score.total === 0 && session.questions.length > 0) continue
    records.push({session, score})
  }
  return {records, problems}
}

export async function scoreOf(session: ExamSession, kb: KnowledgeBase) {
  const byId = await questionsForSession(kb, session)
  return {byId, score: scoreSession(session, byId, scoring(kb))}
}

/** Scores count the services a question tests, not the ones only its distractors name. */
const scoring = (kb: KnowledgeBase) => ({servicesOf: (q: BankQuestion) => testedServices(q, kb.catalog)})

/**
 * The banks past sessions came from (`exam --bank`), read again, as one pool:
 * review draws practice questions from them too. Banks that cannot be read
 * any more are left out (and said on stderr when their sessions are scored).
 */
export async function banksOfPastSessions(
  store: ExamStore,
  kb: KnowledgeBase,
): Promise<{pool: ImportedPool; problems: Problem[]}> {
  const {sessions, problems} = await store.listSessions()
  const latest = new Map<string, BankRef>()
  for (const s of sessions) for (const ref of s.banks ?? []) latest.set(`${ref.path}\0${ref.format}`, ref)
  const origin = new Map<string, BankRef>()
  const pool: ImportedPool = {questions: [], banks: [], origin}
  const seen = new Set<string>()
  for (const ref of latest.values()) {
    const bank = await reloadBank(kb, ref)
    if (bank.sha256 === undefined) continue
    const now = {...ref, sha256: bank.sha256}
    pool.banks.push(now)
    for (const q of bank.questions) {
      if (seen.has(q.id)) continue
      seen.add(q.id)
      pool.questions.push(q)
      origin.set(q.id, now)
    }
  }
  return {pool, problems}
}
