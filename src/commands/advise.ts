import {Flags} from '@oclif/core'

import {type ResolvedProfile, resolveProfile} from '../app/profile-input.js'
import {BaseCommand} from '../cli/base-command.js'
import {loadKnowledgeOrFail, readStdinIfPiped, rulesFlag} from '../cli/shared.js'
import {type AdviceWithTrace, advise, loadJsonRulesEngineEvaluator} from '../core/advisor/advise.js'
import {
  CDN_EVENT,
  CLIENTS,
  CONNECTIVITY,
  FLEXIBILITY,
  LATENCY,
  LOAD_PATTERN,
  OPERATIONS,
  OPTIMIZE_FOR,
  PROTOCOL,
  RESIDENCY,
  WORKLOAD,
} from '../core/knowledge/profile.js'
import {EXIT, UserError} from '../errors.js'
import {assertWritablePath, writeOutputFile} from '../io/write-output.js'

export default class Advise extends BaseCommand {
  static override description = `Reads a requirement profile — from a YAML/JSON file, free text (an exam scenario or a paragraph of requirements), a bundled example, flags, or an interactive questionnaire — and ranks every candidate in the catalog: the primary recommendation, what to use alongside it, lower-scoring alternatives, and every candidate a hard constraint rules out, each with the rule, the facts behind it and a documentation link.

Profile fields (all optional; unknown facts never rule a candidate out): clients, latency, connectivity, dataVolume, dataGbPerDay, residency, ruggedSite, edgeProcessing, workload, cdnEvent, executionSeconds, memoryMb, codeSizeKb, needsNetworkAccess, needsBodyAccess, loadPattern, interruptionTolerant, commitmentYears, computeFlexibility, capacityReservation, operations, protocol, staticIps, licensing, armCompatible, optimizeFor. Run \`edgewise advise --example iot-telemetry --json\` to see a full profile.

Exit codes: 0 advice produced (including "nothing fits", stated in the output); 2 bad input (unreadable file, invalid YAML/JSON, unknown field or value, empty --text), a usage error, or a --save/--output path that cannot be written; 130 cancelled at a prompt.`

  static override enableJsonFlag = true

  static override examples = [
    '<%= config.bin %> <%= command.id %> --example iot-telemetry',
    '<%= config.bin %> <%= command.id %> --profile requirements.yaml --json',
    '<%= config.bin %> <%= command.id %> --text "Sensors on oil rigs; the satellite link drops for hours; run ML inference locally."',
    'echo "Nightly batch jobs of 2 hours that can be restarted; lowest cost" | <%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --workload batch --interruptible --execution-seconds 7200 --explain',
    '<%= config.bin %> <%= command.id %>   # no input on a terminal: asks questions',
  ]

  static override flags = {
    'body-access': Flags.boolean({description: 'code must read the request body', allowNo: true, helpGroup: 'PROFILE'}),
    'capacity-reservation': Flags.boolean({
      description: 'capacity must be reserved in one Availability Zone',
      allowNo: true,
      helpGroup: 'PROFILE',
    }),
    'cdn-event': Flags.option({
      options: CDN_EVENT,
      description: 'CloudFront event the logic runs on',
      helpGroup: 'PROFILE',
    })(),
    clients: Flags.option({options: CLIENTS, description: 'who or what the clients are', helpGroup: 'PROFILE'})(),
    commitment: Flags.option({
      options: ['0', '1', '3'] as const,
      description: 'years the baseline will run (0 = short-term)',
      helpGroup: 'PROFILE',
    })(),
    connectivity: Flags.option({
      options: CONNECTIVITY,
      description: 'link between the site and the AWS Region',
      helpGroup: 'PROFILE',
    })(),
    'data-gb-per-day': Flags.integer({
      description: 'data produced at the source, GB per day',
      min: 0,
      helpGroup: 'PROFILE',
    }),
    engine: Flags.option({
      options: ['fast', 'json-rules-engine'] as const,
      default: 'fast' as const,
      description:
        'evaluate the rules with the built-in evaluator (same verdicts, faster start) or with json-rules-engine itself; --explain always uses json-rules-engine',
    })(),
    'edge-processing': Flags.boolean({
      description: 'data must be processed at the source',
      allowNo: true,
      helpGroup: 'PROFILE',
    }),
    'execution-seconds': Flags.integer({
      description: 'run time of one unit of work, seconds',
      min: 0,
      helpGroup: 'PROFILE',
    }),
    example: Flags.string({
      char: 'e',
      description: 'use a bundled example from examples/profiles (e.g. iot-telemetry)',
    }),
    explain: Flags.boolean({description: 'show the condition-level trace of every rule'}),
    flexibility: Flags.option({
      options: FLEXIBILITY,
      description: 'how much the compute may change over the commitment',
      helpGroup: 'PROFILE',
    })(),
    format: Flags.option({
      options: ['text', 'md'] as const,
      default: 'text' as const,
      description: 'human output format',
    })(),
    interruptible: Flags.boolean({
      description: 'work tolerates interruption (--no-interruptible: it must not be interrupted)',
      allowNo: true,
      helpGroup: 'PROFILE',
    }),
    latency: Flags.option({options: LATENCY, description: 'latency target', helpGroup: 'PROFILE'})(),
    load: Flags.option({options: LOAD_PATTERN, description: 'load pattern over time', helpGroup: 'PROFILE'})(),
    'memory-mb': Flags.integer({description: 'memory per unit of work, MB', min: 0, helpGroup: 'PROFILE'}),
    'network-access': Flags.boolean({
      description: 'code must call other services during a request',
      allowNo: true,
      helpGroup: 'PROFILE',
    }),
    operations: Flags.option({
      options: OPERATIONS,
      description: 'what the team wants to operate',
      helpGroup: 'PROFILE',
    })(),
    'optimize-for': Flags.option({options: OPTIMIZE_FOR, description: 'what matters most', helpGroup: 'PROFILE'})(),
    output: Flags.string({char: 'o', description: 'write the human report to this file instead of stdout'}),
    profile: Flags.string({char: 'p', description: 'YAML or JSON profile file'}),
    prompt: Flags.boolean({
      description: 'ask questions when no input is given and stdin is a terminal',
      default: true,
      allowNo: true,
    }),
    protocol: Flags.option({options: PROTOCOL, description: 'traffic the clients send', helpGroup: 'PROFILE'})(),
    residency: Flags.option({options: RESIDENCY, description: 'where the data must stay', helpGroup: 'PROFILE'})(),
    rules: rulesFlag,
    save: Flags.string({description: 'save the resolved profile to this YAML file'}),
    'static-ips': Flags.boolean({description: 'clients need static IP addresses', allowNo: true, helpGroup: 'PROFILE'}),
    text: Flags.string({
      char: 't',
      description: 'free-text requirements or an exam scenario ("-" reads it from stdin)',
    }),
    workload: Flags.option({options: WORKLOAD, description: 'workload shape', helpGroup: 'PROFILE'})(),
  }

