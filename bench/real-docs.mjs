// Scores `edgewise check` on design documents written by other people.
//
//   node bench/real-docs.mjs DIR MANIFEST [--list]
//
// MANIFEST is a JSON array of {repo, path, commit, as?, ...}; each entry's text is read from
// DIR/<owner>+<repo>/<as ?? path>, where `as` names the local copy of an older commit of a path
// that is also in the manifest (see scripts/materialize-real-docs.mjs). The texts are third-party
// and live outside the repository; see bench/data/README.md. A labelled manifest (entries with
// `label`) gets precision and recall figures; an unlabelled one (the bulk set) gets states,
// finding counts and timing only.
// It is a measurement, not a test: it always exits 0 once it has run (2 on a usage error).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative, resolve} from 'node:path'

import {cleanEnv, ROOT} from './lib.mjs'

const args = process.argv.slice(2)
const LIST = args.includes('--list')
const [dirArg, manifestArg] = args.filter((a) => a !== '--list')
if (!dirArg || !manifestArg) {
  console.log(
    'usage: node bench/real-docs.mjs DIR MANIFEST [--list]  (needs the texts outside the repository; nothing measured)',
  )
  process.exit(dirArg ? 2 : 0)
}
const DIR = resolve(dirArg)
let manifest
try {
  manifest = JSON.parse(readFileSync(manifestArg, 'utf8'))
  if (!Array.isArray(manifest)) throw new Error('not a JSON array')
} catch (error) {
  console.error(
    `${manifestArg}: cannot read the manifest (${error.message}); give a JSON array of {repo, path, commit}`,
  )
  process.exit(2)
}
const labelled = manifest.some((e) => e.label)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

// ---- files ---------------------------------------------------------------------------------
const docs = []
const missing = []
for (const entry of manifest) {
  const file = join(DIR, entry.repo.replace('/', '+'), entry.as ?? entry.path)
  if (existsSync(file)) docs.push({...entry, file})
  else missing.push(file)
}
if (missing.length > 0)
  console.log(`${missing.length} manifest entries have no file under ${DIR} (first: ${missing[0]})`)
if (docs.length === 0) {
  console.log('no documents to check')
  process.exit(0)
}

// The CLI is given files relative to the repository root; argument lists are split to stay far
// below ARG_MAX, so a very large manifest costs a few CLI starts instead of one.
const relFiles = docs.map((d) => relative(ROOT, d.file))
const batches = []
for (let batch = [], i = 0, size = 0; i < relFiles.length; i++) {
  batch.push(relFiles[i])
  size += relFiles[i].length + 1
  if (size > 100_000 || i === relFiles.length - 1) {
    batches.push(batch)
    batch = []
    size = 0
  }
}

const work = mkdtempSync(join(tmpdir(), 'edgewise-real-docs-'))
const runCheck = () => {
  const start = performance.now()
  const reports = batches.map((batch, i) => {
    const out = join(work, `report-${i}.json`)
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/run.js'), 'check', '--format', 'json', '--fail-on', 'never', '--output', out, ...batch],
      {cwd: ROOT, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 28},
    )
    if (run.status !== 0)
      throw new Error(`edgewise check exited ${run.status}: ${(run.stderr || run.stdout).slice(0, 2000)}`)
    return JSON.parse(readFileSync(out, 'utf8'))
  })
  return {ms: performance.now() - start, documents: reports.flatMap((r) => r.documents ?? [])}
}

// Baseline: a plain node process that reads the same files and runs marked.lexer over each.
const listFile = join(work, 'files.json')
writeFileSync(listFile, JSON.stringify(docs.map((d) => d.file)))
const lexScript = join(work, 'lex.mjs')
writeFileSync(
  lexScript,
  `import {readFileSync} from 'node:fs'\nconst {marked} = await import(${JSON.stringify(import.meta.resolve('marked'))})\nfor (const f of JSON.parse(readFileSync(process.argv[2], 'utf8'))) marked.lexer(readFileSync(f, 'utf8'))\n`,
)
const runLexer = () => {
  const start = performance.now()
  const run = spawnSync(process.execPath, [lexScript, listFile], {cwd: ROOT, env: cleanEnv(), encoding: 'utf8'})
  if (run.status !== 0) throw new Error(`marked.lexer baseline exited ${run.status}: ${run.stderr.slice(0, 2000)}`)
  return performance.now() - start
}

