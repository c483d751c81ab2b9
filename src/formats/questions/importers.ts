import type {ImportFormat, ImportResult} from './types.js'

export type Importer = (text: string, file: string) => ImportResult

/**
 * One format's importer, imported only when a bank of that format is read:
 * the Moodle XML reader alone pulls in an XML parser that a JSON or Markdown
 * bank should not pay for at `exam --bank` start-up.
 */
export async function loadImporter(format: ImportFormat): Promise<Importer> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).importJson
    case 'markdown':
      return (await import('./markdown-bank.js')).importMarkdownBank
    case 'gift':
      return (await import('./gift.js')).importGift
    case 'aiken':
      return (await import('./aiken.js')).importAiken
    case 'moodle-xml':
      return (await import('./moodle-xml.js')).importMoodleXml
  }
}
