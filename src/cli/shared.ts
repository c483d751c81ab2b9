import {Flags} from '@oclif/core'

import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'
import {EXIT, UserError} from '../errors.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'
import {decodeText, describeReadFailure} from '../io/read-text.js'

/** `--rules DIR`: add a user's rule pack on top of the bundled knowledge base. */
export const rulesFlag = Flags.string({description: 'add a rule pack directory (repeatable) on top of the bundled rules', multiple: true})

/** Scripted sessions (exam, review): answers from a file instead of prompts. */
export const answersFlag = Flags.string({description: 'answer from this YAML/JSON file instead of asking (scripted run)'})

/** Question choice and option order for exam and review sessions. */
export const sessionSeedFlag = Flags.integer({description: 'seed for question choice and option order (default: random)'})

export async function loadKnowledgeOrFail(extraDirs: readonly string[] = []): Promise<KnowledgeBase> {
  const loaded = await loadKnowledgeBase(extraDirs)
  if (!loaded.ok) {
    throw new UserError(`the rule pack has ${loaded.problems.length} problem(s)`, {problems: loaded.problems, suggestion: 'run `edgewise rules validate DIR` and fix what it lists', exitCode: EXIT.badInput})
  }
  return loaded.data
}

/** Reads all of stdin when it is piped (not a terminal); undefined when there is nothing to read. */
export async function readStdinIfPiped(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  if (bytes.length === 0) return undefined
  const decoded = decodeText(bytes)
  if (decoded.ok) return decoded.text
  if (decoded.failure.kind === 'empty') return undefined
  throw new UserError(`standard input ${describeReadFailure(decoded.failure)}`, {exitCode: EXIT.badInput})
}
