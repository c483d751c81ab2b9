import {Flags} from '@oclif/core'
import {join} from 'node:path'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {EXIT, UserError} from '../../errors.js'
import {EXPORTERS, type ExportFormat} from '../../formats/questions/registry.js'
import {IMPORT_FORMATS, QUESTION_FORMATS} from '../../formats/questions/types.js'
import {loadBankPath} from '../../io/load-bank.js'
import {loadBundledQuestionBank} from '../../io/question-snapshot.js'
import {makeOutputFolder, writeOutputFile} from '../../io/write-output.js'

export default class QuestionsExport extends BaseCommand {
  static override description = `Exports a question bank (default: the bundled one; --bank reads any importable file or a folder of question files) to GIFT, Moodle XML, Aiken, IMS QTI 2.1, JSON, Anki (tab-separated) or GitHub task-list Markdown. A format that cannot express something refuses it with one message per question (Aiken has no multiple response), and nothing is written. QTI writes one file per question plus a manifest into --output DIR.

Exit codes: 0 exported; 2 the bank is invalid, the format cannot express a question, or --output cannot be written.`

  static override examples = ['<%= config.bin %> <%= command.id %> --to gift --output bank.gift', '<%= config.bin %> <%= command.id %> --bank bank.json --to markdown', '<%= config.bin %> <%= command.id %> --to qti --output qti-package/', '<%= config.bin %> <%= command.id %> --to anki > anki.txt']

  static override flags = {
    bank: Flags.string({description: 'bank to export: a file in any importable format or a folder of question files (default: the bundled bank)', exclusive: ['dir']}),
    dir: Flags.string({description: 'question folder to export (the same as --bank DIR)', hidden: true}),
    from: Flags.option({options: IMPORT_FORMATS, description: 'format of the --bank file (default: from its extension or content)'})(),
    output: Flags.string({char: 'o', description: 'file to write (a folder for qti); default: standard output'}),
    to: Flags.option({options: Object.keys(EXPORTERS) as ExportFormat[], required: true, description: 'format to write'})(),
  }

  static override summary = 'Export questions to GIFT, Moodle XML, Aiken, QTI, JSON, Anki or Markdown.'

  async run(): Promise<void> {
    const {flags} = await this.parse(QuestionsExport)
    const kb = await loadKnowledgeOrFail()
    const ids = new Set(kb.catalog.map((e) => e.id))
    const path = flags.bank ?? flags.dir
    const bank = path === undefined ? await loadBundledQuestionBank(ids) : undefined
    const loaded = path === undefined ? undefined : await loadBankPath(path, {from: flags.from, catalogIds: ids})
    const problems = bank?.problems ?? loaded?.problems ?? []
    // Exporting a bank with broken questions would quietly drop them: fix first.
    if (problems.length > 0) throw new UserError(`the question bank has ${problems.length} problem(s)`, {problems, suggestion: `run \`edgewise questions validate${path ? ` ${path}` : ''}\` and fix them first`})
    const questions = bank ? bank.questions.map((q) => q.question) : (loaded?.questions ?? [])
    const result = EXPORTERS[flags.to](questions)
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
    this.logToStderr(`Exported ${questions.length} question(s) to ${info?.label ?? flags.to}${dropped.length > 0 ? `; the format does not carry: ${dropped.join(', ')}` : ''}.`)
  }
}
