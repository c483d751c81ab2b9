import {build} from 'esbuild'
import {spawn} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'

import type {ExamSession} from '../../src/core/exam/session.js'

import {emptyDeck, updateDeck} from '../../src/core/exam/review.js'
import {createSession} from '../../src/core/exam/select.js'
import {openExamStore, resolveStateDir} from '../../src/io/exam-store.js'
import {NOW, single} from './builders.js'

const questions = Array.from({length: 65}, (_, i) => single(`q-${i}`))
const sessionAt = (minute: number, seed = minute): ExamSession =>
  createSession(questions, {mode: 'exam', seed, now: new Date(NOW.getTime() + minute * 60_000)})
const FIXED = new Date('2026-12-01T08:30:00.000Z')

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'edgewise-store-'))
})
afterEach(async () => {
  await rm(dir, {recursive: true, force: true})
})
const store = () => openExamStore({stateDir: dir, now: () => FIXED})

describe('resolveStateDir', () => {
  it('prefers the option, then EDGEWISE_STATE_DIR, then an absolute XDG_STATE_HOME, then ~/.local/state', () => {
    const env = {EDGEWISE_STATE_DIR: '/e', XDG_STATE_HOME: '/x'}
    expect(resolveStateDir({stateDir: '/o', env})).toBe('/o')
    expect(resolveStateDir({env})).toBe('/e')
    expect(resolveStateDir({env: {XDG_STATE_HOME: '/x'}})).toBe('/x/edgewise')
    expect(resolveStateDir({env: {XDG_STATE_HOME: 'relative'}, homeDir: '/h'})).toBe('/h/.local/state/edgewise')
    expect(resolveStateDir({env: {EDGEWISE_STATE_DIR: ''}, homeDir: '/h'})).toBe('/h/.local/state/edgewise')
  })
})

