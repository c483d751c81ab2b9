import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {readTextFile, readTextFileSync} from '../../src/io/read-text.js'

const dir = mkdtempSync(join(tmpdir(), 'edgewise-read-'))
const file = (name: string, content: Buffer | string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('readTextFileSync', () => {
  it('reads UTF-8 text, dropping a byte-order mark', () => {
    expect(readTextFileSync(file('a.md', '\uFEFF# Title\n\nNaïve café.\n'))).toEqual({
      ok: true,
      text: '# Title\n\nNaïve café.\n',
    })
  })

  it('reads large files intact, one after another', () => {
    const big = 'x'.repeat(200_000) + '\nend\n'
    expect(readTextFileSync(file('big.md', big))).toEqual({ok: true, text: big})
    expect(readTextFileSync(file('small.md', 'small\n'))).toEqual({ok: true, text: 'small\n'})
  })

  it('classifies what cannot be read', () => {
    expect(readTextFileSync(file('empty.md', ''))).toEqual({ok: false, failure: {kind: 'empty'}})
    expect(readTextFileSync(file('blank.md', ' \n\t\n'))).toEqual({ok: false, failure: {kind: 'empty'}})
    expect(readTextFileSync(file('bin.md', Buffer.from([0x23, 0x00, 0x01])))).toEqual({
      ok: false,
      failure: {kind: 'binary'},
    })
    expect(readTextFileSync(file('latin1.md', Buffer.from('line one\nline two caf\u00E9\n', 'latin1')))).toEqual({
      ok: false,
      failure: {kind: 'invalid-utf8', line: 2},
    })
    expect(readTextFileSync(join(dir, 'missing.md'))).toEqual({ok: false, failure: {kind: 'missing'}})
    mkdirSync(join(dir, 'folder.md'))
    expect(readTextFileSync(join(dir, 'folder.md'))).toEqual({ok: false, failure: {kind: 'directory'}})
  })

  it('stops at the limit and reports the file size', () => {
    const path = file('large.md', 'y'.repeat(150_000))
    expect(readTextFileSync(path, 100_000)).toEqual({
      ok: false,
      failure: {kind: 'too-large', bytes: 150_000, limit: 100_000},
    })
    expect(readTextFileSync(path, 10)).toEqual({ok: false, failure: {kind: 'too-large', bytes: 150_000, limit: 10}})
    expect(readTextFileSync(path, 150_000)).toEqual({ok: true, text: 'y'.repeat(150_000)})
  })
})

describe('only regular files are read', () => {
  const fifo = join(dir, 'pipe.md')
  execFileSync('mkfifo', [fifo])

  it('refuses a named pipe at once, with no writer on the other end (sync and async)', async () => {
    const refused = {ok: false, failure: {kind: 'not-regular', what: 'a named pipe (FIFO)'}}
    expect(readTextFileSync(fifo)).toEqual(refused)
    expect(await readTextFile(fifo)).toEqual(refused)
  })

  it('refuses devices that never end (/dev/zero, /dev/urandom) instead of reading them', async () => {
    expect(readTextFileSync('/dev/zero')).toEqual({
      ok: false,
      failure: {kind: 'not-regular', what: 'a character device'},
    })
    expect(await readTextFile('/dev/urandom')).toEqual({
      ok: false,
      failure: {kind: 'not-regular', what: 'a character device'},
    })
  })

  it('the async reader applies the same limit and classification as the sync one', async () => {
    const path = file('async-large.md', 'z'.repeat(2000))
    expect(await readTextFile(path, 1000)).toEqual({ok: false, failure: {kind: 'too-large', bytes: 2000, limit: 1000}})
    expect(await readTextFile(path, 2000)).toEqual({ok: true, text: 'z'.repeat(2000)})
    expect(await readTextFile(join(dir, 'nope.md'))).toEqual({ok: false, failure: {kind: 'missing'}})
    expect(await readTextFile(join(dir, 'folder.md'))).toEqual({ok: false, failure: {kind: 'directory'}})
  })
})
