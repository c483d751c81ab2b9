import type {DocumentReport} from '../core/check/finding.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'

import {
  type CheckDeps,
  errorReport,
  finishDocument,
  type FirstPass,
  type PendingDocument,
  readDocument,
} from '../core/check/check-document.js'
import {looksLikeStructuredDescription} from './collect-files.js'
import {displayPath} from './load-documents.js'
import {describeReadFailure, readTextFileSync} from './read-text.js'
import {loadYaml, parseYamlText} from './yaml.js'

/** Design documents are hand-written; anything larger is almost certainly not one. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024

export async function makeCheckDeps(kb: KnowledgeBase, today: string, includeInactive = false): Promise<CheckDeps> {
  const [{Lexer}, yaml] = await Promise.all([import('marked'), loadYaml()])
  return {
    kb,
    today,
    includeInactive,
    // Block level only (what Lexer.lex does before its inline pass): the checker
    // reads headings, paragraphs, lists and code blocks, never emphasis or
    // links, and the inline pass is about half of marked's lexing time.
    lex: (markdown) => new Lexer().blockTokens(markdown.replaceAll(/\r\n|\r/g, '\n'), []),
    parseYaml: (text) => parseYamlText(yaml, text),
  }
}

/**
 * Reads one file and runs the checker's first pass on it (see `readDocument`).
 * Returns undefined for a YAML/JSON file found by walking a directory that is
 * not an architecture description (package.json).
 */
export function readFileForCheck(path: string, discovered: boolean, deps: CheckDeps): FirstPass | undefined {
  const file = displayPath(path).split('\\').join('/')
  const read = readTextFileSync(path, MAX_DOCUMENT_BYTES)
  const structured = /\.(ya?ml|json)$/i.test(path)
  // A YAML/JSON file found by walking is checked only if it describes an architecture; one too
  // large or empty to be a hand-written description (a big package-lock.json) is not one.
  if (!read.ok && discovered && structured && (read.failure.kind === 'too-large' || read.failure.kind === 'empty'))
    return undefined
  if (!read.ok) {
    return {
      report: errorReport(
        file,
        describeReadFailure(read.failure),
        read.failure.kind === 'invalid-utf8' ? read.failure.line : undefined,
      ),
    }
  }
  if (discovered && structured && !looksLikeStructuredDescription(read.text)) return undefined
  try {
    return readDocument(file, read.text, deps)
  } catch (error) {
    return {report: bugReport(file, error)}
  }
}

/**
 * The checker turns bad content into reports itself, so a throw is a bug in
 * edgewise: it is reported against that document (exit 2) and the rest of the
 * batch goes on.
 */
function bugReport(file: string, error: unknown): DocumentReport {
  const detail = error instanceof Error ? error.message : String(error)
  return errorReport(file, `edgewise failed on this document (a bug; please report it with the file): ${detail}`)
}

/** The second pass of a pending document, guarded like the first (the worker threads use it too). */
export function finishGuarded(pending: PendingDocument, kb: KnowledgeBase): DocumentReport {
  try {
    return finishDocument(pending, kb)
  } catch (error) {
    return bugReport(pending.file, error)
  }
}

/** Reads and checks one file (both passes); undefined as for `readFileForCheck`. */
export function checkFile(path: string, discovered: boolean, deps: CheckDeps): DocumentReport | undefined {
  const first = readFileForCheck(path, discovered, deps)
  return first && ('report' in first ? first.report : finishGuarded(first.pending, deps.kb))
}
