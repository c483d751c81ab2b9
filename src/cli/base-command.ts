import {Command} from '@oclif/core'

import {formatProblem} from '../core/validation/problem.js'
import {EXIT, StoppedByUser, UserError} from '../errors.js'

/**
 * Maps the two kinds of failure to exit codes: the user's (a clear message,
 * no stack trace, documented code) and ours (a bug: oclif prints the stack).
 */
export abstract class BaseCommand extends Command {
  protected override async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    if (error.name === 'ExitPromptError') {
      this.logToStderr('Cancelled.')
      return this.exit(EXIT.aborted)
    }
    if (error instanceof StoppedByUser) {
      this.logToStderr(error.message)
      return this.exit(error.exitCode)
    }
    if (error instanceof UserError) {
      if (this.jsonEnabled()) {
        this.logJson({error: {message: error.message, problems: error.problems, suggestion: error.suggestion ?? null, exitCode: error.exitCode}})
      } else {
        this.logToStderr(`Error: ${error.message}`)
        for (const problem of error.problems) this.logToStderr(`  ${formatProblem(problem)}`)
        if (error.suggestion) this.logToStderr(`Try: ${error.suggestion}`)
      }
      return this.exit(error.exitCode)
    }
    // oclif's own parse errors (unknown flag, bad option value) are usage errors.
    if (error.name === 'CLIError' || /Parse|Flag|Arg/.test(error.constructor.name)) {
      if (error.exitCode === undefined || error.exitCode === 1) error.exitCode = EXIT.badInput
    }
    return super.catch(error)
  }
}
