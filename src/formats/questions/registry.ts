import type {DraftQuestion} from '../../core/questions/question.js'
import type {ExportResult} from './types.js'

import {exportAiken} from './aiken.js'
import {exportAnki} from './anki.js'
import {exportGift} from './gift.js'
import {exportJson} from './json.js'
import {exportMarkdownBank} from './markdown-bank.js'
import {exportMoodleXml} from './moodle-xml.js'
import {exportQti} from './qti.js'

export const EXPORTERS = {
  gift: exportGift,
  'moodle-xml': exportMoodleXml,
  aiken: exportAiken,
  qti: exportQti,
  json: exportJson,
  anki: exportAnki,
  markdown: exportMarkdownBank,
} as const satisfies Record<string, (questions: DraftQuestion[]) => ExportResult>

/** Importers are loaded one format at a time: see `loadImporter` in importers.ts. */
export type {ImportFormat} from './types.js'
export type ExportFormat = keyof typeof EXPORTERS
