import {statSync} from 'node:fs'
import {readdir, rm, stat} from 'node:fs/promises'
import {homedir} from 'node:os'
import {isAbsolute, join} from 'node:path'

import {emptyDeck, parseReviewDeck, type ReviewDeck} from '../core/exam/review.js'
import {type ExamSession, parseExamSession, SESSION_VERSION} from '../core/exam/session.js'
import {formatProblem, type Problem} from '../core/validation/problem.js'
import {issuesToProblems} from '../core/validation/zod-issues.js'
import {UserError} from '../errors.js'
import {createFileExclusive, moveAside, removeStaleTempFiles, withFileLock, writeFileAtomic} from './exam-files.js'
import {describeReadFailure, readTextFile} from './read-text.js'
import {writeFailure} from './write-output.js'

export interface ExamStoreOptions {
  /** Wins over everything else (a --state-dir flag). */
  stateDir?: string
  /** Default: process.env. */
  env?: Readonly<Record<string, string | undefined>>
  /** Default: os.homedir(). */
  homeDir?: string
  /** Clock for `.corrupt-<timestamp>` names. Default: the system clock. */
  now?: () => Date
}

export type SessionLoad =
  {ok: false; reason: 'invalid' | 'not-found'; problems: Problem[]} | {ok: true; session: ExamSession}

export interface ExamStore {
  /** The state directory in use. */
  readonly dir: string
  /** Validates, then writes `sessions/<id>.json` atomically. Throws on an invalid session (a caller bug). */
  saveSession(session: ExamSession): Promise<void>
  /** Writes a new session's file, never over another one: false when a session with that id already exists. */
  createSession(session: ExamSession): Promise<boolean>
  /** Reads one session. An invalid file is moved aside and reported (reason "invalid"). */
  loadSession(id: string): Promise<SessionLoad>
  /** Every valid session, oldest first; invalid files are moved aside and reported. */
  listSessions(): Promise<{sessions: ExamSession[]; problems: Problem[]}>
  /** The newest in-progress session, to offer "resume". */
  latestUnfinishedSession(): Promise<{session: ExamSession | undefined; problems: Problem[]}>
  /** Deletes a session file; false when there was none. */
  deleteSession(id: string): Promise<boolean>
  /** The review deck, or an empty one when missing or invalid (an invalid file is moved aside and reported). */
  loadDeck(): Promise<{deck: ReviewDeck; problems: Problem[]}>
  /** Writes the deck atomically (last writer wins; prefer `updateDeck` when others may write too). */
  saveDeck(deck: ReviewDeck): Promise<void>
  /** Load → change → save under a lock file, so concurrent processes do not lose each other's reviews. Returning the same deck writes nothing. Throws LockTimeoutError when another process holds the lock too long. */
  updateDeck(change: (deck: ReviewDeck) => ReviewDeck): Promise<{deck: ReviewDeck; problems: Problem[]}>
  /** Remembers that a finished session's ratings still have to reach the deck (its lock was busy). */
  deferDeckUpdate(sessionId: string): Promise<void>
  /** Sessions whose ratings are waiting for the deck, oldest first. */
  deferredDeckUpdates(): Promise<string[]>
  /** Forgets deferred sessions once their ratings are in the deck. */
  clearDeferredDeckUpdates(sessionIds: readonly string[]): Promise<void>
}

const SESSION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/
const DECK_FILE = 'review-deck.json'
/** One empty marker file per finished session whose ratings have not reached the deck yet. */
const PENDING_DIR = 'pending-deck-updates'

/**
 * Where exam state lives: `stateDir`, else $EDGEWISE_STATE_DIR, else
 * $XDG_STATE_HOME/edgewise (only if absolute, as the XDG spec requires), else
 * ~/.local/state/edgewise.
 */
export function resolveStateDir(options: ExamStoreOptions = {}): string {
  if (options.stateDir) return options.stateDir
  const env = options.env ?? process.env
  if (env.EDGEWISE_STATE_DIR) return env.EDGEWISE_STATE_DIR
  const xdg = env.XDG_STATE_HOME
  if (xdg && isAbsolute(xdg)) return join(xdg, 'edgewise')
  return join(options.homeDir ?? homedir(), '.local', 'state', 'edgewise')
}

/**
 * Refuses a state directory that is a file (or lies under one) before a
 * session starts, so nobody answers questions that could never be saved.
 * A missing directory is fine: the first save creates it.
 */
