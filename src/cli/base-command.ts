import {Command} from '@oclif/core'

import {formatProblem} from '../core/validation/problem.js'
import {EXIT, StoppedByUser, UserError} from '../errors.js'
import {terminalWidth, wrap} from '../ui/style.js'
import {describeUsageError} from './usage-errors.js'

/**
 * Maps the two kinds of failure to exit codes: the user's (a clear message,
 * no stack trace, documented code) and ours (a bug: oclif prints the stack).
 */
export abstract class BaseCommand extends Command {
  protected override async catch(thrown: Error & {exitCode?: number}): Promise<unknown> {
    const ctor = this.ctor as typeof Command
    const usage = describeUsageError(thrown, {id: this.id?.replaceAll(':', ' ') ?? '', flags: ctor.flags ?? {}, jsonFlag: ctor.enableJsonFlag === true})
    const error = usage ?? thrown
    if (error.name === 'ExitPromptError') {
      this.logToStderr('Cancelled.')
      return this.exit(EXIT.aborted)
    }
    if (error instanceof StoppedByUser) {
      this.say(error.message)
      return this.exit(error.exitCode)
    }
    if (error instanceof UserError) {
      // `check --json` is a format, not oclif's JSON mode, but its errors are JSON all the same.
      if (this.jsonEnabled() || this.argv.includes('--json')) {
        this.logJson({error: {message: error.message, problems: error.problems, suggestion: error.suggestion ?? null, exitCode: error.exitCode}})
      } else {
        this.say(`Error: ${error.message}`)
        for (const problem of error.problems) this.say(`  ${formatProblem(problem)}`, 4)
        if (error.suggestion) this.say(`Try: ${error.suggestion}`)
      }
      return this.exit(error.exitCode)
    }
    // oclif's own parse errors (unknown flag, bad option value) are usage errors.
    if (error.name === 'CLIError' || /Parse|Flag|Arg/.test(error.constructor.name)) {
      if (error.exitCode === undefined || error.exitCode === 1) error.exitCode = EXIT.badInput
    }
    return super.catch(error)
  }

  /**
   * A message line on stderr. A terminal would break a long line mid-word, so
   * there it is wrapped at word boundaries; piped, it stays one line for grep.
   */
  private say(line: string, indent = 2): void {
    for (const part of line.split('\n')) this.logToStderr(process.stderr.isTTY ? wrap(part, terminalWidth(process.stderr), indent, 0) : part)
  }
}