describe('sessions', () => {
  it('creates a session file only where none exists: a second create with the same id changes nothing', async () => {
    const s = store()
    const first = sessionAt(0)
    const rival = {...first, mode: 'practice' as const, timeLimitSeconds: null}
    expect(await s.createSession(first)).toBe(true)
    expect(await s.createSession(rival)).toBe(false)
    expect(await s.loadSession(first.id)).toEqual({ok: true, session: first})
    expect((await readdir(join(dir, 'sessions'))).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('remembers sessions whose ratings wait for the deck until they are cleared', async () => {
    const s = store()
    await s.deferDeckUpdate('20261204-100000-00000001-aaaaaaaaaaaa')
    await s.deferDeckUpdate('20261204-090000-00000001-bbbbbbbbbbbb')
    expect(await s.deferredDeckUpdates()).toEqual([
      '20261204-090000-00000001-bbbbbbbbbbbb',
      '20261204-100000-00000001-aaaaaaaaaaaa',
    ])
    await s.clearDeferredDeckUpdates(['20261204-090000-00000001-bbbbbbbbbbbb'])
    expect(await s.deferredDeckUpdates()).toEqual(['20261204-100000-00000001-aaaaaaaaaaaa'])
  })

  it('saves, loads, lists oldest first and finds the latest unfinished one', async () => {
    const s = store()
    const older = sessionAt(0)
    const newer = sessionAt(5)
    const finished = {...sessionAt(10), status: 'finished' as const, finishedReason: 'submitted' as const}
    await Promise.all([s.saveSession(newer), s.saveSession(older), s.saveSession(finished)])
    expect(await s.loadSession(older.id)).toEqual({ok: true, session: older})
    const listed = await s.listSessions()
    expect(listed.sessions.map((x) => x.id)).toEqual([older.id, newer.id, finished.id])
    expect(listed.problems).toEqual([])
    expect((await s.latestUnfinishedSession()).session?.id).toBe(newer.id)
    expect(await s.deleteSession(newer.id)).toBe(true)
    expect(await s.deleteSession(newer.id)).toBe(false)
    expect((await s.loadSession(newer.id)).ok).toBe(false)
  })

  it('reports an unknown session and refuses ids that are not safe file names', async () => {
    expect(await store().loadSession('nope')).toMatchObject({ok: false, reason: 'not-found'})
    expect(await store().loadSession('../../etc/passwd')).toMatchObject({
      ok: false,
      reason: 'not-found',
      problems: [{message: '"../../etc/passwd" is not a session id'}],
    })
    expect(await store().listSessions()).toEqual({sessions: [], problems: []})
  })

  it('refuses to save an invalid session', async () => {
    const bad = {...sessionAt(0), current: 99}
    await expect(store().saveSession(bad)).rejects.toThrow(/current: must be below 65/)
    expect(await readdir(join(dir, 'sessions')).catch(() => [])).toEqual([])
  })

  it('still reads the last complete version when a crashed write left a temp file behind', async () => {
    const s = store()
    const session = sessionAt(0)
    await s.saveSession(session)
    const temp = join(dir, 'sessions', `.${session.id}.json.4242.deadbeef.tmp`)
    await writeFile(temp, '{"version": 1, "id": "half-writ')
    expect(await s.loadSession(session.id)).toEqual({ok: true, session})
    expect(await s.listSessions()).toEqual({sessions: [session], problems: []})
    const updated = {...session, elapsedSeconds: 12}
    await s.saveSession(updated)
    expect(await s.loadSession(session.id)).toEqual({ok: true, session: updated})
    // Old leftovers are cleaned up on the next listing; fresh ones (a live writer's) are not.
    await utimes(temp, new Date('2020-01-01'), new Date('2020-01-01'))
    await s.listSessions()
    expect(await readdir(join(dir, 'sessions'))).toEqual([`${session.id}.json`])
  })

  it('moves a corrupt file aside, reports it, and never overwrites the copy', async () => {
    const s = store()
    const session = sessionAt(0)
    await s.saveSession(session)
    const file = join(dir, 'sessions', `${session.id}.json`)
    await writeFile(file, '{"version": 1, "id": ')
    const loaded = await s.loadSession(session.id)
    expect(loaded).toMatchObject({ok: false, reason: 'invalid'})
    const aside = `${file}.corrupt-2026-12-01T08-30-00-000Z`
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.message).join('\n')).toMatch(
      /is not valid JSON[\s\S]*moved aside to .*corrupt-2026-12-01T08-30-00-000Z/,
    )
    expect(await readFile(aside, 'utf8')).toBe('{"version": 1, "id": ')
    await s.saveSession(session)
    await writeFile(file, 'garbage again')
    expect((await s.listSessions()).problems).toHaveLength(2)
    expect(await readFile(aside, 'utf8')).toBe('{"version": 1, "id": ')
    expect(await readFile(`${aside}-1`, 'utf8')).toBe('garbage again')
  })

  it('reports foreign and newer files with field paths, and a file under the wrong name', async () => {
    const s = store()
    const sessions = join(dir, 'sessions')
    await s.saveSession(sessionAt(0))
    await writeFile(join(sessions, 'foreign.json'), JSON.stringify({hello: 'world'}))
    await writeFile(join(sessions, 'newer.json'), JSON.stringify({...sessionAt(1), id: 'newer', version: 3}))
    await writeFile(join(sessions, 'renamed.json'), JSON.stringify(sessionAt(2)))
    const {sessions: found, problems} = await s.listSessions()
    expect(found).toHaveLength(1)
    const messages = problems.map((p) => `${p.file.split('/').pop()} ${p.path}: ${p.message}`)
    expect(messages.some((m) => m.startsWith('foreign.json ') && m.includes('unknown field "hello"'))).toBe(true)
    expect(messages).toContain('newer.json version: written by a newer edgewise (version 3; this one reads version 2)')
    expect(messages.some((m) => m.startsWith('renamed.json id: says'))).toBe(true)
    expect((await readdir(sessions)).filter((n) => n.includes('.corrupt-'))).toHaveLength(3)
  })
})

describe('review deck', () => {
  it('starts empty, round-trips, and moves a corrupt deck aside', async () => {
    const s = store()
    expect(await s.loadDeck()).toEqual({deck: emptyDeck(), problems: []})
    const deck = updateDeck(emptyDeck(), [{concept: 'service:lambda', rating: 'Good'}], NOW)
    await s.saveDeck(deck)
    expect(await s.loadDeck()).toEqual({deck, problems: []})
    await writeFile(join(dir, 'review-deck.json'), '[]')
    const loaded = await s.loadDeck()
    expect(loaded.deck).toEqual(emptyDeck())
    expect(loaded.problems.at(-1)?.message).toMatch(/moved aside/)
    expect(await readdir(dir)).toContain('review-deck.json.corrupt-2026-12-01T08-30-00-000Z')
  })

  it('leaves the file untouched when the change returns the same deck', async () => {
    const s = store()
    const path = join(dir, 'review-deck.json')
    await writeFile(path, '{"version":1,"cards":{}}')
    await s.updateDeck((deck) => deck)
    expect(await readFile(path, 'utf8')).toBe('{"version":1,"cards":{}}')
  })

  it('serialises concurrent updates so none is lost', async () => {
    const s = store()
    const concepts = Array.from({length: 12}, (_, i) => `service:svc-${i}`)
    await Promise.all(
      concepts.map((concept) => s.updateDeck((deck) => updateDeck(deck, [{concept, rating: 'Good'}], NOW))),
    )
    expect(Object.keys((await s.loadDeck()).deck.cards).sort()).toEqual([...concepts].sort())
    expect(await readdir(dir)).not.toContain('review-deck.json.lock')
  })
})

/** Bundles a child that saves one session over and over, printing a line after each save. */
async function writerScript(): Promise<string> {
  const storeModule = fileURLToPath(new URL('../../src/io/exam-store.ts', import.meta.url))
  const out = join(dir, 'writer.mjs')
  const contents = `import {openExamStore} from ${JSON.stringify(storeModule)}
const [stateDir, file] = process.argv.slice(2)
const {readFileSync} = await import('node:fs')
const session = JSON.parse(readFileSync(file, 'utf8'))
const store = openExamStore({stateDir})
for (let n = 1; ; n++) { await store.saveSession({...session, elapsedSeconds: n}); process.stdout.write(n + '\\n') }`
  await build({
    stdin: {contents, resolveDir: dir, loader: 'ts'},
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
  })
  return out
}

async function runAndKill(script: string, session: ExamSession, stateDir: string, killAfterMs: number): Promise<void> {
  const file = join(dir, `${session.id}.input.json`)
  await writeFile(file, JSON.stringify(session))
  const child = spawn(process.execPath, [script, stateDir, file], {stdio: ['ignore', 'pipe', 'inherit']})
  const exited = new Promise<void>((resolve) => {
    child.on('exit', () => resolve())
  })
  // Wait for the first complete save, then kill -9 at an arbitrary moment of a later one.
  await new Promise<void>((resolve) => {
    child.stdout.once('data', () => resolve())
  })
  await new Promise((resolve) => {
    setTimeout(resolve, killAfterMs)
  })
  child.kill('SIGKILL')
  await exited
}

describe('crash safety across processes', () => {
  it('leaves every session readable after kill -9 mid-write, with two processes writing at once', async () => {
    const script = await writerScript()
    const stateDir = join(dir, 'state')
    const a = sessionAt(0, 1)
    const b = sessionAt(0, 2)
    const s = openExamStore({stateDir})
    for (const delay of [0, 3, 7, 11, 19, 29]) {
      await Promise.all([runAndKill(script, a, stateDir, delay), runAndKill(script, b, stateDir, delay + 2)])
      for (const session of [a, b]) {
        const loaded = await s.loadSession(session.id)
        expect(loaded.ok, JSON.stringify(loaded)).toBe(true)
        if (loaded.ok) expect({...loaded.session, elapsedSeconds: 0}).toEqual(session)
      }
    }
    const names = await readdir(join(stateDir, 'sessions'))
    expect(names.filter((n) => n.includes('.corrupt-'))).toEqual([])
    // Temp files a kill left behind are invisible to listings.
    expect(await s.listSessions()).toMatchObject({sessions: [{id: a.id}, {id: b.id}], problems: []})
  }, 60_000)
})
