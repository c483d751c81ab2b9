import {Flags} from '@oclif/core'

import type {ExamOutcome} from '../app/exam-command.js'
import type {DueConcept} from '../core/exam/review.js'

import {BaseCommand} from '../cli/base-command.js'
import {answersFlag, loadKnowledgeOrFail, sessionSeedFlag} from '../cli/shared.js'
import {EXIT, UserError} from '../errors.js'

interface ReviewItem extends DueConcept {
  /** The catalog name behind `service:<id>`, or the start of the stem behind `question:<id>`, for people. */
  name: string
  cramReason?: 'due' | 'hard'
}

interface ReviewResult {
  examDate?: string
  daysUntilExam?: number
  cram: boolean
  items: ReviewItem[]
  /** When the next concept falls due, if nothing is due now. */
  nextDue?: {concept: string; due: string}
  outcome?: ExamOutcome
}

/** `2027-01-15` → local midnight that day; anything else is a usage error. */
function parseExamDate(text: string, now: Date): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined
  if (!match || !date || date.getMonth() !== Number(match[2]) - 1 || date.getDate() !== Number(match[3])) {
    throw new UserError(`--exam-date "${text}" is not a date`, {
      suggestion: 'write it as YYYY-MM-DD, e.g. --exam-date 2027-01-15',
      exitCode: EXIT.badInput,
    })
  }
  if (date.getTime() + 24 * 3600 * 1000 <= now.getTime())
    throw new UserError(`--exam-date ${text} is in the past`, {
      suggestion: 'give the day of your exam, or leave the flag out',
      exitCode: EXIT.badInput,
    })
  return date
}

/** Why a concept is listed. A card in a learning step was just reviewed, so its recall estimate says nothing: say what happened instead. */
function describeItem(item: ReviewItem): string {
  if (item.reason === 'learning')
    return item.cramReason === 'hard'
      ? 'learning: missed or shaky last time'
      : 'learning: missed or shaky last time, due now'
  const recall = `${`${Math.round(item.retrievability * 100)}%`.padStart(4)} recall`
  if (item.cramReason === 'hard') return `${recall}  hard`
  if (item.reason === 'before-exam') return `${recall}  before the exam (FSRS: ${item.scheduledDue.slice(0, 10)})`
  return `${recall}  due ${item.due.slice(0, 10)}`
}

export default class Review extends BaseCommand {
  static override description = `Spaced repetition (FSRS) of the concepts behind the questions you answer: each catalog service is one card, so a reworded or generated question about the same idea counts for it. Every finished exam or practice session rates the concepts its questions test (not those only a wrong option names): wrong → Again; right but flagged or slow → Hard; right → Good; right and fast → Easy. Unanswered questions are no evidence either way and are not rated. A missed concept goes into a learning step and is due at once, so \`review\` right after a session practises what you just missed.

Questions from other people's banks (\`exam --bank\`) train the cards of the catalog services their correct options name; a question that names none is a card of its own, and review draws on the banks past sessions came from.

review lists the concepts due now and starts a practice session (feedback after each answer) on questions that cover them; that session updates the schedule. --exam-date pulls reviews FSRS would schedule after your exam forward to before it. --cram practises everything due plus the hard concepts (rated Again or Hard, lapsed, or difficult) without changing the schedule.

Without a terminal, review needs --answers FILE (see \`edgewise exam --help\`) or --list.

Exit codes: 0 done (also when nothing is due); 2 usage error or unreadable input; 130 quit with Ctrl+C (progress saved; \`edgewise exam --resume\` continues).`

