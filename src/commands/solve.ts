import {Args, Flags} from '@oclif/core'

import type {Solution} from '../core/questions/solve.js'

import {BaseCommand} from '../cli/base-command.js'
import {loadKnowledgeOrFail, readStdinIfPiped, rulesFlag} from '../cli/shared.js'
import {UserError} from '../errors.js'
import {describeReadFailure, readTextFile} from '../io/read-text.js'

export default class Solve extends BaseCommand {
  static override args = {
    file: Args.string({
      description: 'question file, or - for standard input (the default when input is piped)',
      ignoreStdin: true,
    }),
  }

  static override description = `Reads one question — an edgewise question file, or a bare stem followed by lettered options ("A. …", "B) …", "(C) …") or task-list items ("- [ ] …") — and answers it from the rules: the stem becomes a profile through the lexicon, each option is mapped to the services it names, and each is scored by the engine; an option whose service breaks a stated hard constraint sinks. "(Choose two.)", "(Select TWO)", "Choose 2 answers" and the like are honoured. Checkbox marks in the input are ignored.

edgewise answers only when the evidence separates the options: what remains after the stated facts rule the others out, or options that score clearly ahead of every other option still standing. Otherwise it says it can't tell, with the options still standing and what would separate them (--json: "abstained": true, "answer": [], "standing", "separating"). An option that rests only on products outside the catalog keeps a question open unless the facts call strongly for another option. When every other option does what the catalog says AWS cannot do (cancel a Reserved Instance for a refund, sell a Convertible one), the option left is the answer though nothing stated calls for it, provided it names only services edgewise knows and has no stated drawback (--json: "answeredByWhatAwsCannotDo": true).

A question that asks which option does NOT fit ("Which option does NOT meet the requirements?", "…EXCEPT", "Which should the architect avoid?") is answered only when exactly as many options as it asks for break a requirement the stem states and every other option names only services edgewise knows, breaks none and has no stated drawback (--json: "asksWhatDoesNotFit": true). "The LEAST cost-effective" and "which statement is false" are not answered.

Exit codes: 0 answered or abstained; 2 the question could not be read (no options, one option, duplicate options, option letters not A, B, C… in order, more than 26 options, a --choose not below the number of options, unreadable file).`

  static override enableJsonFlag = true

  static override examples = [
    '<%= config.bin %> <%= command.id %> questions/spot-nightly-render-01.md',
    'pbpaste | <%= config.bin %> <%= command.id %> --json',
  ]

  static override flags = {
    choose: Flags.integer({
      description: 'how many options to choose (default: from "(Choose N.)" in the stem, else 1)',
      min: 1,
    }),
    rules: rulesFlag,
  }

  static override summary = 'Answer a multiple-choice question and explain every option.'

  async run(): Promise<Solution> {
    const {args, flags} = await this.parse(Solve)
    let text: string | undefined
    if (args.file && args.file !== '-') {
      const read = await readTextFile(args.file)
      if (!read.ok) throw new UserError(`${args.file}: ${describeReadFailure(read.failure)}`)
      text = read.text
    } else {
      text = await readStdinIfPiped()
    }
    if (text === undefined)
      throw new UserError('no question given', {
        suggestion: 'pass a file, or pipe the question text: a stem, then one option per line ("A. …")',
      })
    const kb = await loadKnowledgeOrFail(flags.rules)
    const [{parseLooseQuestion}, {solveQuestion}, {checkLooseQuestion}] = await Promise.all([
      import('../core/questions/parse-loose-question.js'),
      import('../core/questions/solve.js'),
      import('../core/questions/check-loose-question.js'),
    ])
    const question = parseLooseQuestion(text)
    const problem = checkLooseQuestion(question)
    if (problem)
      throw new UserError(`${args.file && args.file !== '-' ? args.file : 'standard input'}: ${problem}`, {
        suggestion: 'write the stem, then one option per line: "A. text" or "- [ ] text"',
      })
    if (flags.choose !== undefined && flags.choose >= question.options.length) {
      throw new UserError(
        `--choose ${flags.choose} asks for ${flags.choose} of the ${question.options.length} options; a question leaves at least one option out`,
        {suggestion: `pass --choose 1 to ${question.options.length - 1}`},
      )
    }
    const solution = solveQuestion(kb, {
      stem: question.stem,
      options: question.options,
      choose: flags.choose ?? question.choose,
    })
    if (!this.jsonEnabled()) {
      const [{renderSolution}, {makeStyle}] = await Promise.all([
        import('../ui/render-solution.js'),
        import('../ui/style.js'),
      ])
      process.stdout.write(renderSolution(solution, makeStyle()))
    }
    return solution
  }
}
