import {Flags} from '@oclif/core'
import {join} from 'node:path'

import type {BankQuestion} from '../../core/questions/bank-question.js'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {EXIT, UserError} from '../../errors.js'
import {toBankMarkdown} from '../../formats/questions/bank-markdown.js'
import {loadPhraseBook} from '../../io/load-phrases.js'
import {makeOutputFolder, writeOutputFile} from '../../io/write-output.js'

export default class QuestionsGenerate extends BaseCommand {
  static override description = `Builds scenario questions from the rules: for a target service, a profile whose unique best answer it is; a stem from varied phrasings, industries and fact orders; three distractors of the same kind that break a stated constraint or fit clearly worse; and a rationale for every option from the rule that decides it. Each candidate is read back through the lexicon and solved, and thrown away if it does not come back to its own key, ties, or repeats a stem. Difficulty comes from how near the distractors are. The same seed gives the same questions.

Exit codes: 0 generated; 1 fewer questions than asked could be built (the ones built are still written); 2 usage error, or --output cannot be written.`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %> --count 20 --seed 7', '<%= config.bin %> <%= command.id %> --count 50 --service ec2-spot --format md --output generated/', '<%= config.bin %> <%= command.id %> --count 5 --difficulty hard --json']

  static override flags = {
    count: Flags.integer({char: 'n', default: 10, min: 1, max: 5000, description: 'how many questions'}),
    difficulty: Flags.option({options: ['easy', 'medium', 'hard'] as const, description: 'only questions of this difficulty'})(),
    format: Flags.option({options: ['md', 'json'] as const, default: 'md' as const, description: 'md: bank files (into --output DIR, or one stream on stdout); json: an array'})(),
    output: Flags.string({char: 'o', description: 'folder for md files, or file for json'}),
    seed: Flags.integer({default: 1, description: 'seed: the same seed gives the same questions'}),
    service: Flags.string({description: 'only questions whose answer is this catalog id'}),
  }

  static override summary = 'Generate scenario questions from the rules.'

  async run(): Promise<{questions: BankQuestion[]; rejectedCandidates: number}> {
    const {flags} = await this.parse(QuestionsGenerate)
    const kb = await loadKnowledgeOrFail()
    if (flags.service && !kb.catalog.some((e) => e.id === flags.service)) throw new UserError(`"${flags.service}" is not a catalog id`, {suggestion: '`edgewise services` lists them'})
    const {generateQuestions} = await import('../../core/questions/generate.js')
    const result = generateQuestions(kb, await loadPhraseBook(), {count: flags.count, seed: flags.seed, service: flags.service, difficulty: flags.difficulty})
    if (!this.jsonEnabled()) {
      if (flags.format === 'json') {
        const text = `${JSON.stringify(result.questions, null, 2)}\n`
        if (flags.output) await writeOutputFile(flags.output, text, 'the generated questions')
        else process.stdout.write(text)
      } else if (flags.output) {
        await makeOutputFolder(flags.output, 'the generated questions')
        for (const q of result.questions) await writeOutputFile(join(flags.output, `${q.id}.md`), toBankMarkdown(q), 'a generated question')
      } else process.stdout.write(result.questions.map(toBankMarkdown).join('\n'))
    }
    process.stderr.write(`Generated ${result.questions.length} question(s) (${result.rejectedCandidates} candidates thrown away).\n`)
    if (result.questions.length < flags.count) {
      process.stderr.write(`Could not build ${flags.count} unique questions with these filters; try another --seed or fewer filters.\n`)
      process.exitCode = EXIT.failed
    }
    return result
  }
}
