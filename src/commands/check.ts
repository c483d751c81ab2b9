import {Args, Flags} from '@oclif/core'

import {BaseCommand} from '../cli/base-command.js'
import {loadKnowledgeOrFail, rulesFlag} from '../cli/shared.js'
import {UserError} from '../errors.js'
import {assertWritablePath, writeOutputFile} from '../io/write-output.js'

const FORMATS = ['text', 'json', 'sarif', 'junit', 'md'] as const
const FAIL_ON = ['error', 'warning', 'note', 'never'] as const

export default class Check extends BaseCommand {
  static override args = {
    paths: Args.string({description: 'files, directories (searched recursively) or quoted globs', required: true}),
  }

  static override description = `Reads Markdown architecture decision records and design docs (Nygard, MADR or free-form) and YAML/JSON descriptions ({requirements, services}), and reports where the services a document chose contradict the requirements it states — using the same knowledge base as \`advise\`.

A record whose own status says it is no longer in force (superseded, deprecated, rejected, withdrawn — in front matter, a Status section or a "Status:" line) is skipped and counted as such; --include-inactive checks it too.

Findings: error — a chosen service violates a hard constraint (e.g. Lambda for a 2-hour job); warning — a clearly better or cheaper option fits, or the service is closed to new customers; note — the document leaves out a requirement the choice depends on. Services named only under considered or rejected alternatives are not "chosen". A YAML front matter block with \`requirements:\` overrides what the prose says.

Waive a finding inline: <!-- edgewise-ignore RULE-ID reason="why" until=YYYY-MM-DD -->. A reason is required; expired or malformed waivers do not suppress and say why; mandatory rules cannot be waived.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage error, an input that could not be read or parsed (the other files are still checked and reported), or a report or baseline that could not be written.`

  static override examples = [
    '<%= config.bin %> <%= command.id %> docs/adr',
    '<%= config.bin %> <%= command.id %> docs/adr --json',
    '<%= config.bin %> <%= command.id %> "docs/**/*.md" --format sarif --output edgewise.sarif',
    '<%= config.bin %> <%= command.id %> docs/adr --fail-on warning --format junit --output edgewise.xml',
    '<%= config.bin %> <%= command.id %> docs/adr --write-baseline .edgewise-baseline.json',
    '<%= config.bin %> <%= command.id %> docs/adr --baseline .edgewise-baseline.json',
  ]

  static override flags = {
    baseline: Flags.string({description: 'report only findings that are not in this baseline file'}),
    'fail-on': Flags.option({
      options: FAIL_ON,
      default: 'error' as const,
      description: 'lowest severity that makes the exit code 1',
    })(),
    format: Flags.option({char: 'f', options: FORMATS, default: 'text' as const, description: 'report format'})(),
    json: Flags.boolean({description: 'same as --format json: the report as JSON on stdout (errors too)'}),
    'include-inactive': Flags.boolean({
      description:
        'also check records whose status says they are superseded, deprecated or rejected (skipped by default)',
    }),
    'judge-backlog': Flags.integer({
      description: 'pending documents per worker beyond which the main thread judges too (for tests)',
      min: 0,
      hidden: true,
    }),
    jobs: Flags.integer({
      description:
        'threads that check documents, this one included: it reads and parses them, the others judge them (default: one per core, up to 4, for batches of 200+ files)',
      min: 1,
      max: 16,
    }),
    output: Flags.string({char: 'o', description: 'write the report to this file instead of stdout'}),
    rules: rulesFlag,
    today: Flags.string({description: 'date for waiver expiry, YYYY-MM-DD (default: today)', hidden: true}),
    verbose: Flags.boolean({
      char: 'v',
      description: 'also list sound documents (with the services each chose) and skipped records',
    }),
    'write-baseline': Flags.string({description: 'write the current findings to this baseline file (exit 0)'}),
  }

  static override strict = false

  static override summary = 'Check architecture decision records against the knowledge base.'

  async run(): Promise<void> {
    const {argv, flags} = await this.parse(Check)
    const paths = argv as string[]
    const today = flags.today ?? new Date().toISOString().slice(0, 10)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UserError('--today must be a date written YYYY-MM-DD')
    if (flags.json && flags.format !== 'text' && flags.format !== 'json')
      throw new UserError(`--json and --format ${flags.format} ask for two formats`, {suggestion: 'use one of them'})
    const format = flags.json ? 'json' : flags.format
    // A report or baseline that cannot be written fails before the batch is read, not after.
    if (flags.output) assertWritablePath(flags.output, 'the report')
    if (flags['write-baseline']) assertWritablePath(flags['write-baseline'], 'the baseline')
    const kb = await loadKnowledgeOrFail(flags.rules)
    const {runCheckCommand} = await import('../app/check-command.js')
    const outcome = await runCheckCommand({
      paths,
      today,
      kb,
      rulesDirs: flags.rules ?? [],
      jobs: flags.jobs,
      judgeBacklog: flags['judge-backlog'],
      includeInactive: flags['include-inactive'],
      format,
      failOn: flags['fail-on'],
      verbose: flags.verbose,
      baselinePath: flags.baseline,
      writeBaselinePath: flags['write-baseline'],
      version: this.config.version,
      homepage: this.config.pjson.homepage,
    })
    if (flags.output) await writeOutputFile(flags.output, outcome.output, 'the report')
    else process.stdout.write(outcome.output)
    if (outcome.message) this.logToStderr(outcome.message)
    process.exitCode = outcome.exitCode
  }
}
