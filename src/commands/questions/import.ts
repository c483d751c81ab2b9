import {Args, Flags} from '@oclif/core'

import {BaseCommand} from '../../cli/base-command.js'
import type {DraftQuestion} from '../../core/questions/question.js'
import {formatProblem, type Problem} from '../../core/validation/problem.js'
import {EXIT, UserError} from '../../errors.js'
import {IMPORTERS, type ImportFormat} from '../../formats/questions/registry.js'
import {displayPath} from '../../io/load-documents.js'
import {describeReadFailure, readTextFile} from '../../io/read-text.js'
import {writeOutputFile} from '../../io/write-output.js'

interface ImportRun {
  imported: number
  skipped: number
  problems: Problem[]
  questions: DraftQuestion[]
}

export default class QuestionsImport extends BaseCommand {
  static override args = {file: Args.string({description: 'file to import', required: true})}

  static override description = `Imports questions from GIFT, Moodle XML, Aiken, GitHub task-list Markdown (### stem headings with - [x] / - [ ] options; several [x] means multiple response) or edgewise JSON, and writes them as edgewise JSON. Each imported question gets a stable id derived from its content. A bad question is reported with its line and skipped; the others are imported, and the counts are printed.

Exit codes: 0 all imported; 1 some questions were skipped; 2 the file cannot be read, nothing could be imported, or --output cannot be written.`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %> bank.gift --from gift --output imported.json', '<%= config.bin %> <%= command.id %> README.md --from markdown --json']

  static override flags = {
    from: Flags.option({options: Object.keys(IMPORTERS) as ImportFormat[], required: true, description: 'format of the file'})(),
    output: Flags.string({char: 'o', description: 'write the imported questions (JSON) here instead of standard output'}),
  }

  static override summary = 'Import questions from GIFT, Moodle XML, Aiken, Markdown or JSON.'

  async run(): Promise<ImportRun> {
    const {args, flags} = await this.parse(QuestionsImport)
    const read = await readTextFile(args.file)
    if (!read.ok) throw new UserError(`${args.file}: ${describeReadFailure(read.failure)}`)
    const result = IMPORTERS[flags.from](read.text, displayPath(args.file))
    const run = {imported: result.questions.length, skipped: result.skipped, problems: result.problems, questions: result.questions}
    // Counts and problems go to stderr even with --json, so scripts see them without parsing.
    for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`)
    process.stderr.write(`Imported ${run.imported} question(s), skipped ${run.skipped}.\n`)
    if (run.imported === 0) throw new UserError(`no question could be imported from ${args.file} as ${flags.from}`, {suggestion: 'check the format with --from, and the problems listed above'})
    if (!this.jsonEnabled()) {
      const text = `${JSON.stringify(result.questions, null, 2)}\n`
      if (flags.output) await writeOutputFile(flags.output, text, 'the imported questions')
      else process.stdout.write(text)
    }
    if (run.skipped > 0) process.exitCode = EXIT.failed
    return run
  }
}
