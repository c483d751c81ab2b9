import type {DraftQuestion} from '../../core/questions/question.js'
import {exportAiken, importAiken} from './aiken.js'
import {exportAnki} from './anki.js'
import {exportGift, importGift} from './gift.js'
import {exportJson, importJson} from './json.js'
import {exportMarkdownBank, importMarkdownBank} from './markdown-bank.js'
import {exportMoodleXml, importMoodleXml} from './moodle-xml.js'
import {exportQti} from './qti.js'
import type {ExportResult, ImportResult} from './types.js'

export const IMPORTERS = {
  gift: importGift,
  'moodle-xml': importMoodleXml,
  aiken: importAiken,
  markdown: importMarkdownBank,
  json: importJson,
} as const satisfies Record<string, (text: string, file: string) => ImportResult>

export const EXPORTERS = {
  gift: exportGift,
  'moodle-xml': exportMoodleXml,
  aiken: exportAiken,
  qti: exportQti,
  json: exportJson,
  anki: exportAnki,
  markdown: exportMarkdownBank,
} as const satisfies Record<string, (questions: DraftQuestion[]) => ExportResult>

export type ImportFormat = keyof typeof IMPORTERS
export type ExportFormat = keyof typeof EXPORTERS
