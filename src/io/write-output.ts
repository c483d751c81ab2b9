import {statSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

import {EXIT, UserError} from '../errors.js'

/** Why writing `path` failed, in words a person can act on. */
export function describeWriteFailure(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return `the folder ${dirname(path)} does not exist; create it first or choose another path`
    case 'EISDIR':
      return 'it is a folder; give a file name (inside it, if you like)'
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder; check the path'
    case 'EEXIST':
      return 'a file is in the way where a folder is needed; remove it or choose another path'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; choose a place you can write to'
    case 'EROFS':
      return 'the file system is read-only; choose another place'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space or choose another place'
    default:
      return `the system said ${code ?? String(error)}`
  }
}

/** The error a command raises for a failed write: exit 2, the path and what to do, never a raw ENOENT. */
export function writeFailure(error: unknown, path: string, what: string): UserError {
  return new UserError(`cannot write ${what} to ${path}: ${describeWriteFailure(error, path)}`, {
    exitCode: EXIT.badInput,
  })
}

/** Writes an output file the user named (--output, --save, --export, --write-baseline). */
export async function writeOutputFile(path: string, text: string, what: string): Promise<void> {
  try {
    await writeFile(path, text)
  } catch (error) {
    throw writeFailure(error, path, what)
  }
}

/** Creates an output folder the user named (a QTI package, generated questions). */
export async function makeOutputFolder(path: string, what: string): Promise<void> {
  try {
    await mkdir(path, {recursive: true})
  } catch (error) {
    throw writeFailure(error, path, what)
  }
}

const pathKind = (p: string) => {
  try {
    return statSync(p).isDirectory() ? 'folder' : 'file'
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'blocked' : 'missing'
  }
}

/**
 * Fails now, before any work or questions, if `path` clearly cannot be
 * written later: its folder is missing or is a file, or the path is a folder.
 * (Permissions and full disks still show up only when writing.)
 */
export function assertWritablePath(path: string, what: string): void {
  const parent = pathKind(dirname(path))
  if (parent === 'missing') throw writeFailure({code: 'ENOENT'}, path, what)
  if (parent !== 'folder') throw writeFailure({code: 'ENOTDIR'}, path, what)
  if (pathKind(path) === 'folder') throw writeFailure({code: 'EISDIR'}, path, what)
}