  static override summary = 'Recommend where a workload should run and how to pay for it.'

  async run(): Promise<AdviceWithTrace> {
    const {flags} = await this.parse(Advise)
    const kb = await loadKnowledgeOrFail(flags.rules)
    const overrides = {
      capacityReservation: flags['capacity-reservation'],
      cdnEvent: flags['cdn-event'],
      clients: flags.clients,
      commitmentYears: flags.commitment === undefined ? undefined : (Number(flags.commitment) as 0 | 1 | 3),
      computeFlexibility: flags.flexibility,
      connectivity: flags.connectivity,
      dataGbPerDay: flags['data-gb-per-day'],
      edgeProcessing: flags['edge-processing'],
      executionSeconds: flags['execution-seconds'],
      interruptionTolerant: flags.interruptible,
      latency: flags.latency,
      loadPattern: flags.load,
      memoryMb: flags['memory-mb'],
      needsBodyAccess: flags['body-access'],
      needsNetworkAccess: flags['network-access'],
      operations: flags.operations,
      optimizeFor: flags['optimize-for'],
      protocol: flags.protocol,
      residency: flags.residency,
      staticIps: flags['static-ips'],
      workload: flags.workload,
    }
    // "--text -" is the usual spelling for "the text comes on stdin"; read literally, "-" states nothing.
    // Beside --profile or --example it stays "-", so the usual "give only one" message answers.
    const textFromStdin = flags.text === '-' && flags.profile === undefined && flags.example === undefined
    const noSource = flags.profile === undefined && flags.text === undefined && flags.example === undefined
    const stdinText = noSource || textFromStdin ? await readStdinIfPiped() : undefined
    if (textFromStdin && stdinText === undefined) {
      throw new UserError('--text - reads the text from standard input, but nothing was piped in', {
        suggestion: 'pipe the text in (echo "..." | edgewise advise --text -) or pass it as --text "..."',
        exitCode: EXIT.badInput,
      })
    }
    let resolved: ResolvedProfile | undefined = await resolveProfile(
      {
        profileFile: flags.profile,
        text: textFromStdin ? undefined : flags.text,
        example: flags.example,
        stdinText,
        overrides,
      },
      kb,
    )
    let savePath = flags.save
    // Checked before any question is asked, so no answer is typed for a file that cannot be written.
    if (savePath) assertWritablePath(savePath, 'the profile')
    if (flags.output) assertWritablePath(flags.output, 'the report')
    if (!resolved) {
      if (!flags.prompt || this.jsonEnabled() || !process.stdin.isTTY) {
        throw new UserError('no requirements given', {
          suggestion:
            'pass --profile FILE, --text "...", --example NAME (e.g. iot-telemetry) or dimension flags, or pipe text on stdin',
          exitCode: EXIT.badInput,
        })
      }
      const {runQuestionnaire} = await import('../prompts/questionnaire.js')
      const answers = await runQuestionnaire(kb)
      resolved = {profile: answers.profile, evidence: [], source: 'questionnaire', label: 'your answers'}
      savePath ??= answers.savePath
    }
    const saveFailure = savePath
      ? await (
          await import('../app/profile-save.js')
        ).saveProfile(savePath, resolved.profile, (text) => this.logToStderr(text))
      : undefined
    const evaluator = flags.engine === 'json-rules-engine' ? await loadJsonRulesEngineEvaluator() : undefined
    const advice = await advise(kb, resolved.profile, {explain: flags.explain, evaluator})
    if (!this.jsonEnabled()) {
      const [{makeStyle}, {renderAdviceMarkdown, renderAdviceText}] = await Promise.all([
        import('../ui/style.js'),
        import('../ui/render-advice.js'),
      ])
      const view = {advice, evidence: resolved.evidence, label: resolved.label}
      const report =
        flags.format === 'md'
          ? renderAdviceMarkdown(view)
          : renderAdviceText(view, makeStyle(flags.output ? {} : process.stdout))
      if (flags.output) await writeOutputFile(flags.output, report, 'the report')
      else process.stdout.write(report)
    }
    if (saveFailure) throw saveFailure
    return advice
  }
}
