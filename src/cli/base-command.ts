import {Command} from '@oclif/core'
import type {Input, ParserOutput} from '@oclif/core/interfaces'

import {formatProblem} from '../core/validation/problem.js'
import {EXIT, UserError} from '../errors.js'

type Flags = Record<string, unknown>
type Args = Record<string, unknown>

/**
 * Maps the two kinds of failure to exit codes: the user's (a clear message,
 * no stack trace, documented code) and ours (a bug: oclif prints the stack).
 */
export abstract class BaseCommand extends Command {
  /**
   * oclif's own parse errors (unknown flag, bad option value, a flag's parse
   * function throwing) become usage errors here, so they reach the user like
   * every other one: exit 2 and, with --json, the documented
   * `{"error": {message, problems, suggestion, exitCode}}` instead of oclif's
   * internal object.
   */
  protected override async parse<F extends Flags, B extends Flags, A extends Args>(options?: Input<F, B, A>, argv?: string[]): Promise<ParserOutput<F, B, A>> {
    try {
      return await super.parse(options, argv)
    } catch (error) {
      throw this.usageError(error)
    }
  }

  private usageError(error: unknown): UserError {
    const raw = error instanceof Error ? error.message : String(error)
    const message = raw
      .replace(/\n?See more help with --help\s*$/, '')
      // "Parsing --choose \n\tExpected an integer…" → "--choose: Expected an integer…"
      .replace(/^Parsing (--[\w-]+)\s*\n\t/, '$1: ')
      // "The following error occurred:\n  Missing required flag from" → "Missing required flag from"
      .replace(/^The following errors? occurred:\s*/, '')
      .replace(/\n {2}(?=\S)/g, '; ')
      .trim()
    const command = (this.id ?? '').replaceAll(':', ' ')
    return new UserError(message, {suggestion: `\`${this.config.bin} ${command} --help\` lists the arguments and flags`.replace('  ', ' '), exitCode: EXIT.badInput})
  }

  protected override async catch(error: Error & {exitCode?: number}): Promise<unknown> {
    if (error.name === 'ExitPromptError') {
      this.logToStderr('Cancelled.')
      return this.exit(EXIT.aborted)
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
    // Anything else oclif raises before run() (its own usage errors) keeps the usage exit code.
    if (error.name === 'CLIError' || /Parse|Flag|Arg/.test(error.constructor.name)) {
      if (error.exitCode === undefined || error.exitCode === 1) error.exitCode = EXIT.badInput
    }
    return super.catch(error)
  }
}
