import type {CheckReport} from '../core/check/finding.js'
import type {KnowledgeBase} from '../core/knowledge/knowledge-base.js'

import {applyBaseline, BaselineSchema, makeBaseline} from '../core/check/baseline.js'
import {ruleDescriptors} from '../core/check/findings.js'
import {exitCodeFor, type FailOn, orderReport, summarize} from '../core/check/summary.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {UserError} from '../errors.js'
import {renderJson} from '../formats/report/json.js'
import {renderJunit} from '../formats/report/junit.js'
import {renderMarkdown} from '../formats/report/markdown.js'
import {renderSarif} from '../formats/report/sarif.js'
import {renderText} from '../formats/report/text.js'
import {describeReadFailure, readTextFile} from '../io/read-text.js'
import {writeOutputFile} from '../io/write-output.js'
import {makeStyle} from '../ui/style.js'
import {runCheck} from './check-runner.js'
import {createProgress} from './progress.js'

export interface CheckCommandOptions {
  paths: readonly string[]
  today: string
  kb: KnowledgeBase
  rulesDirs: readonly string[]
  jobs: number | undefined
  judgeBacklog?: number
  includeInactive?: boolean
  format: 'json' | 'junit' | 'md' | 'sarif' | 'text'
  failOn: FailOn
  verbose: boolean
  baselinePath: string | undefined
  writeBaselinePath: string | undefined
  version: string
  /** Where the tool lives (package.json `homepage`), for SARIF's informationUri; left out when unknown. */
  homepage?: string
}

async function readBaseline(path: string) {
  const read = await readTextFile(path)
  if (!read.ok)
    throw new UserError(`${path}: the baseline ${describeReadFailure(read.failure)}`, {
      suggestion: 'create one with --write-baseline FILE',
    })
  let value: unknown
  try {
    value = JSON.parse(read.text)
  } catch (error) {
    throw new UserError(`${path}: the baseline is not valid JSON (${(error as Error).message})`)
  }
  const parsed = parseReporting(BaselineSchema, value)
  if (!parsed.success)
    throw new UserError(`${path}: not an edgewise baseline`, {problems: issuesToProblems(path, parsed.error.issues)})
  return parsed.data
}

/** Runs a check and renders it; the command only writes the output and sets the exit code. */
export async function runCheckCommand(
  options: CheckCommandOptions,
): Promise<{output: string; exitCode: number; message?: string}> {
  const progress = createProgress(process.stderr)
  const {reports} = await runCheck(
    {
      paths: options.paths,
      rulesDirs: options.rulesDirs,
      today: options.today,
      jobs: options.jobs,
      judgeBacklog: options.judgeBacklog,
      includeInactive: options.includeInactive,
      onProgress: progress.update,
    },
    options.kb,
  )
  progress.done()
  if (reports.length === 0)
    throw new UserError('no documents found in the given paths', {
      suggestion: 'pass Markdown files, a folder of ADRs, or a quoted glob such as "docs/**/*.md"',
    })
  let report: CheckReport = {
    tool: {name: 'edgewise', version: options.version, ...(options.homepage ? {informationUri: options.homepage} : {})},
    documents: reports,
    rules: ruleDescriptors(options.kb),
    baselined: 0,
  }
  if (options.writeBaselinePath) {
    const baseline = makeBaseline(report.documents)
    await writeOutputFile(options.writeBaselinePath, `${JSON.stringify(baseline, null, 2)}\n`, 'the baseline')
    return {
      output: '',
      exitCode: 0,
      message: `Wrote ${baseline.findings.length} finding(s) to ${options.writeBaselinePath}`,
    }
  }
  if (options.baselinePath) {
    const applied = applyBaseline(report.documents, await readBaseline(options.baselinePath))
    report = {...report, documents: applied.reports, baselined: applied.removed}
  }
  report = orderReport(report)
  const output = {
    text: () => renderText(report, makeStyle(), {verbose: options.verbose}),
    json: () => renderJson(report),
    sarif: () => renderSarif(report),
    junit: () => renderJunit(report, options.failOn),
    md: () => renderMarkdown(report),
  }[options.format]()
  const summary = summarize(report)
  return {
    output,
    exitCode: exitCodeFor(report, options.failOn),
    ...(options.format !== 'text' && summary.unreadable > 0
      ? {message: `${summary.unreadable} file(s) could not be read or parsed; see the report`}
      : {}),
  }
}
