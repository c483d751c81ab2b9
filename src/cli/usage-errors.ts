import {closestName} from '../core/validation/closest-name.js'
import {EXIT, UserError} from '../errors.js'

/** What a usage error needs to know about the command it happened in. */
export interface CommandShape {
  /** "questions generate", as typed. */
  id: string
  flags: Readonly<Record<string, {char?: string; allowNo?: boolean; options?: readonly string[]}>>
  jsonFlag: boolean
}

const help = (id: string) => `\`edgewise ${id} --help\` lists every flag, with examples`

/** Every spelling of the command's flags a person could type, without the dashes. */
function flagNames(command: CommandShape): string[] {
  const names = Object.entries(command.flags).flatMap(([name, flag]) => [name, ...(flag.allowNo ? [`no-${name}`] : [])])
  return command.jsonFlag ? [...names, 'json'] : names
}

/**
 * Turns oclif's parse errors (which print the whole help page for one typo)
 * into one line that says what was wrong and, for a misspelling, what was
 * probably meant. Undefined for errors that are not about usage.
 */
export function describeUsageError(
  error: Error & {flags?: string[]; args?: {name: string; description?: string}[]},
  command: CommandShape,
): undefined | UserError {
  const kind = error.constructor.name
  const names = flagNames(command)
  if (kind === 'NonExistentFlagsError' && error.flags) {
    const lines = error.flags.map((typed) => {
      const meant = closestName(typed.replace(/^-+/, '').replace(/=.*$/, ''), names)
      return `unknown flag ${typed}${meant ? `; did you mean --${meant}?` : ''}`
    })
    return new UserError(lines.join('\n'), {suggestion: help(command.id), exitCode: EXIT.badInput})
  }
  const option = /Expected --([\w-]+)=(.*) to be one of: (.*)$/m.exec(error.message)
  if (option) {
    const [, flag, typed, list] = option
    const allowed = list!.split(', ')
    const meant = closestName(typed!, allowed)
    return new UserError(
      `--${flag} ${typed} is not one of: ${allowed.join(', ')}${meant ? `; did you mean --${flag} ${meant}?` : ''}`,
      {exitCode: EXIT.badInput},
    )
  }
  if (kind === 'RequiredArgsError' && error.args) {
    const missing = error.args.map((a) => `${a.name.toUpperCase()}${a.description ? ` (${a.description})` : ''}`)
    return new UserError(`missing ${missing.join(' and ')}`, {suggestion: help(command.id), exitCode: EXIT.badInput})
  }
  if (kind === 'UnexpectedArgsError' && error.args) {
    return new UserError(`unexpected argument${error.args.length > 1 ? 's' : ''}: ${error.args.join(' ')}`, {
      suggestion: help(command.id),
      exitCode: EXIT.badInput,
    })
  }
  return undefined
}
