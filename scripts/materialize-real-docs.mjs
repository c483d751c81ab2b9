// Writes the texts a real-docs manifest points at, from local bare git mirrors:
//   node scripts/materialize-real-docs.mjs MIRRORS MANIFEST OUT
// MIRRORS holds one bare repository per source as MIRRORS/<owner>+<repo>/repo (the layout the
// search tool's fetch produces); each entry's text is `git show <commit>:<path>`, written to
// OUT/<owner>+<repo>/<as ?? path>. `as` is an optional local file name for an entry that pins an
// older commit of a path that is also in the manifest at another commit; by convention it is
// `@<first 7 hex digits of commit>/<path>`, so both versions coexist and keep their file name.
// The texts are third-party: keep OUT outside this repository.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, isAbsolute, join} from 'node:path'

const [mirrors, manifestPath, out] = process.argv.slice(2)
if (!mirrors || !manifestPath || !out) {
  console.error('usage: node scripts/materialize-real-docs.mjs MIRRORS MANIFEST OUT')
  process.exit(2)
}
let written = 0
const failed = []
for (const {repo, path, commit, as} of JSON.parse(readFileSync(manifestPath, 'utf8'))) {
  let gitDir = join(mirrors, repo.replace('/', '+'), 'repo')
  if (existsSync(join(gitDir, '.git'))) gitDir = join(gitDir, '.git')
  if (as !== undefined && (typeof as !== 'string' || isAbsolute(as) || as.split(/[\\/]/).includes('..'))) {
    failed.push(
      `${repo} ${path}: \`as\` must be a relative path inside the repository folder (got ${JSON.stringify(as)})`,
    )
    continue
  }
  try {
    const text = execFileSync('git', [`--git-dir=${gitDir}`, 'show', `${commit}:${path}`], {
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const dest = join(out, repo.replace('/', '+'), as ?? path)
    mkdirSync(dirname(dest), {recursive: true})
    writeFileSync(dest, text)
    written++
  } catch (error) {
    failed.push(
      `${repo} ${commit.slice(0, 12)}:${path}: ${
        String(error.stderr ?? error.message)
          .trim()
          .split('\n')[0]
      }`,
    )
  }
}
console.log(`${written} written to ${out}; ${failed.length} not found`)
for (const f of failed) console.log(`  ${f}`)
process.exitCode = failed.length > 0 ? 1 : 0
