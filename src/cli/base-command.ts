import type {Input, ParserOutput} from '@oclif/core/interfaces'

import {Command} from '@oclif/core'

import {formatProblem} from '../core/validation/problem.js'
import {EXIT, StoppedByUser, UserError} from '../errors.js'
import {terminalWidth, wrap} from '../ui/style.js'
import {describeUsageError} from './usage-errors.js'

type Flags = Record<string, unknown>
type Args = Record<string, unknown>

/**
 * Maps the two kinds of failure to exit codes: the user's (a clear message,
 * no stack trace, documented code) and ours (a bug: oclif prints the stack).
 */
export abstract class BaseCommand extends Command {
  protected override async catch(thrown: Error & {exitCode?: number}): Promise<unknown> {
    // Usage errors oclif raises outside parse() get the same treatment.
    const error = describeUsageError(thrown, this.shape()) ?? thrown
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
        this.logJson({
          error: {
            message: error.message,
            problems: error.problems,
            suggestion: error.suggestion ?? null,
            exitCode: error.exitCode,
          },
        })
      } else {
        this.say(`Error: ${error.message}`)
        for (const problem of error.problems) this.say(`  ${formatProblem(problem)}`, 4)
        if (error.suggestion) this.say(`Try: ${error.suggestion}`)
      }
      return this.exit(error.exitCode)
    }
    // oclif's own parse errors (unknown flag, bad option value) are usage errors.
    if (
      (error.name === 'CLIError' || /Parse|Flag|Arg/.test(error.constructor.name)) &&
      (error.exitCode === undefined || error.exitCode === 1)
    )
      error.exitCode = EXIT.badInput
    return super.catch(error)
  }

  /**
   * oclif's own parse errors (unknown flag, bad option value, a flag's parse
   * function throwing) become usage errors here, so they reach the user like
   * every other one: exit 2, the nearest flag or value when one was mistyped,
   * and, with --json, the documented `{"error": {message, problems,
   * suggestion, exitCode}}` instead of oclif's internal object.
   */
  protected override async parse<F extends Flags, B extends Flags, A extends Args>(
    options?: Input<F, B, A>,
    argv?: string[],
  ): Promise<ParserOutput<F, B, A>> {
    try {
      return await super.parse(options, argv)
    } catch (error) {
      const thrown = error instanceof Error ? error : new Error(String(error))
      throw describeUsageError(thrown, this.shape()) ?? this.usageError(thrown)
    }
  }

  /**
   * A message line on stderr. A terminal would break a long line mid-word, so
   * there it is wrapped at word boundaries; piped, it stays one line for grep.
   */
  private say(line: string, indent = 2): void {
    for (const part of line.split('\n'))
      this.logToStderr(process.stderr.isTTY ? wrap(part, terminalWidth(process.stderr), indent, 0) : part)
  }

  /** The command as the usage-error messages need it: its name with spaces, its flags, whether it has --json. */
  private shape() {
    const ctor = this.ctor as typeof Command
    return {id: this.id?.replaceAll(':', ' ') ?? '', flags: ctor.flags ?? {}, jsonFlag: ctor.enableJsonFlag === true}
  }

  private usageError(error: Error): UserError {
    const message = error.message
      .replace(/\n?See more help with --help\s*$/, '')
      // "Parsing --choose \n\tExpected an integer…" → "--choose: Expected an integer…"
      .replace(/^Parsing (--[\w-]+)\s*\n\t/, '$1: ')
      // "The following error occurred:\n  Missing required flag from" → "Missing required flag from"
      .replace(/^The following errors? occurred:\s*/, '')
      .replaceAll(/\n {2}(?=\S)/g, '; ')
      .trim()
    const command = (this.id ?? '').replaceAll(':', ' ')
    return new UserError(message, {
      suggestion: `\`${this.config.bin} ${command} --help\` lists the arguments and flags`.replace('  ', ' '),
      exitCode: EXIT.badInput,
    })
  }
}
