import {Args, Flags} from '@oclif/core'

import type {DraftQuestion} from '../../core/questions/question.js'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {formatProblem, type Problem} from '../../core/validation/problem.js'
import {EXIT, UserError} from '../../errors.js'
import {IMPORT_FORMATS} from '../../formats/questions/types.js'
import {writeOutputFile} from '../../io/write-output.js'

interface ImportRun {
  /** The format read (inferred unless --from said). */
  format: string | undefined
  imported: number
  skipped: number
  problems: Problem[]
  /** What was dropped from kept questions (images, tables), with the question's line. */
  warnings: Problem[]
  questions: DraftQuestion[]
  /** With --to-dir: question files written, and those already there unchanged. */
  files?: {written: number; unchanged: number}
}

export default class QuestionsImport extends BaseCommand {
  static override args = {file: Args.string({description: 'file to import (or a folder of question files)', required: true})}

  static override description = `Imports questions from GIFT, Moodle XML, Aiken, GitHub task-list Markdown (### stem headings with - [x] / - [ ] options; several [x] means multiple response) or edgewise JSON, and writes them as edgewise JSON. The format comes from the extension or the content unless --from says. Each imported question gets a stable id derived from its content. A bad question is reported with its line and skipped; the others are imported, and the counts are printed. Anything left out of a kept question (an image, a table, text after the options) is a warning with the question's line.

--to-dir DIR writes one question file per question instead (<id>.md: front matter, stem, options, and the explanation and rationales when the source has them), for banks kept in git; \`exam --bank DIR\` and \`questions validate DIR\` read the folder. Existing files with other text are left alone.

Exit codes: 0 all imported; 1 some questions were skipped; 2 the file cannot be read, nothing could be imported, or --output cannot be written.`

  static override enableJsonFlag = true

  static override examples = [
    '<%= config.bin %> <%= command.id %> bank.gift --output imported.json',
    '<%= config.bin %> <%= command.id %> README.md --from markdown -o bank.json',
    '<%= config.bin %> <%= command.id %> README.md --to-dir bank/',
  ]

  static override flags = {
    from: Flags.option({options: IMPORT_FORMATS, description: 'format of the file (default: from the extension or content)'})(),
    output: Flags.string({char: 'o', description: 'write the imported questions (JSON) here instead of standard output', exclusive: ['to-dir']}),
    'to-dir': Flags.string({description: 'write one question file per question into this folder instead of JSON'}),
  }

  static override summary = 'Import questions from GIFT, Moodle XML, Aiken, Markdown or JSON.'

  async run(): Promise<ImportRun> {
    const {args, flags} = await this.parse(QuestionsImport)
    const kb = await loadKnowledgeOrFail()
    const catalogIds = new Set(kb.catalog.map((e) => e.id))
    const [{loadBankPath}, {exportJson}] = await Promise.all([import('../../io/load-bank.js'), import('../../formats/questions/json.js')])
    const loaded = await loadBankPath(args.file, {from: flags.from, catalogIds})
    if (!loaded.source) throw new UserError(formatProblem(loaded.problems[0] ?? {file: args.file, path: '', message: 'cannot be read'}), {suggestion: flags.from ? undefined : 'pass --from to say which format it is'})
    const run: ImportRun = {format: loaded.source.format, imported: loaded.questions.length, skipped: loaded.skipped, problems: loaded.problems, warnings: loaded.warnings.filter((w) => w.rule === 'dropped-content'), questions: loaded.questions}
    // Counts and problems go to stderr even with --json, so scripts see them without parsing.
    for (const p of [...run.problems, ...run.warnings]) process.stderr.write(`${formatProblem(p)}\n`)
    process.stderr.write(`Imported ${run.imported} question(s) as ${run.format}, skipped ${run.skipped}${run.warnings.length > 0 ? `; ${run.warnings.length} warning(s) about content left out` : ''}.\n`)
    if (run.imported === 0) throw new UserError(`no question could be imported from ${args.file}${flags.from ? ` as ${flags.from}` : ''}`, {suggestion: 'check the format with --from, and the problems listed above'})
    if (flags['to-dir']) {
      const {writeQuestionFiles} = await import('../../io/write-question-files.js')
      const written = await writeQuestionFiles(flags['to-dir'], loaded.questions, catalogIds)
      for (const w of written.warnings) process.stderr.write(`${formatProblem(w)}\n`)
      process.stderr.write(`Wrote ${written.written} question file(s) to ${flags['to-dir']}${written.unchanged > 0 ? `; ${written.unchanged} already there unchanged` : ''}.\n`)
      run.files = {written: written.written, unchanged: written.unchanged}
      run.warnings.push(...written.warnings)
    } else if (!this.jsonEnabled()) {
      const {text} = exportJson(loaded.questions) as {text: string}
      if (flags.output) await writeOutputFile(flags.output, text, 'the imported questions')
      else process.stdout.write(text)
    }
    if (run.skipped > 0) process.exitCode = EXIT.failed
    return run
  }
}
