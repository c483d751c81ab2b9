import {Args, Flags} from '@oclif/core'

import {BaseCommand} from '../../cli/base-command.js'
import {loadKnowledgeOrFail} from '../../cli/shared.js'
import {advise, loadJsonRulesEngineEvaluator} from '../../core/advisor/advise.js'
import {extractProfile} from '../../core/extract/extract-profile.js'
import {type FixtureResult, judgeFixture} from '../../core/ruletest/run-fixtures.js'
import {formatProblem, type Problem} from '../../core/validation/problem.js'
import {EXIT, UserError} from '../../errors.js'
import {loadFixtures} from '../../io/load-fixtures.js'
import {bundledRulesDir} from '../../io/package-root.js'
import {makeStyle} from '../../ui/style.js'

interface TestRun {
  passed: number
  failed: number
  results: FixtureResult[]
  problems: Problem[]
}

export default class RulesTest extends BaseCommand {
  static override args = {dir: Args.string({description: 'rule pack directory whose tests/ folder holds the fixtures (default: the bundled rules)'})}

  static override description = `Runs rule fixtures, in the spirit of \`cfn-guard test\`: each fixture gives a profile or free text and the verdict it must get (the primary recommendation, ids that must or must not be rejected, ids that must be recommended, ids a caution rule must or must not speak about). Fixtures are YAML or JSON lists in DIR/tests/. A user pack's fixtures run against the bundled rules plus that pack.

Exit codes: 0 all fixtures pass; 1 a fixture failed; 2 a fixture file or the pack is invalid (the valid fixtures still run and are reported).`

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> ./my-rules --verbose']

  static override flags = {verbose: Flags.boolean({char: 'v', description: 'list passing fixtures too'})}

  static override summary = 'Run rule fixtures: input → expected primary and rejected ids.'

  async run(): Promise<TestRun> {
    const {args, flags} = await this.parse(RulesTest)
    const dir = args.dir ?? bundledRulesDir()
    const kb = await loadKnowledgeOrFail(args.dir === undefined ? [] : [dir])
    const {fixtures, problems} = await loadFixtures(dir)
    if (fixtures.length === 0 && problems.length === 0) throw new UserError(`no fixtures found in ${dir}/tests`, {suggestion: 'add YAML files with a list of {name, profile | text, expect}'})
    // Fixtures test the rules as json-rules-engine runs them: the reference semantics.
    const evaluator = await loadJsonRulesEngineEvaluator()
    const results: FixtureResult[] = []
    for (const {file, fixture} of fixtures) {
      const profile = fixture.profile ?? extractProfile(fixture.text ?? '', kb.lexicon).profile
      results.push(judgeFixture(fixture, file, await advise(kb, profile, {evaluator, explain: true})))
    }
    const run = {passed: results.filter((r) => r.passed).length, failed: results.filter((r) => !r.passed).length, results, problems}
    if (!this.jsonEnabled()) {
      const s = makeStyle()
      for (const p of problems) this.log(s.red(`invalid: ${formatProblem(p)}`))
      for (const r of results) {
        if (!r.passed) this.log(`${s.red('FAIL')} ${r.name} ${s.dim(r.file)}\n${r.failures.map((f) => `     ${f}`).join('\n')}`)
        else if (flags.verbose) this.log(`${s.green('PASS')} ${r.name}`)
      }
      this.log(`${run.failed === 0 && problems.length === 0 ? s.green('✓') : s.red('✗')} ${run.passed} passed, ${run.failed} failed${problems.length > 0 ? `, ${problems.length} invalid` : ''} (${results.length} fixtures)`)
    }
    if (problems.length > 0) process.exitCode = EXIT.badInput
    else if (run.failed > 0) process.exitCode = EXIT.failed
    return run
  }
}
