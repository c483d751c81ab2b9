import {readdir} from 'node:fs/promises'
import {join, relative} from 'node:path'

import type {Problem} from '../core/validation/problem.js'

import {parseDataText} from './parse-data.js'
import {describeReadFailure, readTextFile} from './read-text.js'

export interface DataDocument {
  file: string
  value: unknown
}

/** Lists files with the given extensions directly inside `dir`, sorted; a missing dir is an empty list. */
export async function listDataFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return []
  }
  return names
    .filter((name) => extensions.some((ext) => name.toLowerCase().endsWith(ext)))
    .sort()
    .map((name) => join(dir, name))
}

/** Reads and parses data files, collecting one problem per file that fails; the rest still load. */
export async function readDataFiles(
  files: readonly string[],
  displayRoot = process.cwd(),
): Promise<{documents: DataDocument[]; problems: Problem[]}> {
  const documents: DataDocument[] = []
  const problems: Problem[] = []
  for (const path of files) {
    const file = displayPath(path, displayRoot)
    const read = await readTextFile(path)
    if (!read.ok) {
      problems.push({file, path: '', message: describeReadFailure(read.failure)})
      continue
    }
    const parsed = await parseDataText(path, read.text)
    if (parsed.ok) documents.push({file, value: parsed.value})
    else problems.push({...parsed.problem, file})
  }
  return {documents, problems}
}

/** Paths are shown relative to the working directory when they are inside it. */
export function displayPath(path: string, root = process.cwd()): string {
  const rel = relative(root, path)
  return rel && !rel.startsWith('..') ? rel : path
}
