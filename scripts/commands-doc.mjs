// Writes docs/commands.md from the commands' own help (oclif readme), or with
// --check says whether the committed file has fallen behind (exit 1 if so).
// Run after a build: oclif reads the command classes from dist/ and the manifest.
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const target = join(root, 'docs/commands.md')
const generated = execFileSync(
  join(root, 'node_modules/.bin/oclif'),
  ['readme', '--readme-path', 'docs/commands.md', '--no-source-links', '--no-aliases', '--dry-run'],
  // No update notice; stderr only carries oclif's note that it reads dist/ rather than a tsc build.
  {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    env: {...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true'},
  },
)
const text = `${generated.replace(/^replacing <!-- commands --> in .*\n/, '').trimEnd()}\n`
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    process.stderr.write(
      "docs/commands.md is out of date with the commands' help: run `npm run build && npm run docs`.\n",
    )
    process.exit(1)
  }
} else writeFileSync(target, text)