export function assertStateDirUsable(dir: string): void {
  let isDirectory: boolean
  try {
    isDirectory = statSync(dir).isDirectory()
  } catch (error) {
    const {code} = error as NodeJS.ErrnoException
    if (code === 'ENOENT') return
    isDirectory = false
    if (code !== 'ENOTDIR') throw writeFailure(error, dir, 'the exam state')
  }
  if (!isDirectory)
    throw new UserError(`the exam state folder ${dir} is a file (or lies inside one), not a folder`, {
      suggestion: 'pass --state-dir DIR (or set EDGEWISE_STATE_DIR) to a folder, or remove the file',
    })
}

/** Writes a state file, turning a file-system failure into a message that names it (exit 2). */
async function writeState(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, text)
  } catch (error) {
    throw writeFailure(error, path, 'the exam state')
  }
}

type ReadOutcome = {kind: 'missing'} | {kind: 'text'; text: string} | {kind: 'unreadable'; message: string}

/** State files are read like any input: regular files only, size-capped; a file that is not text is reported, not thrown. */
async function readIfPresent(path: string): Promise<ReadOutcome> {
  const read = await readTextFile(path)
  if (read.ok) return {kind: 'text', text: read.text}
  if (read.failure.kind === 'missing') return {kind: 'missing'}
  if (read.failure.kind === 'unreadable') throw new Error(`${path} ${describeReadFailure(read.failure)}`)
  return {kind: 'unreadable', message: describeReadFailure(read.failure)}
}

function versionNote(value: unknown, expected: number): string | undefined {
  if (typeof value !== 'object' || value === null || !('version' in value)) return undefined
  const v = value.version
  return typeof v === 'number' && v > expected
    ? `written by a newer edgewise (version ${v}; this one reads version ${expected})`
    : undefined
}

