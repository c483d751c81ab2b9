import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

import {ROOT} from '../helpers/cli.js'

/** The README's exit-code table: code → meaning. */
function readmeTable(): Map<number, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Exit codes'))
  return new Map([...section.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map((m) => [Number(m[1]), m[2]!]))
}

/** Each command's "Exit codes: 0 …; 1 …; 2 …" line from its help text, by command name ("rules validate"). */
function helpExitCodes(): Map<string, number[]> {
  const found = new Map<string, number[]>()
  const walk = (dir: string, topic: string[]) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(join(dir, entry.name), [...topic, entry.name])
      else if (entry.name.endsWith('.ts')) {
        const line = /Exit codes: (.*)/.exec(readFileSync(join(dir, entry.name), 'utf8'))?.[1]
        if (line)
          found.set(
            [...topic, entry.name.replace(/\.ts$/, '')].join(' '),
            [...line.matchAll(/(?:^|; )(\d+) /g)].map((m) => Number(m[1])),
          )
      }
    }
  }
  walk(join(ROOT, 'src', 'commands'), [])
  return found
}

describe('README exit codes', () => {
  it('list every code a command documents in its help, and name each command that can exit 1', () => {
    const table = readmeTable()
    expect([...table.keys()]).toEqual([0, 1, 2, 130])
    const commands = helpExitCodes()
    expect(commands.size).toBeGreaterThan(8)
    for (const [command, codes] of commands) {
      for (const code of codes) expect(table.has(code), `${command} documents exit ${code}`).toBe(true)
      if (codes.includes(1))
        expect(table.get(1), `README's exit 1 row should name ${command}`).toContain(`\`${command}\``)
    }
  })
})
