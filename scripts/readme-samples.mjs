// Keeps the README's sample output true: every ```text block that starts with
// `$ edgewise …` is run (NO_COLOR, 100 columns) and compared with what the README
// shows. A line `...` (at any indent) ends a sample that shows only the start of the
// output. Default: rewrite the samples in place; --check: exit 1 and name the stale
// ones. Run after a build (`npm run build`).
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const readmePath = join(root, 'README.md')
const readme = readFileSync(readmePath, 'utf8')

/** `edgewise advise --text "a b"` → ['advise', '--text', 'a b'] (double quotes only, as the README uses). */
function words(command) {
  const out = []
  for (const match of command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g))
    out.push(match[1] === undefined ? match[2] : match[1].replaceAll(/\\(.)/g, '$1'))
  return out
}

function run(command) {
  const [bin, ...args] = words(command)
  if (bin !== 'edgewise') throw new Error(`README sample runs "${bin}", not edgewise: ${command}`)
  try {
    return execFileSync(process.execPath, [join(root, 'bin/run.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1', COLUMNS: '100', FORCE_COLOR: ''},
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (error) {
    // check exits 1 on findings: the sample shows that output all the same.
    if (typeof error.stdout === 'string') return error.stdout
    throw error
  }
}

/** The sample as it should read: the output in full, or its first lines and the `...` line. */
function expected(shown, actual) {
  const ellipsis = shown.findIndex((line) => line.trim() === '...')
  const lines = actual
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.trimEnd())
  return ellipsis === -1 ? lines : [...lines.slice(0, ellipsis), shown[ellipsis]]
}

const stale = []
const updated = readme.replaceAll(/```text\n(\$ edgewise [\s\S]*?)```/g, (block, body) => {
  const lines = body.replace(/\n$/, '').split('\n')
  const out = []
  for (let i = 0; i < lines.length;) {
    const command = lines[i].slice(2)
    let end = i + 1
    while (end < lines.length && !lines[end].startsWith('$ edgewise ')) end++
    const shown = lines.slice(i + 1, end)
    const want = expected(shown, run(command))
    if (want.join('\n') !== shown.join('\n')) stale.push(command)
    out.push(lines[i], ...want)
    i = end
  }
  return `\`\`\`text\n${out.join('\n')}\n\`\`\``
})

if (process.argv.includes('--check')) {
  if (stale.length > 0) {
    process.stderr.write(
      `README samples out of date (run \`npm run build && npm run readme\`):\n${stale.map((c) => `  $ ${c}`).join('\n')}\n`,
    )
    process.exit(1)
  }
} else if (updated !== readme) writeFileSync(readmePath, updated)
