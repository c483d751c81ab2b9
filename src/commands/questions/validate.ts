import {Args, Flags} from '@oclif/core'

import type {ValidateBanksResult, ValidatedBank} from '../../app/validate-banks.js'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {formatProblem} from '../../core/validation/problem.js'
import {EXIT} from '../../errors.js'
import {IMPORT_FORMATS} from '../../formats/questions/types.js'
import {bundledQuestionsDir} from '../../io/package-root.js'

interface ValidateQuestionsResult extends Omit<ValidateBanksResult, 'unreadable'> {
  /** The first path (kept from when validate took one folder). */
  dir: string
  /** Question files read in folders. */
  files: number
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

function summary(bank: ValidatedBank): string {
  const what = bank.files === undefined ? `${plural(bank.questions, 'question')} (${bank.format ?? 'unreadable'})` : `${plural(bank.files, 'question file')}`
  const warned = bank.warnings > 0 ? `; ${plural(bank.warnings, 'warning')}` : ''
  if (bank.format === undefined) return `✗ ${bank.path}: could not be read`
  if (bank.errors === 0 && bank.questions > 0) return `✓ ${bank.path}: ${what}, all valid${warned}`
  return `✗ ${bank.path}: ${plural(bank.errors, 'error')} in ${what}; ${bank.questions} usable${warned}`
}

export default class QuestionsValidate extends BaseCommand {
  static override args = {paths: Args.string({description: 'bank files (JSON, GIFT, Moodle XML, Aiken, task-list Markdown) or folders of question files (default: the bundled bank)'})}

  static override description = `Checks question banks: a file in any format \`questions import\` reads (the format inferred from its extension or content; --from forces it), one question file, or a folder of question files. Every problem is reported at once with file, line and field.

Errors make a question unusable: no key, a key that names a missing option, a duplicate option or letter, an empty stem, a "(Choose N.)" that disagrees with the key, front matter that breaks its schema, or a service that is not in the catalog. Curated question files (source: authored or generated) also need every front matter field, an explanation and a rationale per option. A path with no questions at all is an error.

Warnings are style — how the exam writes questions: 4 options for a single answer and 5 or more for multiple response, "(Choose two.)" in exactly those words, a stem of 6 to 250 words — and what an import had to leave out (images, tables). --strict makes warnings errors.

Exit codes: 0 no errors (warnings allowed unless --strict); 1 errors found; 2 a path could not be read.`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> bank.json', '<%= config.bin %> <%= command.id %> README.md --from markdown --strict', '<%= config.bin %> <%= command.id %> ./my-questions --json']

  static override flags = {
    from: Flags.option({options: IMPORT_FORMATS, description: 'format of the files (default: from the extension or content)'})(),
    strict: Flags.boolean({description: 'treat warnings (style, dropped content) as errors'}),
  }

  static override strict = false

  static override summary = 'Validate question banks (any importable format, or folders) and report every problem at once.'

  async run(): Promise<ValidateQuestionsResult> {
    const {argv, flags} = await this.parse(QuestionsValidate)
    const paths = argv.length > 0 ? (argv as string[]) : [bundledQuestionsDir()]
    const kb = await loadKnowledgeOrFail()
    const {validateBanks} = await import('../../app/validate-banks.js')
    const {unreadable, ...checked} = await validateBanks(paths, {from: flags.from, strict: flags.strict, catalogIds: new Set(kb.catalog.map((e) => e.id))})
    const result: ValidateQuestionsResult = {dir: paths[0]!, files: checked.banks.reduce((n, b) => n + (b.files ?? 0), 0), ...checked}
    if (!this.jsonEnabled()) {
      for (const p of [...checked.problems, ...checked.warnings].sort(byPlace)) this.log(formatProblem(p))
      for (const bank of checked.banks) this.log(summary(bank))
      const kinds = Object.entries(checked.warningsByRule)
      if (checked.warnings.length > 0) this.log(`  warnings by kind: ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}; --strict makes them errors`)
    }
    if (unreadable) process.exitCode = EXIT.badInput
    else if (checked.problems.length > 0) process.exitCode = EXIT.failed
    return result
  }
}

/** Problems in file order, then line, so errors and warnings of one question sit together. */
function byPlace(a: {file: string; line?: number}, b: {file: string; line?: number}): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)
}
