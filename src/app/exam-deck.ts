import type {ExamScore} from '../core/exam/score.js'
import type {ExamSession} from '../core/exam/session.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import type {ExamStore} from '../io/exam-store.js'

import {updateDeckFromSession} from '../core/exam/review.js'
import {LockTimeoutError} from '../io/exam-files.js'
import {scoreOf} from './exam-records.js'

/**
 * Puts a finished session's ratings into the review deck. When another
 * process holds the deck's lock for too long, the session is remembered
 * instead (a marker file) and its ratings are added the next time a session
 * or a review opens the deck: the session itself is already saved, so
 * nothing is lost, and the returned note tells the user.
 */
export async function rateInDeck(
  store: ExamStore,
  session: ExamSession,
  score: Pick<ExamScore, 'verdicts'>,
  now: Date,
): Promise<string | undefined> {
  try {
    await store.updateDeck((deck) => updateDeckFromSession(deck, session, score, now))
    return undefined
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error
    await store.deferDeckUpdate(session.id)
    return `the review deck is locked by another edgewise process (${error.lock}); session ${session.id} is saved and its ratings will be added to the deck the next time you run exam or review`
  }
}

/** Adds the ratings of sessions deferred by `rateInDeck`; a note when the deck is still locked. */
export async function applyDeferredRatings(
  store: ExamStore,
  kb: KnowledgeBase,
  now: Date,
): Promise<string | undefined> {
  const ids = await store.deferredDeckUpdates()
  if (ids.length === 0) return undefined
  const finished: {session: ExamSession; score: ExamScore}[] = []
  for (const id of ids) {
    const loaded = await store.loadSession(id)
    // A session deleted or moved aside since has nothing left to rate.
    if (loaded.ok && loaded.session.status === 'finished')
      finished.push({session: loaded.session, score: (await scoreOf(loaded.session, kb)).score})
  }
  try {
    await store.updateDeck((deck) => {
      let current = deck
      for (const {session, score} of finished) current = updateDeckFromSession(current, session, score, now)
      return current
    })
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error
    return `the review deck is still locked (${error.lock}); the ratings of ${ids.length} earlier session(s) will be added later`
  }
  await store.clearDeferredDeckUpdates(ids)
  return undefined
}
