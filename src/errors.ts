import type {Problem} from './core/validation/problem.js'

/** Exit codes are part of the interface: documented in README and in each command's help. */
export const EXIT = {
  ok: 0,
  /** Findings or failing tests at or above the threshold the user chose. */
  failed: 1,
  /** Usage error, or an input that could not be read or parsed. */
  badInput: 2,
  /** The user pressed Ctrl+C at a prompt. */
  aborted: 130,
} as const

/**
 * A failure caused by the user's input or environment, not by a bug in edgewise.
 * Commands print it without a stack trace and exit with `exitCode`.
 */
export class UserError extends Error {
  readonly exitCode: number
  readonly problems: Problem[]
  readonly suggestion: string | undefined

  constructor(message: string, options: {problems?: Problem[]; suggestion?: string; exitCode?: number} = {}) {
    super(message)
    this.name = 'UserError'
    this.problems = options.problems ?? []
    this.suggestion = options.suggestion
    this.exitCode = options.exitCode ?? EXIT.badInput
  }
}

/**
 * The user stopped on purpose (quit a session, which is saved). Not an error:
 * commands print the message as it is, without "Error:", and exit 130.
 */
export class StoppedByUser extends Error {
  readonly exitCode = EXIT.aborted

  constructor(message: string) {
    super(message)
    this.name = 'StoppedByUser'
  }
}
