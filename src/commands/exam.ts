import {Flags} from '@oclif/core'

import type {ExamOutcome} from '../app/exam-command.js'

import {BaseCommand} from '../cli/base-command.js'
import {answersFlag, loadKnowledgeOrFail, sessionSeedFlag} from '../cli/shared.js'
import {DIFFICULTIES, DOMAINS} from '../core/questions/question.js'
import {IMPORT_FORMATS} from '../formats/questions/types.js'

export default class Exam extends BaseCommand {
  static override description = `A practice exam in the terminal. --mode exam (the default) mirrors SAA-C03: 65 questions, 130 minutes, a visible countdown, no feedback until the end, time up submits, unanswered counts as wrong. --mode practice shows right or wrong, the explanation, every option's rationale and the documentation after each answer.

One screen, redrawn in place (the terminal's alternate screen, given back on exit): ↑↓ and Enter choose, → and ← change question, f flags, g or a number goes to a question, r reviews and submits, PgUp/PgDn scroll a long question, Esc goes back from the review. Choose-N questions take exactly N (Enter or Space marks). In practice mode the feedback shows on the question's own screen, marks your answer, and locks it. Every answer, flag and move is saved as it happens (state lives in $EDGEWISE_STATE_DIR, else $XDG_STATE_HOME/edgewise, else ~/.local/state/edgewise); --resume continues the last unfinished session with its remaining time. The result shows the raw score, an estimated scaled score (AWS publishes no mapping), bar charts by domain and service, and a review of every question.

--bank PATH (repeatable) practises someone else's bank: a file in any format \`questions import\` reads (JSON, GIFT, Moodle XML, Aiken, task-list Markdown; --from forces one) or a folder of question files. The session remembers each bank's path and content hash: --resume reads it again and warns when it changed. review and history include these sessions (as does --only without --bank); a question whose correct options name a catalog service trains that service's card, any other is a card of its own.

Without a terminal, exam needs --answers FILE ({answers: {"1": "B", "2": ["A", "C"]}, flag: [3]}; keys are question numbers with letters as shown, or question ids with the bank's letters).

Exit codes: 0 finished (also when the review deck was locked: its ratings are added on the next run); 2 usage error, unreadable input or an output that cannot be written (including no terminal and no --answers, which saves nothing); 130 quit with Ctrl+C (progress saved).`

  static override enableJsonFlag = true

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --mode practice --count 10 --service lambda',
    '<%= config.bin %> <%= command.id %> --source generated --count 20 --seed 7',
    '<%= config.bin %> <%= command.id %> --only missed',
    '<%= config.bin %> <%= command.id %> --bank bank.json --mode practice -n 10',
    '<%= config.bin %> <%= command.id %> --resume',
    '<%= config.bin %> <%= command.id %> --count 5 --seed 1 --answers answers.yaml --json',
    '<%= config.bin %> <%= command.id %> --result last --export result.md',
  ]

  static override flags = {
    answers: answersFlag,
    bank: Flags.string({
      description:
        "practise this bank instead of the bundled one (repeatable): a file in any importable format, or a folder of question files; with --resume, where the session's bank is now",
      multiple: true,
    }),
    count: Flags.integer({char: 'n', default: 65, min: 1, max: 500, description: 'number of questions'}),
    difficulty: Flags.option({options: DIFFICULTIES, description: 'only this difficulty'})(),
    domain: Flags.option({options: DOMAINS, description: 'only this SAA-C03 domain'})(),
    export: Flags.string({description: 'write the finished result to FILE (.json or .md)'}),
    from: Flags.option({
      options: IMPORT_FORMATS,
      description: 'format of the --bank files (default: from the extension or content)',
    })(),
    minutes: Flags.integer({
      min: 1,
      description: 'time limit (default: 2 minutes per question in exam mode; none in practice mode)',
    }),
    mode: Flags.option({
      options: ['exam', 'practice'] as const,
      default: 'exam' as const,
      description: 'exam: no feedback until the end; practice: feedback after each answer',
    })(),
    only: Flags.option({
      options: ['missed', 'flagged', 'unseen'] as const,
      description: 'only questions missed or flagged in recent sessions, or never seen',
    })(),
    result: Flags.string({description: 'show the result of a finished session (an id, or "last")'}),
    resume: Flags.boolean({description: 'continue the last unfinished session'}),
    seed: sessionSeedFlag,
    service: Flags.string({description: 'only questions about this catalog id'}),
    source: Flags.option({
      options: ['bank', 'generated', 'mixed'] as const,
      default: 'bank' as const,
      description: 'curated bank, generated questions, or both',
    })(),
    'state-dir': Flags.string({description: 'where sessions are kept (default: see above)'}),
    task: Flags.string({description: 'only this SAA-C03 task statement, e.g. 4.2'}),
  }

  static override summary = 'Take a practice exam (SAA-C03 style) in the terminal.'

  async run(): Promise<ExamOutcome> {
    const {flags} = await this.parse(Exam)
    const kb = await loadKnowledgeOrFail()
    const {runExamCommand} = await import('../app/exam-command.js')
    return runExamCommand({
      kb,
      mode: flags.mode,
      count: flags.count,
      minutes: flags.minutes,
      source: flags.source,
      select: {
        domain: flags.domain,
        task: flags.task,
        service: flags.service,
        difficulty: flags.difficulty,
        only: flags.only,
      },
      seed: flags.seed ?? Math.floor(Math.random() * 2 ** 31),
      resume: flags.resume,
      answersFile: flags.answers,
      result: flags.result,
      exportFile: flags.export,
      stateDir: flags['state-dir'],
      json: this.jsonEnabled(),
      interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
      bankPaths: flags.bank ?? [],
      from: flags.from,
    })
  }
}
