import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs'
import {open} from 'node:fs/promises'

/** Why a text file could not be read; each maps to one message a person can act on. */
export type ReadFailure =
  | {kind: 'binary'}
  | {kind: 'directory'}
  | {kind: 'empty'}
  | {kind: 'invalid-utf8'; line: number}
  | {kind: 'missing'}
  | {kind: 'not-regular'; what: string}
  | {kind: 'too-large'; bytes: number; limit: number}
  | {kind: 'unreadable'; detail: string}

export type ReadResult = {ok: false; failure: ReadFailure} | {ok: true; text: string}

/**
 * The most edgewise reads from any one input (a file or standard input).
 * Larger inputs are almost certainly not hand-written profiles, questions or
 * documents, and the cap is what keeps `/dev/zero`-like inputs from eating memory.
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

const utf8 = new TextDecoder('utf8', {fatal: true})

/**
 * Opening a FIFO for reading blocks until a writer appears; O_NONBLOCK makes
 * the open return at once so fstat can refuse it. On regular files the flag
 * changes nothing. (Windows has no O_NONBLOCK and no FIFOs to worry about.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** What a path that is not a regular file is, in words, or undefined for a regular file. */
function notRegular(info: Stats): ReadFailure | undefined {
  if (info.isFile()) return undefined
  if (info.isDirectory()) return {kind: 'directory'}
  if (info.isFIFO()) return {kind: 'not-regular', what: 'a named pipe (FIFO)'}
  if (info.isCharacterDevice()) return {kind: 'not-regular', what: 'a character device'}
  if (info.isBlockDevice()) return {kind: 'not-regular', what: 'a block device'}
  if (info.isSocket()) return {kind: 'not-regular', what: 'a socket'}
  return {kind: 'not-regular', what: 'not a regular file'}
}

/**
 * Reads a UTF-8 text file, classifying every way that can fail instead of
 * throwing. Only regular files are read (never FIFOs or devices, which can
 * block or never end), and never more than `maxBytes + 1` bytes, even when
 * the file grows while it is read.
 */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let handle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  }
  try {
    const info = await handle.stat()
    const refused = notRegular(info)
    if (refused) return {ok: false, failure: refused}
    if (info.size > maxBytes) return {ok: false, failure: {kind: 'too-large', bytes: info.size, limit: maxBytes}}
    const bytes = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)))
    let read = 0
    while (read < bytes.length) {
      const {bytesRead} = await handle.read(bytes, read, bytes.length - read, read)
      if (bytesRead === 0) break
      read += bytesRead
    }
    if (read > maxBytes) return {ok: false, failure: {kind: 'too-large', bytes: read, limit: maxBytes}}
    return decodeText(bytes.subarray(0, read))
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * The same as `readTextFile`, synchronously and with one open/fstat/read/close:
 * for batches of thousands of small files, where a stat plus an async read per
 * file cost more than checking the file.
 */
export function readTextFileSync(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  }
  try {
    const info = fstatSync(fd)
    const refused = notRegular(info)
    if (refused) return {ok: false, failure: refused}
    if (info.size > maxBytes) return {ok: false, failure: {kind: 'too-large', bytes: info.size, limit: maxBytes}}
    // One byte more than the size: a file that grew since fstat is noticed, not cut short silently.
    const bytes = Buffer.allocUnsafe(Math.min(maxBytes + 1, info.size + 1))
    let read = 0
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read)
      if (n === 0) break
      read += n
    }
    if (read > maxBytes) return {ok: false, failure: {kind: 'too-large', bytes: read, limit: maxBytes}}
    return decodeText(bytes.subarray(0, read))
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  } finally {
    closeSync(fd)
  }
}

/** Decodes bytes as UTF-8 text, rejecting binary data and invalid sequences. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return {ok: false, failure: {kind: 'empty'}}
  if (bytes.subarray(0, 8000).includes(0)) return {ok: false, failure: {kind: 'binary'}}
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return {ok: false, failure: {kind: 'invalid-utf8', line: lineOfFirstInvalidByte(bytes)}}
  }
  if (text.codePointAt(0) === 0xfe_ff) text = text.slice(1)
  if (text.trim() === '') return {ok: false, failure: {kind: 'empty'}}
  return {ok: true, text}
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // Decode line by line: the first line that fails holds the bad byte.
  let line = 1
  let start = 0
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i))
      } catch {
        return line
      }
      line++
      start = i + 1
    }
  }
  return line
}

function classifyFsError(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return {kind: 'missing'}
  if (code === 'EISDIR') return {kind: 'directory'}
  // A socket (or a device with no driver) cannot be opened as a file at all.
  if (code === 'ENXIO') return {kind: 'not-regular', what: 'a socket or a device'}
  return {kind: 'unreadable', detail: code ?? String(error)}
}

/** One sentence for a read failure: what happened and what to do. */
export function describeReadFailure(failure: ReadFailure): string {
  switch (failure.kind) {
    case 'missing':
      return 'file not found; check the path'
    case 'directory':
      return 'is a directory, not a file; pass a file inside it'
    case 'not-regular':
      return `is ${failure.what}, not a regular file; edgewise reads only regular files (save the text to a file, or pipe it on standard input)`
    case 'unreadable':
      return `cannot be read (${failure.detail}); check its permissions`
    case 'empty':
      return 'is empty; write something in it or pass another file'
    case 'binary':
      return 'looks like a binary file (it contains NUL bytes); pass a UTF-8 text file'
    case 'invalid-utf8':
      return `is not valid UTF-8 text (first bad byte on line ${failure.line}); re-save it as UTF-8`
    case 'too-large':
      return `is ${describeSize(failure.bytes)}, over the ${describeSize(failure.limit)} limit for one input; split it`
  }
}

/** "12.0 MB" or "3 KB": sizes in messages, readable whatever the limit. */
function describeSize(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(bytes % 1_048_576 === 0 ? 0 : 1)} MB`
  return `${Math.ceil(bytes / 1024)} KB`
}
