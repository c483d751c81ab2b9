import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'

import {readStdinIfPiped} from '../../src/cli/shared.js'

/** A stream that never ends, like `< /dev/zero`, counting what was taken from it. */
function endless(): Readable & {pulled: number} {
  const stream = new Readable({
    read() {
      stream.pulled += 64 * 1024
      this.push(Buffer.alloc(64 * 1024, 0x61))
    },
  }) as Readable & {pulled: number}
  stream.pulled = 0
  return stream
}

describe('readStdinIfPiped', () => {
  it('stops an endless input at the limit with a message, having read barely past it', async () => {
    const input = endless()
    await expect(readStdinIfPiped(input, 1024 * 1024)).rejects.toThrow(/standard input is over the 1 MB limit/)
    expect(input.pulled).toBeLessThan(2 * 1024 * 1024)
    expect(input.destroyed).toBe(true)
  })

  it('reads a piped text below the limit whole', async () => {
    expect(await readStdinIfPiped(Readable.from([Buffer.from('one '), Buffer.from('two')]), 1024)).toBe('one two')
  })

  it('an empty or blank input is nothing to read, and a terminal is never read', async () => {
    expect(await readStdinIfPiped(Readable.from([Buffer.from(' \n')]))).toBeUndefined()
    expect(await readStdinIfPiped(Object.assign(endless(), {isTTY: true}))).toBeUndefined()
  })
})
