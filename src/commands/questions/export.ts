import {join} from 'node:path'

import {Flags} from '@oclif/core'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {EXIT, UserError} from '../../errors.js'
import {EXPORTERS, type ExportFormat} from '../../formats/questions/registry.js'
import {QUESTION_FORMATS} from '../../formats/questions/types.js'
import {loadQuestionBank} from '../../io/load-questions.js'
import {loadBundledQuestionBank} from '../../io/question-snapshot.js'
import {makeOutputFolder, writeOutputFile} from '../../io/write-output.js'

export default class QuestionsExport extends BaseCommand {
  static override description = `Exports a question bank (default: the bundled one) to GIFT, Moodle XML, Aiken, IMS QTI 2.1, JSON, Anki (tab-separated) or GitHub task-list Markdown. A format that cannot express something refuses it with one message per question (Aiken has no multiple response), and nothing is written. QTI writes one file per question plus a manifest into --output DIR.

Exit codes: 0 exported; 2 the bank is invalid, the format cannot express a question, or --output cannot be written.`

  static override examples = ['<%= config.bin %> <%= command.id %> --to gift --output bank.gift', '<%= config.bin %> <%= command.id %> --to qti --output qti-package/', '<%= config.bin %> <%= command.id %> --to anki > anki.txt']

  static override flags = {
    dir: Flags.string({description: 'question folder to export (default: the bundled bank)'}),
    output: Flags.string({char: 'o', description: 'file to write (a folder for qti); default: standard output'}),
    to: Flags.option({options: Object.keys(EXPORTERS) as ExportFormat[], required: true, description: 'format to write'})(),
  }

  static override summary = 'Export questions to GIFT, Moodle XML, Aiken, QTI, JSON, Anki or Markdown.'

  async run(): Promise<void> {
    const {flags} = await this.parse(QuestionsExport)
    const kb = await loadKnowledgeOrFail()
    const ids = new Set(kb.catalog.map((e) => e.id))
    const bank = flags.dir === undefined ? await loadBundledQuestionBank(ids) : await loadQuestionBank(flags.dir, ids)
    if (bank.problems.length > 0) throw new UserError(`the question bank has ${bank.problems.length} problem(s)`, {problems: bank.problems, suggestion: 'run `edgewise questions validate` and fix them first'})
    const result = EXPORTERS[flags.to](bank.questions.map((q) => q.question))
    if (!result.ok) throw new UserError(`${flags.to} cannot express ${result.problems.length} question(s)`, {problems: result.problems, suggestion: 'choose a format that supports them, or export a folder without them'})
    const info = QUESTION_FORMATS.find((f) => f.id === flags.to)
    if (result.files) {
      if (!flags.output) throw new UserError(`${flags.to} writes one file per question: give --output DIR`, {exitCode: EXIT.badInput})
      await makeOutputFolder(flags.output, 'the QTI package')
      await writeOutputFile(join(flags.output, 'imsmanifest.xml'), result.text, 'the QTI manifest')
      for (const file of result.files) await writeOutputFile(join(flags.output, file.name), file.text, 'a QTI item')
    } else if (flags.output) await writeOutputFile(flags.output, result.text, 'the exported questions')
    else process.stdout.write(result.text)
    const dropped = info ? ['explanation', 'rationale', 'tags', 'metadata'].filter((f) => !(info.carries as readonly string[]).includes(f)) : []
    this.logToStderr(`Exported ${bank.questions.length} question(s) to ${info?.label ?? flags.to}${dropped.length > 0 ? `; the format does not carry: ${dropped.join(', ')}` : ''}.`)
  }
}