/** Opens the store. Nothing touches the disk until a method is called. */
export function openExamStore(options: ExamStoreOptions = {}): ExamStore {
  const dir = resolveStateDir(options)
  const sessionsDir = join(dir, 'sessions')
  const deckPath = join(dir, DECK_FILE)
  const pendingDir = join(dir, PENDING_DIR)
  const now = options.now ?? (() => new Date())

  /** Moves a bad file aside and turns the reasons into problems that say where it went. */
  async function reject(file: string, problems: Problem[]): Promise<Problem[]> {
    const movedTo = await moveAside(file, now())
    const where = movedTo ? `moved aside to ${movedTo}` : 'already moved by another process'
    return [
      ...problems,
      {file, path: '', message: `not a valid edgewise file; ${where} so it is kept and not overwritten`},
    ]
  }

  /** Parses JSON and validates; on failure returns the problems (after moving the file aside). */
  async function parseFile<T>(
    file: string,
    text: string,
    parse: (
      v: unknown,
    ) => {success: false; error: {issues: Parameters<typeof issuesToProblems>[1]}} | {success: true; data: T},
    version: number,
  ): Promise<{ok: false; problems: Problem[]} | {ok: true; data: T}> {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      return {
        ok: false,
        problems: await reject(file, [{file, path: '', message: `is not valid JSON (${(error as Error).message})`}]),
      }
    }
    const parsed = parse(value)
    if (parsed.success) return {ok: true, data: parsed.data}
    const newer = versionNote(value, version)
    const problems = newer ? [{file, path: 'version', message: newer}] : issuesToProblems(file, parsed.error.issues)
    return {ok: false, problems: await reject(file, problems)}
  }

  async function readSessionFile(file: string, expectedId: string): Promise<SessionLoad> {
    const read = await readIfPresent(file)
    if (read.kind === 'missing')
      return {ok: false, reason: 'not-found', problems: [{file, path: '', message: `no session "${expectedId}"`}]}
    if (read.kind === 'unreadable')
      return {ok: false, reason: 'invalid', problems: await reject(file, [{file, path: '', message: read.message}])}
    const parsed = await parseFile(file, read.text, parseExamSession, SESSION_VERSION)
    if (!parsed.ok) return {ok: false, reason: 'invalid', problems: parsed.problems}
    if (parsed.data.id !== expectedId) {
      const problems = await reject(file, [
        {file, path: 'id', message: `says "${parsed.data.id}" but the file is named for "${expectedId}"`},
      ])
      return {ok: false, reason: 'invalid', problems}
    }
    return {ok: true, session: parsed.data}
  }

  async function listSessions(): Promise<{sessions: ExamSession[]; problems: Problem[]}> {
    let names: string[]
    try {
      names = await readdir(sessionsDir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {sessions: [], problems: []}
      throw error
    }
    await removeStaleTempFiles(sessionsDir)
    const sessions: ExamSession[] = []
    const problems: Problem[] = []
    // No index file: the directory is the index, so concurrent writers never contend for one.
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()) {
      const id = name.slice(0, -'.json'.length)
      const file = join(sessionsDir, name)
      if (!SESSION_ID.test(id)) {
        problems.push({file, path: '', message: 'ignored: the name is not a session id'})
        continue
      }
      const loaded = await readSessionFile(file, id)
      if (loaded.ok) sessions.push(loaded.session)
      else if (loaded.reason === 'invalid') problems.push(...loaded.problems)
      // not-found: deleted by another process between readdir and read; nothing to report.
    }
    sessions.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    return {sessions, problems}
  }

  async function loadDeck(): Promise<{deck: ReviewDeck; problems: Problem[]}> {
    const read = await readIfPresent(deckPath)
    if (read.kind === 'missing') return {deck: emptyDeck(), problems: []}
    if (read.kind === 'unreadable')
      return {deck: emptyDeck(), problems: await reject(deckPath, [{file: deckPath, path: '', message: read.message}])}
    const parsed = await parseFile(deckPath, read.text, parseReviewDeck, 1)
    return parsed.ok ? {deck: parsed.data, problems: []} : {deck: emptyDeck(), problems: parsed.problems}
  }

  async function saveDeck(deck: ReviewDeck): Promise<void> {
    const checked = parseReviewDeck(deck)
    if (!checked.success)
      throw new Error(
        `refusing to save an invalid review deck:\n${issuesToProblems(deckPath, checked.error.issues).map(formatProblem).join('\n')}`,
      )
    await writeState(deckPath, `${JSON.stringify(checked.data, null, 2)}\n`)
  }

  return {
    dir,
    async saveSession(session) {
      const file = join(sessionsDir, `${session.id}.json`)
      const checked = parseExamSession(session)
      if (!checked.success)
        throw new Error(
          `refusing to save an invalid session:\n${issuesToProblems(file, checked.error.issues).map(formatProblem).join('\n')}`,
        )
      await writeState(file, `${JSON.stringify(checked.data, null, 2)}\n`)
    },
    async createSession(session) {
      const file = join(sessionsDir, `${session.id}.json`)
      const checked = parseExamSession(session)
      if (!checked.success)
        throw new Error(
          `refusing to save an invalid session:\n${issuesToProblems(file, checked.error.issues).map(formatProblem).join('\n')}`,
        )
      try {
        return await createFileExclusive(file, `${JSON.stringify(checked.data, null, 2)}\n`)
      } catch (error) {
        throw writeFailure(error, file, 'the exam state')
      }
    },
    async loadSession(id) {
      const file = join(sessionsDir, `${id}.json`)
      // The id becomes a path: refuse anything that could climb out of the directory.
      if (!SESSION_ID.test(id))
        return {
          ok: false,
          reason: 'not-found',
          problems: [{file: sessionsDir, path: '', message: `"${id}" is not a session id`}],
        }
      return readSessionFile(file, id)
    },
    listSessions,
    async latestUnfinishedSession() {
      const {sessions, problems} = await listSessions()
      return {session: sessions.filter((s) => s.status === 'in-progress').at(-1), problems}
    },
    async deleteSession(id) {
      if (!SESSION_ID.test(id)) return false
      const file = join(sessionsDir, `${id}.json`)
      const existed = await stat(file).then(
        () => true,
        () => false,
      )
      await rm(file, {force: true})
      return existed
    },
    loadDeck,
    saveDeck,
    async deferDeckUpdate(sessionId) {
      if (!SESSION_ID.test(sessionId)) throw new Error(`not a session id: ${sessionId}`)
      await writeState(join(pendingDir, sessionId), '')
    },
    async deferredDeckUpdates() {
      const names = await readdir(pendingDir).catch(() => [] as string[])
      return names.filter((name) => SESSION_ID.test(name)).sort()
    },
    async clearDeferredDeckUpdates(sessionIds) {
      for (const id of sessionIds) if (SESSION_ID.test(id)) await rm(join(pendingDir, id), {force: true})
    },
    async updateDeck(change) {
      return withFileLock(deckPath, async () => {
        const {deck, problems} = await loadDeck()
        const next = change(deck)
        // An unchanged deck (a cram session) leaves the file untouched, byte for byte.
        if (next !== deck) await saveDeck(next)
        return {deck: next, problems}
      })
    },
  }
}

/** Tells the user on stderr about state files the store could not read and moved aside. */
export function warnMovedAside(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`warning: ${formatProblem(p)} (moved aside)\n`)
}