  static override enableJsonFlag = true

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --list',
    '<%= config.bin %> <%= command.id %> --exam-date 2027-01-15',
    '<%= config.bin %> <%= command.id %> --cram --count 20',
  ]

  static override flags = {
    answers: answersFlag,
    count: Flags.integer({char: 'n', default: 10, min: 1, max: 200, description: 'questions in the review session'}),
    cram: Flags.boolean({description: 'practise due and hard concepts without changing the schedule'}),
    'exam-date': Flags.string({description: 'your exam day (YYYY-MM-DD): plan reviews so they land before it'}),
    list: Flags.boolean({description: 'only list what is due; do not start a session'}),
    seed: sessionSeedFlag,
    source: Flags.option({
      options: ['bank', 'generated', 'mixed'] as const,
      default: 'mixed' as const,
      description: 'curated bank, generated questions, or both',
    })(),
    'state-dir': Flags.string({description: 'where sessions and the review deck are kept'}),
  }

  static override summary = 'Review the concepts you missed, when they are due (spaced repetition).'

  async run(): Promise<ReviewResult> {
    const {flags} = await this.parse(Review)
    const now = new Date()
    const examDate = flags['exam-date'] === undefined ? undefined : parseExamDate(flags['exam-date'], now)
    const kb = await loadKnowledgeOrFail()
    const [{assertStateDirUsable, openExamStore, warnMovedAside}, review, {catalogById}, {makeStyle}] =
      await Promise.all([
        import('../io/exam-store.js'),
        import('../core/exam/review.js'),
        import('../core/knowledge/knowledge-base.js'),
        import('../ui/style.js'),
      ])
    const store = openExamStore({stateDir: flags['state-dir']})
    assertStateDirUsable(store.dir)
    // Ratings of sessions that finished while the deck was locked are added before it is read.
    const deferred = await (await import('../app/exam-deck.js')).applyDeferredRatings(store, kb, now)
    if (deferred) this.logToStderr(`note: ${deferred}`)
    const {deck, problems} = await store.loadDeck()
    warnMovedAside(problems)

    // Review draws on the banks past sessions came from too, and names their questions' cards by their stems.
    const [{banksOfPastSessions}, {questionOfConcept}] = await Promise.all([
      import('../app/exam-records.js'),
      import('../core/exam/concepts.js'),
    ])
    const past = await banksOfPastSessions(store, kb)
    warnMovedAside(past.problems)
    const names = catalogById(kb)
    const stems = new Map(past.pool.questions.map((q) => [q.id, q.stem]))
    const nameOf = (concept: string) => {
      const question = questionOfConcept(concept)
      if (question === undefined) return names.get(concept.replace(/^service:/, ''))?.name ?? concept
      const stem = stems.get(question)?.replace(/\s+/g, ' ')
      return stem === undefined ? concept : `"${stem.length > 30 ? `${stem.slice(0, 29)}…` : stem}"`
    }
    const planOptions = examDate ? {examDate} : {}
    const picked = flags.cram
      ? review.cramConcepts(deck, now, {...planOptions, limit: flags.count})
      : review.dueConcepts(deck, now, planOptions)
    const items: ReviewItem[] = picked.map((d) => ({...d, name: nameOf(d.concept)}))
    const result: ReviewResult = {
      cram: flags.cram,
      items,
      ...(examDate ? {examDate: flags['exam-date'], daysUntilExam: review.daysUntil(examDate, now)} : {}),
    }
    if (items.length === 0) {
      const upcoming = Object.entries(deck.cards).sort(([, a], [, b]) => (a.due < b.due ? -1 : 1))[0]
      if (upcoming) result.nextDue = {concept: upcoming[0], due: upcoming[1].due}
    }

    const json = this.jsonEnabled()
    const s = makeStyle()
    if (!json) {
      if (examDate) this.log(`Exam in ${result.daysUntilExam} day(s) (${flags['exam-date']}).`)
      if (Object.keys(deck.cards).length === 0)
        this.log(
          'Nothing to review yet: finish a session first (`edgewise exam --mode practice --count 10`); the concepts you answer are scheduled here.',
        )
      else if (items.length === 0)
        this.log(
          `Nothing is due${flags.cram ? ' or hard' : ''}.${result.nextDue ? ` Next: ${nameOf(result.nextDue.concept)} on ${result.nextDue.due.slice(0, 10)}.` : ''}`,
        )
      else {
        this.log(
          s.bold(flags.cram ? `To cram (${items.length}; the schedule will not change)` : `Due now (${items.length})`),
        )
        for (const item of items) this.log(`  ${item.name.padEnd(34)} ${describeItem(item)}`)
      }
    }
    if (flags.list || items.length === 0) return result

    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true
    if (!interactive && !flags.answers)
      throw new UserError('review needs a terminal to ask questions', {
        suggestion: 'run it in a terminal, use --list to only see what is due, or script it with --answers FILE',
        exitCode: EXIT.badInput,
      })
    if (!json) this.log('')
    const {runExamCommand} = await import('../app/exam-command.js')
    result.outcome = await runExamCommand({
      kb,
      mode: 'practice',
      count: flags.count,
      minutes: undefined,
      source: flags.source,
      select: {concepts: items.map((i) => i.concept)},
      seed: flags.seed ?? Math.floor(Math.random() * 2 ** 31),
      resume: false,
      answersFile: flags.answers,
      result: undefined,
      exportFile: undefined,
      stateDir: flags['state-dir'],
      json,
      interactive,
      cram: flags.cram,
      ...(past.pool.questions.length > 0 ? {extraPool: past.pool} : {}),
    })
    return result
  }
}
