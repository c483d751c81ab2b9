import {Flags} from '@oclif/core'

import type {AreaStat, HistoryRow, Suggestion, WeakestAreas} from '../core/exam/history.js'

import {BaseCommand} from '../cli/base-command.js'
import {loadKnowledgeOrFail} from '../cli/shared.js'

interface HistoryResult {
  sessions: HistoryRow[]
  sparkline: string
  weakest: WeakestAreas
  next: Suggestion
}

export default class History extends BaseCommand {
  static override description =
    'Lists finished practice and exam sessions (newest first) with raw and estimated scaled scores, draws scores over time as a sparkline, names the weakest domains and services, and suggests what to practise next.\n\nExit codes: 0 shown (also when there is no history yet).'

  static override enableJsonFlag = true

  static override examples = ['<%= config.bin %> <%= command.id %>', '<%= config.bin %> <%= command.id %> --json']

  static override flags = {'state-dir': Flags.string({description: 'where sessions are kept'})}

  static override summary = 'Past sessions, scores over time, weakest areas, and what to practise next.'

  async run(): Promise<HistoryResult> {
    const {flags} = await this.parse(History)
    const kb = await loadKnowledgeOrFail()
    const [{openExamStore, warnMovedAside}, {finishedRecords}, history, {makeStyle}] = await Promise.all([
      import('../io/exam-store.js'),
      import('../app/exam-records.js'),
      import('../core/exam/history.js'),
      import('../ui/style.js'),
    ])
    const {records, problems} = await finishedRecords(openExamStore({stateDir: flags['state-dir']}), kb)
    warnMovedAside(problems)
    const result: HistoryResult = {
      sessions: history.historyRows(records),
      sparkline: history.scoreSparkline(records),
      weakest: history.weakestAreas(records),
      next: history.suggestNext(records),
    }
    if (!this.jsonEnabled()) {
      const s = makeStyle()
      if (records.length === 0)
        this.log('No finished sessions yet. Start one with `edgewise exam --mode practice --count 10`.')
      else {
        this.log(s.bold('Sessions'))
        for (const r of result.sessions) this.log(`  ${formatRow(r)}`)
        this.log(`\n${s.bold('Scores over time')}  ${result.sparkline}`)
        this.log(`${s.bold('Weakest domains')}   ${weakestText(result.weakest, 'domains')}`)
        this.log(`${s.bold('Weakest services')}  ${weakestText(result.weakest, 'services')}`)
      }
      this.log(`\n${s.bold('Next')}  ${result.next.message}\n      ${s.cyan(result.next.command)}`)
    }
    return result
  }
}

/** The weakest areas, or why none can be named yet. */
const area = (a: AreaStat) => `${a.key} ${a.correct}/${a.total} (${Math.round(a.accuracy * 100)}%)`

function weakestText(weak: WeakestAreas, kind: 'domains' | 'services'): string {
  if (weak[kind].length > 0) return weak[kind].map(area).join(', ')
  const unit = kind === 'domains' ? 'domain' : 'service'
  if (weak.compared[kind] < 2)
    return `not enough answers yet (${weak.minSamples} per ${unit} in at least two ${kind} to compare)`
  return `none: every ${unit} with ${weak.minSamples}+ answers scores the same`
}

/** One line per session: when, mode, raw score, estimated scaled score, verdict, filters. */
function formatRow(r: HistoryRow): string {
  const when = r.date.slice(0, 16).replace('T', ' ')
  const ended = r.finishedReason === 'time-up' ? ' (time up)' : ''
  const verdict = r.passed ? 'pass (est.)' : 'below 720 (est.)'
  return `${when}  ${r.mode.padEnd(8)} ${`${r.correct}/${r.total}`.padStart(7)} ${`${r.rawPercent}%`.padStart(4)}  scaled ~${r.estimatedScaledScore}  ${verdict}${ended}  ${r.filters}  ${r.id}`
}
