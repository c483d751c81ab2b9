import type {Hook} from '@oclif/core'

import {closestName} from '../core/validation/closest-name.js'
import {EXIT} from '../errors.js'

/**
 * A mistyped command. In a terminal, @oclif/plugin-not-found asks "Did you
 * mean …?" and runs the command on yes. Elsewhere (scripts, CI) there is no
 * one to ask: name the nearest command in one line and exit 2, a usage error.
 * Commands read with spaces (`questions generate`), as they are typed.
 */
const hook: Hook.CommandNotFound = async function (options) {
  const typed = options.id.replaceAll(':', ' ')
  const ids = options.config.commands.filter((c) => !c.hidden).map((c) => c.id.replaceAll(':', ' '))
  const topic = typed.split(' ')[0] ?? ''
  const helpFor = options.config.findTopic(topic) ? `edgewise help ${topic}` : 'edgewise help'
  if (process.stdin.isTTY && process.stderr.isTTY) {
    const {default: ask} = await import('@oclif/plugin-not-found')
    try {
      return await ask.call(this, options)
    } catch {
      // Declined (or no answer in time): the plugin's own error exits 127; ours is the documented 2.
      process.stderr.write(`Run \`${helpFor}\` for the list of commands.\n`)
      return this.exit(EXIT.badInput)
    }
  }
  const meant = closestName(typed, ids) ?? closestName(typed.split(' ').at(-1) ?? typed, ids)
  const hint = meant ? ` Did you mean \`edgewise ${meant}\`?` : ''
  // One plain line: oclif's error box would wrap it at 80 columns mid-phrase.
  process.stderr.write(
    `Error: \`${typed}\` is not an edgewise command.${hint}\nTry: \`${helpFor}\` lists the commands\n`,
  )
  return this.exit(EXIT.badInput)
}

export default hook