let report
const checkMs = []
const lexMs = []
try {
  for (let round = 0; round < ROUNDS; round++) {
    lexMs.push(runLexer())
    const run = runCheck()
    checkMs.push(run.ms)
    report ??= run.documents
  }
} catch (error) {
  console.log(`measurement failed: ${error.message}`)
  rmSync(work, {recursive: true, force: true})
  process.exit(0)
}
rmSync(work, {recursive: true, force: true})

// ---- states --------------------------------------------------------------------------------
const byFile = new Map(report.map((d) => [resolve(ROOT, d.file), d]))
for (const d of docs) d.report = byFile.get(d.file)

/** The state the report gives a document, read defensively: older reports know only checked/error/skipped. */
function stateOf(r) {
  if (!r) return 'absent from report'
  if (r.status === 'skipped' || r.skipped) return 'skipped'
  if (r.status === 'error') return 'error'
  if (r.status === 'not-judged' || r.notJudged) return `not judged: ${r.notJudged?.reason ?? 'no reason given'}`
  return (r.chosen ?? []).length > 0 ? 'judged' : 'shown ✓, nothing judged'
}
const expectedState = (d) =>
  d.inactive ? 'skipped' : d.label === 'sound' || d.label === 'flawed' ? 'judged' : 'not judged'
const matches = (expected, actual) =>
  actual === expected || (expected === 'not judged' && actual.startsWith('not judged'))

