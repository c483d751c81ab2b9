import type {BankRef, ExamSession} from '../core/exam/session.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {BankQuestion} from '../core/questions/bank-question.js'
import type {BankFileFormat} from '../formats/questions/detect.js'

import {UserError} from '../errors.js'
import {displayPath} from '../io/load-documents.js'
import {loadImportedPool, questionsForSession, reloadBank} from './exam-pool.js'

const short = (sha: string) => sha.slice(0, 12)

/**
 * Gets an unfinished session ready to continue. Its banks are read again from
 * where they were (or from `bankPaths`, when the bank moved): a bank that
 * cannot be read stops the resume, a bank whose content changed is said on
 * stderr, and a session whose questions are gone or have other options now
 * cannot continue (its answers would point at the wrong options), so it stops
 * with the file that keeps them.
 */
export async function prepareResume(
  kb: KnowledgeBase,
  session: ExamSession,
  options: {bankPaths: readonly string[]; from: BankFileFormat | undefined; sessionFile: string},
): Promise<{session: ExamSession; byId: Map<string, BankQuestion>}> {
  const before = session.banks ?? []
  let banks: BankRef[] = before
  if (options.bankPaths.length > 0) {
    banks = (await loadImportedPool(kb, options.bankPaths, options.from)).banks
    for (const [i, old] of before.entries()) {
      const now = banks[i]
      if (now && now.sha256 !== old.sha256)
        process.stderr.write(
          `warning: ${displayPath(now.path)} is not the bank this session started from (${displayPath(old.path)}, sha256 ${short(old.sha256)}…; now ${short(now.sha256)}…)\n`,
        )
    }
  } else {
    for (const ref of before) {
      const bank = await reloadBank(kb, ref)
      if (bank.sha256 === undefined) {
        throw new UserError(`session ${session.id} came from ${displayPath(ref.path)}, which cannot be read now`, {
          problems: bank.problems,
          suggestion: `put the bank back, or give its new place: edgewise exam --resume --bank PATH`,
        })
      }
      if (bank.sha256 !== ref.sha256)
        process.stderr.write(
          `warning: ${displayPath(ref.path)} changed since session ${session.id} started (sha256 ${short(ref.sha256)}… → ${short(bank.sha256)}…); questions still there continue as they read now\n`,
        )
    }
  }
  const resumed = banks === before ? session : {...session, banks}
  const byId = await questionsForSession(kb, resumed)
  const gone = resumed.questions.filter((q) => byId.get(q.id)?.options.length !== q.optionOrder.length)
  if (gone.length > 0) {
    throw new UserError(
      `${gone.length} of this session's ${resumed.questions.length} questions are no longer in its bank, or have other options now, so it cannot continue`,
      {
        problems: gone.slice(0, 10).map((q) => ({
          file: options.sessionFile,
          path: `questions[${resumed.questions.indexOf(q)}]`,
          message: `question ${q.id}`,
        })),
        suggestion: 'start a new session with `edgewise exam --bank …`; the saved session file keeps its answers',
      },
    )
  }
  return {session: resumed, byId}
}
