import {closeSync, fstatSync, openSync, readSync} from 'node:fs'
import {readFile, stat} from 'node:fs/promises'

/** Why a text file could not be read; each maps to one message a person can act on. */
export type ReadFailure =
  | {kind: 'missing'}
  | {kind: 'directory'}
  | {kind: 'unreadable'; detail: string}
  | {kind: 'empty'}
  | {kind: 'binary'}
  | {kind: 'invalid-utf8'; line: number}
  | {kind: 'too-large'; bytes: number; limit: number}

export type ReadResult = {ok: true; text: string} | {ok: false; failure: ReadFailure}

/** Larger inputs are almost certainly not hand-written profiles or documents. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Reads a UTF-8 text file, classifying every way that can fail instead of throwing. */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) return {ok: false, failure: {kind: 'directory'}}
    size = info.size
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  }
  if (size > maxBytes) return {ok: false, failure: {kind: 'too-large', bytes: size, limit: maxBytes}}
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  }
  return decodeText(bytes)
}

/**
 * The same as `readTextFile`, synchronously and with one open/fstat/read/close:
 * for batches of thousands of small files, where a stat plus an async read per
 * file cost more than checking the file.
 */
export function readTextFileSync(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    return {ok: false, failure: classifyFsError(error)}
  }
  try {
    const info = fstatSync(fd)
    if (info.isDirectory()) return {ok: false, failure: {kind: 'directory'}}
    if (info.size > maxBytes) return {ok: false, failure: {kind: 'too-large', bytes: info.size, limit: maxBytes}}
    const bytes = Buffer.allocUnsafe(info.size)
    let read = 0
    while (read < info.size) {
      const n = readSync(fd, bytes, read, info.size - read, read)
      if (n === 0) break
      read += n
    }
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
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
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
  return {kind: 'unreadable', detail: code ?? String(error)}
}

/** One sentence for a read failure: what happened and what to do. */
export function describeReadFailure(failure: ReadFailure): string {
  switch (failure.kind) {
    case 'missing':
      return 'file not found; check the path'
    case 'directory':
      return 'is a directory, not a file; pass a file inside it'
    case 'unreadable':
      return `cannot be read (${failure.detail}); check its permissions`
    case 'empty':
      return 'is empty; write something in it or pass another file'
    case 'binary':
      return 'looks like a binary file (it contains NUL bytes); pass a UTF-8 text file'
    case 'invalid-utf8':
      return `is not valid UTF-8 text (first bad byte on line ${failure.line}); re-save it as UTF-8`
    case 'too-large':
      return `is ${(failure.bytes / 1048576).toFixed(1)} MB, over the ${(failure.limit / 1048576).toFixed(0)} MB limit for one input; split it`
  }
}
