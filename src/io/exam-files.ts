import {randomBytes} from 'node:crypto'
import {type FileHandle, link, mkdir, open, readdir, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/** Temp files are hidden, name their target, and end in .tmp so directory listings of *.json skip them. */
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/

/** fsync a directory so a rename in it survives power loss. Not possible on Windows; best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch {
    // EISDIR/EPERM on some platforms: the rename is still atomic, just not guaranteed durable.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/**
 * Replaces `path` with `text` so that readers (and a crash or kill -9 at any
 * moment) see either the old file or the new one, never a mix: write a temp
 * file in the same directory (rename is atomic only within one file system),
 * fsync it, then rename it over the target and fsync the directory.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path)
  const temp = await writeTemp(path, text)
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, {force: true}).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
}

/** Writes `text` to a new, fsynced temp file beside `path` and returns its name. */
async function writeTemp(path: string, text: string): Promise<string> {
  const dir = dirname(path)
  await mkdir(dir, {recursive: true})
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let handle: FileHandle | undefined
  try {
    handle = await open(temp, 'wx', 0o600)
    await handle.writeFile(text, 'utf8')
    await handle.sync()
    await handle.close()
    return temp
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, {force: true}).catch(() => undefined)
    throw error
  }
}

/**
 * Creates `path` with `text`, all or nothing, and never over an existing
 * file: the complete temp file is hard-linked to the name (link fails if the
 * name is taken), so two processes creating the same name cannot both win
 * and a reader never sees half a file. False when the name was taken. Where
 * hard links are not supported, an exclusive create is used instead.
 */
export async function createFileExclusive(path: string, text: string): Promise<boolean> {
  const temp = await writeTemp(path, text)
  try {
    await link(temp, path)
  } catch (error) {
    const {code} = error as NodeJS.ErrnoException
    if (code === 'EEXIST') return false
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error
    const handle = await open(path, 'wx', 0o600).catch((error_: NodeJS.ErrnoException) => {
      if (error_.code === 'EEXIST') return undefined
      throw error_
    })
    if (!handle) return false
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
  } finally {
    await rm(temp, {force: true}).catch(() => undefined)
  }
  await syncDirectory(dirname(path))
  return true
}

/**
 * Removes temp files a crashed writer left behind. Only files older than
 * `olderThanMs` go: a live writer's temp file exists for milliseconds.
 */
export async function removeStaleTempFiles(dir: string, olderThanMs = 60 * 60 * 1000): Promise<void> {
  // The real clock, not an injected one: it is compared with file-system timestamps.
  const now = Date.now()
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names.filter((n) => TEMP_FILE.test(n))) {
    const path = join(dir, name)
    const info = await stat(path).catch(() => undefined)
    if (info && now - info.mtimeMs > olderThanMs) await rm(path, {force: true}).catch(() => undefined)
  }
}

/** `2026-11-25T10-15-00-000Z`: sortable and legal in file names everywhere. */
export const fileStamp = (now: Date): string => now.toISOString().replaceAll(/[:.]/g, '-')

/**
 * Renames a file that failed to parse to `<name>.corrupt-<timestamp>` so it is
 * kept for inspection and never overwritten by the next save. Returns the new
 * path, or undefined when the file had already gone (another process moved it).
 */
export async function moveAside(path: string, now: Date): Promise<string | undefined> {
  const base = `${path}.corrupt-${fileStamp(now)}`
  for (let attempt = 0; attempt < 100; attempt++) {
    const target = attempt === 0 ? base : `${base}-${attempt}`
    // rename would silently replace an earlier copy with the same stamp; look first.
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      continue
    try {
      await rename(path, target)
      return target
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }
  throw new Error(`could not find a free name to move ${path} aside`)
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms)
  })

/** Another process held the lock for longer than the caller would wait. */
export class LockTimeoutError extends Error {
  constructor(
    readonly path: string,
    readonly lock: string,
  ) {
    super(`${path} is locked by another edgewise process (remove ${lock} if none is running)`)
    this.name = 'LockTimeoutError'
  }
}

/**
 * Runs `task` while holding `<path>.lock` (created exclusively), so two
 * processes doing read-modify-write on the same file take turns instead of
 * losing one update. A lock older than `staleMs` is assumed to belong to a
 * crashed process and is broken.
 */
export async function withFileLock<T>(
  path: string,
  task: () => Promise<T>,
  options: {timeoutMs?: number; staleMs?: number} = {},
): Promise<T> {
  const lock = `${path}.lock`
  const timeoutMs = options.timeoutMs ?? 5000
  const staleMs = options.staleMs ?? 30_000
  await mkdir(dirname(path), {recursive: true})
  const started = Date.now()
  for (;;) {
    try {
      const handle = await open(lock, 'wx', 0o600)
      await handle.writeFile(`${process.pid}\n`).finally(() => handle.close())
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const info = await stat(lock).catch(() => undefined)
      if (info && Date.now() - info.mtimeMs > staleMs) {
        await rm(lock, {force: true})
        continue
      }
      if (Date.now() - started > timeoutMs) throw new LockTimeoutError(path, lock)
      await sleep(20 + Math.floor(Math.random() * 30))
    }
  }
  try {
    return await task()
  } finally {
    await rm(lock, {force: true})
  }
}
