import {join} from 'node:path'

import {type PhraseBook, PhraseBookSchema} from '../core/questions/phrases.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {UserError} from '../errors.js'
import {displayPath} from './load-documents.js'
import {bundledRulesDir} from './package-root.js'
import {describeReadFailure, readTextFile} from './read-text.js'

/** Reads rules/generator/phrases.json, the generator's sentences. */
export async function loadPhraseBook(path = join(bundledRulesDir(), 'generator', 'phrases.json')): Promise<PhraseBook> {
  const file = displayPath(path)
  const read = await readTextFile(path)
  if (!read.ok) throw new UserError(`${file}: ${describeReadFailure(read.failure)}`)
  let value: unknown
  try {
    value = JSON.parse(read.text)
  } catch (error) {
    throw new UserError(`${file}: invalid JSON: ${(error as Error).message}`)
  }
  const parsed = parseReporting(PhraseBookSchema, value)
  if (!parsed.success)
    throw new UserError(`${file} is not a valid phrase book`, {problems: issuesToProblems(file, parsed.error.issues)})
  return parsed.data
}
