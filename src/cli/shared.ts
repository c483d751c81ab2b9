import {Flags} from '@oclif/core'

import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'

import {EXIT, UserError} from '../errors.js'
import {loadKnowledgeBase} from '../io/load-knowledge.js'
import {decodeText, DEFAULT_MAX_BYTES, describeReadFailure} from '../io/read-text.js'

/** `--rules DIR`: add a user's rule pack on top of the bundled knowledge base. */
export const rulesFlag = Flags.string({
  description: 'add a rule pack directory (repeatable) on top of the bundled rules',
  multiple: true,
})

/** Scripted sessions (exam, review): answers from a file instead of prompts. */
export const answersFlag = Flags.string({
  description: 'answer from this YAML/JSON file instead of asking (scripted run)',
})

/** Question choice and option order for exam and review sessions. */
export const sessionSeedFlag = Flags.integer({
  description: 'seed for question choice and option order (default: random)',
})

export async function loadKnowledgeOrFail(extraDirs: readonly string[] = []): Promise<KnowledgeBase> {
  const loaded = await loadKnowledgeBase(extraDirs)
  if (!loaded.ok) {
    throw new UserError(`the rule pack has ${loaded.problems.length} problem(s)`, {
      problems: loaded.problems,
      suggestion: 'run `edgewise rules validate DIR` and fix what it lists',
      exitCode: EXIT.badInput,
    })
  }
  return loaded.data
}

/**
 * Reads all of stdin when it is piped (not a terminal); undefined when there is
 * nothing to read. Stops at the same limit as a file (`DEFAULT_MAX_BYTES`), so
 * `< /dev/zero` or an endless producer ends with a message instead of filling memory.
 */
export async function readStdinIfPiped(
  stdin: NodeJS.ReadableStream & {isTTY?: boolean} = process.stdin,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<string | undefined> {
  if (stdin.isTTY) return undefined
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    chunks.push(buffer)
    total += buffer.length
    if (total > maxBytes) {
      // Leaving the loop destroys the stream: nothing more is read.
      throw new UserError(`standard input is over the ${Math.round(maxBytes / 1_048_576)} MB limit for one input`, {
        suggestion: 'pass a smaller text, or split it',
        exitCode: EXIT.badInput,
      })
    }
  }
  const bytes = Buffer.concat(chunks)
  if (bytes.length === 0) return undefined
  const decoded = decodeText(bytes)
  if (decoded.ok) return decoded.text
  if (decoded.failure.kind === 'empty') return undefined
  throw new UserError(`standard input ${describeReadFailure(decoded.failure)}`, {exitCode: EXIT.badInput})
}
