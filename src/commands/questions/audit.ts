import {Args, Flags} from '@oclif/core'

import type {AuditSummary} from '../../core/questions/audit.js'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail, rulesFlag} from '../../cli/shared.js'
import {formatProblem} from '../../core/validation/problem.js'
import {EXIT, UserError} from '../../errors.js'
import {IMPORT_FORMATS} from '../../formats/questions/types.js'

interface AuditResult extends AuditSummary {
  file: string
  /** Questions the bank could not offer (errors), left out of the audit. */
  skipped: number
}

export default class QuestionsAudit extends BaseCommand {
  static override args = {file: Args.string({description: 'bank to audit: a file in any importable format, or a folder of question files', required: true})}

  static override description = `Runs \`solve\` over every question of a bank and lists the questions where edgewise confidently disagrees with the key: the key, edgewise's answer, the rule or catalog fact that sinks the keyed option (or what scores the option edgewise picks), and the facts it read from the stem. Questions it cannot judge are counted, not listed: solve is unsure (a tie, or no option names a catalog service), or an option in dispute names no service edgewise knows. A listed disagreement is a lead to check against the AWS documentation, not a verdict: edgewise knows compute placement and purchasing well and little else.

Exit codes: 0 no confident disagreement; 1 disagreements listed; 2 the bank cannot be read or has no usable question.`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %> bank.json', '<%= config.bin %> <%= command.id %> README.md --from markdown --json']

  static override flags = {
    from: Flags.option({options: IMPORT_FORMATS, description: 'format of the file (default: from the extension or content)'})(),
    rules: rulesFlag,
  }

  static override summary = "List the questions whose key edgewise's rules confidently disagree with."

  async run(): Promise<AuditResult> {
    const {args, flags} = await this.parse(QuestionsAudit)
    const kb = await loadKnowledgeOrFail(flags.rules)
    const [{loadBankPath}, {auditQuestions}, {displayPath}] = await Promise.all([import('../../io/load-bank.js'), import('../../core/questions/audit.js'), import('../../io/load-documents.js')])
    const loaded = await loadBankPath(args.file, {from: flags.from, catalogIds: new Set(kb.catalog.map((e) => e.id))})
    if (!loaded.source) throw new UserError(formatProblem(loaded.problems[0] ?? {file: args.file, path: '', message: 'cannot be read'}))
    if (loaded.questions.length === 0) throw new UserError(`${args.file} has no usable question`, {problems: loaded.problems.slice(0, 20), suggestion: `run \`edgewise questions validate ${args.file}\``})
    if (loaded.problems.length > 0) process.stderr.write(`note: ${loaded.problems.length} problem(s) in the bank; questions with errors are left out (see \`edgewise questions validate ${args.file}\`)\n`)
    const file = displayPath(args.file)
    const summary = auditQuestions(kb, loaded.questions, (id) => loaded.lines.get(id))
    if (!this.jsonEnabled()) {
      const [{renderAudit}, {makeStyle}] = await Promise.all([import('../../ui/render-audit.js'), import('../../ui/style.js')])
      process.stdout.write(renderAudit(summary, file, makeStyle()))
    }
    if (summary.disagreements.length > 0) process.exitCode = EXIT.failed
    return {file, skipped: loaded.skipped, ...summary}
  }
}
