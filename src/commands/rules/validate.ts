import {Args} from '@oclif/core'
import {isAbsolute, relative} from 'node:path'

import {BaseCommand} from '../../cli/base-command.js'
import {testLexiconExamples} from '../../core/extract/lexicon-self-test.js'
import {formatProblem, type Problem} from '../../core/validation/problem.js'
import {EXIT, UserError} from '../../errors.js'
import {loadKnowledgeBase} from '../../io/load-knowledge.js'
import {bundledRulesDir} from '../../io/package-root.js'
import {makeStyle} from '../../ui/style.js'

interface ValidateResult {
  dir: string
  valid: boolean
  counts: {catalog: number; rules: number; lexicon: number}
  problems: Problem[]
}

export default class RulesValidate extends BaseCommand {
  static override args = {dir: Args.directory({description: 'rule pack directory (default: the bundled rules)', exists: false})}

  static override description = `Validates every file of a rule pack with its schema (catalog entries, json-rules-engine rule files, the phrase lexicon, prices), then the pack as a whole: rule names unique, facts and values known, negative operators guarded, limits that rules cite agree with the catalog, every lexicon example and counterexample behaves. A user pack is validated on top of the bundled knowledge base, so it may reference bundled catalog ids. All problems are reported at once, each with file and field path.

Exit codes: 0 valid; 1 problems found (a pack file that cannot be read or parsed is one); 2 the directory cannot be read or is not a directory.`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> ./my-rules --json']

  static override summary = 'Check a rule pack and report every problem at once.'

  async run(): Promise<ValidateResult> {
    const {args} = await this.parse(RulesValidate)
    const dir = args.dir ?? bundledRulesDir()
    const isBundled = args.dir === undefined
    const {existsSync, statSync} = await import('node:fs')
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`${dir} is not a directory`, {suggestion: 'pass a rule pack directory (it holds packs/, catalog/, lexicon/ or rule .json files)'})
    const loaded = await loadKnowledgeBase(isBundled ? [] : [dir])
    const problems: Problem[] = loaded.ok ? [] : loaded.problems
    let counts = {catalog: 0, rules: 0, lexicon: 0}
    if (loaded.ok) {
      const kb = loaded.data
      counts = {catalog: kb.catalog.length, rules: kb.rules.length, lexicon: kb.lexicon.length}
      for (const failure of testLexiconExamples(kb.lexicon)) {
        const origin = kb.origins.lexicon.get(failure.entry)
        problems.push({file: origin?.file ?? dir, path: `${origin?.path ?? failure.entry}.${failure.path}`, message: failure.message})
      }
    }
    const result = {dir, valid: problems.length === 0, counts, problems}
    if (!this.jsonEnabled()) {
      const s = makeStyle()
      // Relative to where it runs when it can be: shorter, and the same on every machine.
      const near = relative(process.cwd(), dir)
      const shown = near !== '' && !near.startsWith('..') && !isAbsolute(near) ? near : dir
      if (result.valid) this.log(s.green(`✓ ${shown}: ${counts.catalog} catalog entries, ${counts.rules} rules, ${counts.lexicon} lexicon entries; no problems`))
      else {
        for (const p of problems) this.log(formatProblem(p))
        this.log(s.red(`✗ ${problems.length} problem(s)`))
      }
    }
    if (!result.valid) process.exitCode = EXIT.failed
    return result
  }
}
