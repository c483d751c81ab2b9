import {Args} from '@oclif/core'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {formatProblem, type Problem} from '../../core/validation/problem.js'
import {EXIT, UserError} from '../../errors.js'
import {loadQuestionBank} from '../../io/load-questions.js'
import {bundledQuestionsDir} from '../../io/package-root.js'

interface ValidateQuestionsResult {
  dir: string
  files: number
  valid: number
  problems: Problem[]
}

export default class QuestionsValidate extends BaseCommand {
  static override args = {dir: Args.string({description: 'folder of question files (default: the bundled bank)'})}

  static override description = `Checks every question file: YAML front matter (id, domain, task, services, difficulty, type, choose, references, source), the stem, options as a task list with the right number of [x] keys, "(Choose N.)" in multiple-response stems, a rationale for every option, an explanation, catalog ids that exist, and no duplicate ids or stems across the bank. Every problem is reported at once with file, line and field.

Exit codes: 0 all valid; 1 problems found (a question file that cannot be read or parsed is one); 2 the folder cannot be read.`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> ./my-questions --json']

  static override summary = 'Validate question files and report every problem at once.'

  async run(): Promise<ValidateQuestionsResult> {
    const {args} = await this.parse(QuestionsValidate)
    const dir = args.dir ?? bundledQuestionsDir()
    const {existsSync, statSync} = await import('node:fs')
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`${dir} is not a directory`, {suggestion: 'pass the folder that holds the question .md files'})
    const kb = await loadKnowledgeOrFail()
    const bank = await loadQuestionBank(dir, new Set(kb.catalog.map((e) => e.id)))
    const result = {dir, files: bank.files, valid: bank.questions.length, problems: bank.problems}
    if (!this.jsonEnabled()) {
      for (const p of bank.problems) this.log(formatProblem(p))
      this.log(bank.problems.length === 0 ? `✓ ${bank.files} question files, all valid` : `✗ ${bank.problems.length} problem(s) in ${bank.files} files (${bank.questions.length} valid)`)
    }
    if (bank.problems.length > 0) process.exitCode = EXIT.failed
    return result
  }
}