const count = (xs, key) => {
  const counts = new Map()
  for (const x of xs) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1)
  return counts
}
const table = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`)
    .join('\n')
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : 'n/a')
const findingsOf = (d) => d.report?.findings ?? []
const serious = (f) => f.severity === 'error' || f.severity === 'warning'
const line = (d, f) => `${relative(DIR, d.file)}:${f.line ?? '?'}  ${f.severity} ${f.ruleId}  [${f.service}]`

console.log(
  `${docs.length} documents from ${new Set(docs.map((d) => d.repo)).size} repositories (${batches.length} CLI run${batches.length > 1 ? 's' : ''} per round)`,
)
console.log('states:')
console.log(table(count(docs, (d) => stateOf(d.report))))

if (labelled) {
  const right = (d, f) =>
    d.label === 'flawed' &&
    (d.expected ?? []).some((e) => e.service === f.service && (!e.rules?.length || e.rules.includes(f.ruleId)))
  const all = docs.flatMap((d) =>
    findingsOf(d)
      .filter(serious)
      .map((f) => ({d, f, right: right(d, f)})),
  )
  const nRight = all.filter((x) => x.right).length
  console.log(`\nfindings at warning/error: ${all.length}; right ${nRight} (${pct(nRight, all.length)})`)
  for (const label of ['sound', 'out-of-scope', 'not-a-record']) {
    const hit = docs.filter((d) => d.label === label && findingsOf(d).some(serious))
    const n = hit.reduce((s, d) => s + findingsOf(d).filter(serious).length, 0)
    console.log(
      `errors+warnings on ${label} documents: ${hit.length} of ${docs.filter((d) => d.label === label).length} documents, ${n} findings`,
    )
  }
  const flawed = docs.filter((d) => d.label === 'flawed' && !d.inactive)
  const caught = flawed.filter((d) => findingsOf(d).some((f) => serious(f) && right(d, f)))
  console.log(`flawed documents with a right finding: ${caught.length}/${flawed.length}`)
  const noted = docs.filter((d) => d.label === 'sound' && findingsOf(d).some((f) => f.severity === 'note'))
  console.log(
    `notes on sound documents: ${noted.length} documents, ${noted.reduce((s, d) => s + findingsOf(d).filter((f) => f.severity === 'note').length, 0)} notes`,
  )

  // Choice extraction: the catalog ids the report says are chosen versus the labelled ones.
  let chosenMissed = 0
  let chosenRight = 0
  let chosenWrong = 0
  const wrongChoices = []
  for (const d of docs.filter((x) => !x.inactive && x.report)) {
    const got = new Set((d.report.chosen ?? []).map((c) => c.service))
    const want = new Set(d.chosen ?? [])
    for (const s of got) {
      if (want.has(s)) chosenRight++
      else {
        chosenWrong++
        wrongChoices.push(
          `${relative(DIR, d.file)}:${d.report.chosen.find((c) => c.service === s)?.line ?? '?'}  read as chosen: ${s}${(d.rejected ?? []).includes(s) ? ' (labelled rejected)' : ''}`,
        )
      }
    }
    for (const s of want) if (!got.has(s)) chosenMissed++
  }
  console.log(
    `chosen services read: ${chosenRight} right, ${chosenWrong} not chosen by the document, ${chosenMissed} missed`,
  )

  console.log('\nstate versus expected (expected -> actual):')
  const pairs = count(docs, (d) => `${expectedState(d)} -> ${stateOf(d.report)}`)
  console.log(table(pairs))
  const ok = docs.filter((d) => matches(expectedState(d), stateOf(d.report))).length
  console.log(`state as expected: ${ok}/${docs.length}`)

  if (LIST) {
    console.log('\nwrong findings (warning/error):')
    for (const x of all.filter((y) => !y.right))
      console.log(
        `  ${line(x.d, x.f)} (${x.d.label})\n      ${x.f.message?.slice(0, 200) ?? ''}${x.f.requirement?.quote ? `\n      read from: "${x.f.requirement.quote}" (line ${x.f.requirement.line})` : ''}`,
      )
    console.log('\nmissed flawed documents:')
    for (const d of flawed.filter((x) => !caught.includes(x)))
      for (const e of d.expected ?? [])
        console.log(
          `  ${relative(DIR, d.file)}  [${e.service}] ${(e.rules ?? []).join('|') || 'any rule'}  ${e.why ?? ''}`,
        )
    console.log('\nnotes on sound documents:')
    for (const d of noted)
      for (const f of findingsOf(d).filter((g) => g.severity === 'note')) console.log(`  ${line(d, f)}`)
    console.log('\nservices read as chosen that the document does not choose:')
    for (const w of wrongChoices) console.log(`  ${w}`)
    console.log('\nstates other than expected:')
    for (const d of docs.filter((x) => !matches(expectedState(x), stateOf(x.report))))
      console.log(
        `  ${relative(DIR, d.file)}  expected ${expectedState(d)}, got ${stateOf(d.report)} (${d.label}${d.inactive ? ', inactive' : ''}, ${d.language})`,
      )
  }
} else {
  const all = docs.flatMap((d) => findingsOf(d))
  console.log(`\nfindings by severity:`)
  console.log(table(count(all, (f) => f.severity)))
  console.log('findings by rule:')
  console.log(table(count(all, (f) => `${f.severity} ${f.ruleId}`)))
  if (LIST) for (const d of docs) for (const f of findingsOf(d).filter(serious)) console.log(`  ${line(d, f)}`)
}

const s = (ms) => (ms / 1000).toFixed(2)
const best = (xs) => Math.min(...xs)
console.log(`\ntiming, best of ${ROUNDS} (each spawned as its own node process):`)
console.log(`  marked.lexer over the same files  ${s(best(lexMs))} s  (all: ${lexMs.map(s).join(', ')})`)
console.log(`  edgewise check                    ${s(best(checkMs))} s  (all: ${checkMs.map(s).join(', ')})`)
console.log(`  ratio                             ${(best(checkMs) / best(lexMs)).toFixed(2)}× marked.lexer`)
