import {Command} from '@oclif/core'

/** Does nothing. The start-up benchmark's baseline: bare oclif in the same build. */
export default class Noop extends Command {
  static override hidden = true

  static override summary = 'Do nothing (start-up baseline for bench/startup.mjs).'

  async run(): Promise<void> {}
}
