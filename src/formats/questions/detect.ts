import type {ImportFormat} from './types.js'

/** A bank file's format: an importer's, or one edgewise question file (front matter + task list). */
export type BankFileFormat = 'question-file' | ImportFormat

export type Detected = {ok: false; message: string} | {ok: true; format: BankFileFormat; by: 'content' | 'extension'}

const BY_EXTENSION: Record<string, BankFileFormat> = {json: 'json', gift: 'gift', xml: 'moodle-xml', md: 'markdown', markdown: 'markdown'}
const FRONT_MATTER = /^---\r?\n[\s\S]*?^id:/m
const AIKEN_ANSWER = /^\s*ANSWER:\s*[A-Z]\s*$/im
const TASK_ITEM = /^\s*[-*+]\s+\[[ xX]\]\s+\S/m
const GIFT_ANSWER = /\{[^{}]*(?:^|\s)[=~][^{}]*\}/m

/** Reads the first characters the way a person would: which bank format is this? */
function fromContent(text: string): BankFileFormat | undefined {
  const start = text.trimStart()
  if (start.startsWith('[') || start.startsWith('{"') || /^\{\s*"/.test(start)) return 'json'
  if (start.startsWith('<')) return 'moodle-xml'
  if (FRONT_MATTER.test(start.slice(0, 2000)) && start.startsWith('---')) return 'question-file'
  if (/^#{1,6}\s/m.test(text) && TASK_ITEM.test(text)) return 'markdown'
  if (AIKEN_ANSWER.test(text)) return 'aiken'
  if (GIFT_ANSWER.test(text)) return 'gift'
  return undefined
}

/**
 * The format of a bank file: from its extension where that is unambiguous
 * (.json, .gift, .xml, .md), from its content otherwise (.txt is Aiken or
 * GIFT). A Markdown file that starts with YAML front matter is one edgewise
 * question file, not a task-list bank; IMS QTI is export-only.
 */
export function detectBankFormat(fileName: string, text: string): Detected {
  if (/<(?:qti-)?assessmentItem\b|<manifest\b[^>]*imscp/i.test(text.slice(0, 4000))) {
    return {ok: false, message: 'is IMS QTI, which edgewise writes but does not read; export the bank from its tool as Moodle XML, GIFT or Aiken'}
  }
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  const known = extension === undefined ? undefined : BY_EXTENSION[extension]
  if (known === 'markdown' && text.startsWith('---') && FRONT_MATTER.test(text.slice(0, 2000))) return {ok: true, format: 'question-file', by: 'content'}
  if (known !== undefined) return {ok: true, format: known, by: 'extension'}
  const sniffed = fromContent(text)
  if (sniffed !== undefined) return {ok: true, format: sniffed, by: 'content'}
  return {ok: false, message: 'is in no question format edgewise can recognise (JSON, GIFT, Moodle XML, Aiken, task-list Markdown); pass --from to say which'}
}
