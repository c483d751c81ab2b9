// How `solve` and `advise --text` do on a public, keyed question bank that edgewise has never seen
// (issue 14). The bank is third-party text: it stays outside the repository, and this script only
// scores it. Needs a build (npm run build).
//
//   node bench/public-bank.mjs FILE [--from markdown|json|…] [--list | --list-all] [--advise-list] [--json] [--no-detect]
//
// --list prints every wrong in-scope answer (--list-all: the whole bank) for a developer to read;
// --json prints the figures as JSON; --no-detect skips the slow part (running the solve CLI once per
// multi-response stem to see how many options solve itself reads from the stem).
//
// FILE is the bank as GitHub task-list Markdown (### stem, - [x] / - [ ] options) or the JSON a
// previous `edgewise questions import` wrote (format from the extension unless --from says; any
// format the importer reads works). It is read by edgewise's own importer (the CLI, as a
// user would run it), and every item is answered in process with the library's solveQuestion and
// knowledge base, as `solve` does. Without FILE (and without EDGEWISE_PUBLIC_BANK) it says so and
// exits 0, so `npm run bench` still runs the other benchmarks.
// Exit codes: 0 measured (or skipped: no bank given); 2 the bank cannot be read or imported.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {cleanEnv, ROOT} from './lib.mjs'

/**
 * What puts a question in scope, besides the catalog's own aliases (added at run time): terms for
 * compute placement, compute pricing and purchasing, scaling and load balancing, including those the
 * catalog does not hold. Matched like catalog aliases: terms of three characters or fewer exactly
 * (case matters: "ALB", not "alb" inside a word), longer ones ignoring case; a space also matches a
 * hyphen or no space ("Auto Scaling", "auto-scaling", "AutoScaling").
 */
const SCOPE_TERMS_BEYOND_CATALOG = {
  'load balancing': [
    'load balancer',
    'load balancers',
    'load balancing',
    'Elastic Load Balancing',
    'Application Load Balancer',
    'Network Load Balancer',
    'Gateway Load Balancer',
    'Classic Load Balancer',
    'ELB',
    'ALB',
    'ALBs',
    'NLB',
    'NLBs',
    'CLB',
    'GWLB',
    'target group',
    'target groups',
  ],
  scaling: [
    'Auto Scaling',
    'auto scaled',
    'scaling policy',
    'scaling policies',
    'step scaling',
    'simple scaling',
    'scheduled scaling',
    'target tracking',
    'launch template',
    'launch templates',
    'launch configuration',
    'launch configurations',
  ],
  purchasing: [
    'Spot',
    'Reserved',
    'Savings Plan',
    'Savings Plans',
    'On Demand',
    'Dedicated Instance',
    'Dedicated Instances',
    'Dedicated Host',
    'Dedicated Hosts',
    'dedicated tenancy',
    'Capacity Reservation',
    'Capacity Reservations',
  ],
  compute: [
    'Fargate',
    'Lambda',
    'ECS',
    'EKS',
    'Elastic Container Service',
    'Elastic Kubernetes Service',
    'Elastic Beanstalk',
    'AWS Batch',
    'placement group',
    'placement groups',
    'instance type',
    'instance types',
    'instance family',
    'instance families',
    'compute optimized',
    'memory optimized',
    'storage optimized',
    'accelerated computing',
    'burstable',
    'Graviton',
  ],
}
/** EC2 instance types ("m5.large", "c6g.2xlarge", "p3dn.24xlarge") also count as scope terms. */
const INSTANCE_TYPE = /(?<![\w.])[a-z]{1,3}\d[a-z\d-]*\.(?:nano|micro|small|medium|large|metal|\d*xlarge)(?![\w.])/i
/**
 * The rule: an item is in scope when at least this many of its options name a scope term. One option
 * naming Lambda among storage answers is not a compute question; two or more compare compute choices.
 */
const MIN_SCOPE_OPTIONS = 2
/** "Choose two", "(Choose 2 answers)", "Select TWO", "pick any three": the stem asks for N options. */
const STATED_CHOOSE = /\b(?:choose|select|pick|mark)\s+(?:any\s+|the\s+|exactly\s+)?(two|three|four|five|[2-5])\b/i
const NUMBER_WORDS = {two: 2, three: 3, four: 4, five: 5}

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(name)
const fromAt = argv.indexOf('--from')
const from = fromAt === -1 ? undefined : argv[fromAt + 1]
const file =
  argv.find((a, i) => !a.startsWith('--') && (fromAt < 0 || i !== fromAt + 1)) ?? process.env.EDGEWISE_PUBLIC_BANK
const fail = (message) => {
  process.stderr.write(`public-bank: ${message}\n`)
  process.exit(2)
}
if (file === undefined) {
  console.log('skipped: no bank given (node bench/public-bank.mjs FILE, or set EDGEWISE_PUBLIC_BANK)')
  process.exit(0)
}
if (!existsSync(file)) fail(`${file} does not exist; pass the bank's README.md or a JSON import of it`)
const format = from ?? (/\.json$/i.test(file) ? 'json' : 'markdown')

const started = performance.now()
const cli = (args, input) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
    input: input ?? '',
    maxBuffer: 1 << 28,
  })

function importBank() {
  const dir = mkdtempSync(join(tmpdir(), 'edgewise-bank-'))
  try {
    const out = join(dir, 'bank.json')
    const run = cli(['questions', 'import', file, '--from', format, '-o', out])
    // 1 = some questions skipped (the importer lists them on stderr); the others are still usable.
    if (run.status !== 0 && run.status !== 1)
      fail(`edgewise could not import ${file} as ${format} (exit ${run.status}):\n${run.stderr}`)
    return {questions: JSON.parse(readFileSync(out, 'utf8')), importNote: run.stderr.trim().split('\n').at(-1)}
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

if (!existsSync(join(ROOT, 'dist/index.js'))) fail('there is no build in dist/; run npm run build first')
const {adviseSync, extractProfile, loadKnowledgeBase, solveQuestion} = await import('../dist/index.js')
const loaded = await loadKnowledgeBase()
if (!loaded.ok) fail('the bundled knowledge base does not load; run npm run build')
const kb = loaded.data
const {questions, importNote} = importBank()

const escape = (s) => s.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`)
const termPattern = (term) =>
  term
    .split(/[\s-]+/)
    .map(escape)
    .join(String.raw`[\s-]*`)
const source = (list) => `(?<![\\w@])(?:${list.map(termPattern).join('|')})(?![\\w@])`
function scopeMatcher() {
  const catalogAliases = kb.catalog.flatMap((e) => [
    e.name,
    ...e.aliases,
    ...(e.variants ?? []).flatMap((v) => [v.name, ...v.aliases]),
  ])
  const terms = [...new Set([...catalogAliases, ...Object.values(SCOPE_TERMS_BEYOND_CATALOG).flat()])].sort(
    (a, b) => b.length - a.length,
  )
  const caseless = new RegExp(source(terms.filter((t) => t.length > 3)), 'i')
  const exact = new RegExp(source(terms.filter((t) => t.length <= 3)))
  return {
    count: terms.length,
    firstTerm: (text) => (caseless.exec(text) ?? exact.exec(text) ?? INSTANCE_TYPE.exec(text))?.[0],
  }
}
const scope = scopeMatcher()

const letter = (i) => String.fromCodePoint(65 + i)
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x))
const squash = (term) => term.toLowerCase().replaceAll(/[\s-]+/g, '')
const GROUP_OF_TERM = new Map(
  Object.entries(SCOPE_TERMS_BEYOND_CATALOG).flatMap(([group, terms]) => terms.map((t) => [squash(t), group])),
)
/**
 * The catalog services an option names (as solve read it); else the scope term outside the catalog
 * it names: the term itself in --list, its group ("other:load balancing") in the confusion table.
 */
function serviceLabel(verdicts, letters, grouped = false) {
  const labels = letters.map((l) => {
    const v = verdicts.find((o) => o.letter === l)
    if (!v) return '?'
    if (v.services.length > 0) return [...new Set(v.services.map((s) => s.service))].join('+')
    const term = scope.firstTerm(v.text)
    if (term === undefined) return '(none)'
    const group =
      GROUP_OF_TERM.get(squash(term)) ?? (INSTANCE_TYPE.test(term) ? 'compute' : 'catalog alias solve missed')
    return `other:${grouped ? group : term.toLowerCase()}`
  })
  return [...new Set(labels)].sort().join(' & ')
}

const items = questions.map((q, index) => {
  const options = q.options.map((o) => o.text)
  const key = q.options.flatMap((o, i) => (o.correct ? [letter(i)] : []))
  const solution = solveQuestion(kb, {stem: q.stem, options, choose: key.length})
  const abstained = solution.abstained === true || solution.answer.length === 0
  const uncertain = solution.uncertain !== null && solution.uncertain !== undefined
  const right = !abstained && sameSet(solution.answer, key)
  const stated = STATED_CHOOSE.exec(q.stem)?.[1]?.toLowerCase()
  return {
    number: index + 1,
    q,
    options,
    key,
    solution,
    answer: solution.answer,
    abstained,
    uncertain,
    right,
    // Baseline: the first N options, where N is the number keyed.
    firstRight: sameSet(
      key,
      key.map((_, i) => letter(i)),
    ),
    chance: 1 / combinations(options.length, key.length),
    inScope: options.filter((o) => scope.firstTerm(o) !== undefined).length >= MIN_SCOPE_OPTIONS,
    statedChoose: stated === undefined ? undefined : (NUMBER_WORDS[stated] ?? Number(stated)),
    keyedService: serviceLabel(solution.options, key),
    keyedNamesCatalog: solution.options.some((o) => key.includes(o.letter) && o.services.length > 0),
    chosenService: abstained ? '(abstained)' : serviceLabel(solution.options, solution.answer),
    // For the confusion table: the keyed options solve missed against the ones it chose instead.
    missedService: serviceLabel(
      solution.options,
      key.filter((l) => !solution.answer.includes(l)),
      true,
    ),
    extraService: abstained
      ? '(abstained)'
      : serviceLabel(
          solution.options,
          solution.answer.filter((l) => !key.includes(l)),
          true,
        ),
  }
})

function combinations(n, k) {
  let c = 1
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1)
  return c
}

const pct = (n, d) => (d === 0 ? null : Math.round((1000 * n) / d) / 10)
const count = (list) => list.length
const share = (n, d) =>
  `${String(n).padStart(4)} / ${String(d).padEnd(4)} ${pct(n, d) === null ? '   -' : `${pct(n, d).toFixed(1).padStart(5)}%`}`
function figures(set) {
  const answered = set.filter((i) => !i.abstained)
  const sure = answered.filter((i) => !i.uncertain)
  const wrong = set.filter((i) => !i.right)
  const pairs = new Map()
  for (const i of wrong) {
    const pair = `${i.missedService} -> ${i.extraService}`
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  return {
    items: set.length,
    multiResponse: count(set.filter((i) => i.key.length > 1)),
    answered: count(answered),
    rightWhenAnswering: count(answered.filter((i) => i.right)),
    abstained: count(set.filter((i) => i.abstained)),
    markedUncertain: count(set.filter((i) => i.uncertain)),
    answeredNotUncertain: count(sure),
    rightWhenNotUncertain: count(sure.filter((i) => i.right)),
    rightOverall: count(set.filter((i) => i.right)),
    firstOptionBaseline: count(set.filter((i) => i.firstRight)),
    chanceBaseline: Math.round(set.reduce((sum, i) => sum + i.chance, 0) * 10) / 10,
    keyedNamesCatalogService: count(set.filter((i) => i.keyedNamesCatalog)),
    confusion: [...pairs]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 15)
      .map(([pair, n]) => ({pair, n})),
  }
}

/** What `solve` itself reads as N from the stem: the CLI on the stem and lettered options, --json. */
function solveReadsChoose(item) {
  const text = `${item.q.stem}\n\n${item.options.map((o, i) => `${letter(i)}. ${o}`).join('\n')}\n`
  const run = cli(['solve', '-', '--json'], text)
  try {
    return JSON.parse(run.stdout).choose
  } catch {
    return undefined
  }
}
function chooseDetection() {
  // Only stems that state N or are keyed multi-response can be read as N > 1 by any sensible reader;
  // running the CLI on all of them (about a third of a second each) is enough.
  const candidates = items.filter((i) => i.statedChoose !== undefined || i.key.length > 1)
  const read = candidates.map((i) => ({i, solveReads: solveReadsChoose(i)}))
  const multi = read.filter((r) => r.i.key.length > 1)
  return {
    stemsStatingN: candidates.filter((i) => i.statedChoose !== undefined).length,
    stemsStatingNMatchingKey: candidates.filter((i) => i.statedChoose === i.key.length).length,
    keyedMultiResponse: multi.length,
    keyedMultiResponseStatingN: multi.filter((r) => r.i.statedChoose !== undefined).length,
    solveReadsKeyedN: multi.filter((r) => r.solveReads === r.i.key.length).length,
    solveReadsOneOnMultiResponse: multi.filter((r) => r.solveReads === 1).length,
    solveReadsNOnSingle: read.filter((r) => r.i.key.length === 1 && r.solveReads > 1).length,
    solveUnreadable: read.filter((r) => r.solveReads === undefined).length,
  }
}

function advisorHits(set) {
  let primaryIsKeyed = 0
  let trackPrimaryIsKeyed = 0
  let noPrimary = 0
  const missed = []
  for (const i of set) {
    const advice = adviseSync(kb, extractProfile(i.q.stem, kb.lexicon).profile)
    if (advice.primary === null) noPrimary++
    const keyed = new Set(
      i.solution.options.filter((o) => i.key.includes(o.letter)).flatMap((o) => o.services.map((s) => s.service)),
    )
    if (advice.primary !== null && keyed.has(advice.primary)) primaryIsKeyed++
    // advise answers two questions, each with its own primary: where it runs and how to pay for it.
    if ([advice.compute.primary, advice.purchasing.primary].some((p) => p !== null && keyed.has(p)))
      trackPrimaryIsKeyed++
    else if (i.keyedNamesCatalog)
      missed.push({
        number: i.number,
        keyed: [...keyed],
        runsOn: advice.compute.primary,
        paysWith: advice.purchasing.primary,
        stem: i.q.stem.slice(0, 110),
      })
  }
  return {
    stems: set.length,
    keyedNamesCatalogService: set.filter((i) => i.keyedNamesCatalog).length,
    primaryIsKeyed,
    trackPrimaryIsKeyed,
    noPrimary,
    missed,
  }
}

const inScope = items.filter((i) => i.inScope)
const report = {
  bank: {
    file,
    format,
    questions: items.length,
    multiResponse: items.filter((i) => i.key.length > 1).length,
    importer: importNote,
  },
  scopeRule: `at least ${MIN_SCOPE_OPTIONS} options name one of ${scope.count} terms (catalog aliases + SCOPE_TERMS_BEYOND_CATALOG) or an EC2 instance type`,
  resultHasAbstained: items.some((i) => 'abstained' in i.solution),
  inScope: figures(inScope),
  wholeBank: figures(items),
  choose: flag('--no-detect') ? null : chooseDetection(),
  advisorInScope: advisorHits(inScope),
  seconds: 0,
}
report.seconds = Math.round((performance.now() - started) / 100) / 10

if (flag('--json')) {
  console.log(JSON.stringify(report, null, 2))
} else {
  printReport(report)
  if (flag('--list') || flag('--list-all')) printWrong(flag('--list-all') ? items : inScope)
  if (flag('--advise-list')) printAdvisorMisses(report.advisorInScope.missed)
  console.log(`\ntime: ${report.seconds} s`)
}

/** The in-scope stems whose keyed option names a catalog service that neither advise track put first. */
function printAdvisorMisses(missed) {
  console.log(`\n${missed.length} stems where neither advise primary is the keyed catalog service:`)
  for (const m of missed) {
    console.log(
      `#${m.number} keyed ${m.keyed.join('+')}; runs on ${m.runsOn ?? '-'}, pays ${m.paysWith ?? '-'} | ${m.stem}`,
    )
  }
}

function printReport(r) {
  console.log(
    `bank: ${r.bank.file} (${r.bank.format}): ${r.bank.questions} questions, ${r.bank.multiResponse} multi-response; importer: ${r.bank.importer}`,
  )
  console.log(`in scope: ${r.scopeRule}`)
  console.log(
    `solve result has an "abstained" field: ${r.resultHasAbstained ? 'yes' : 'no (abstained = no letter given)'}`,
  )
  const rows = [
    ['items', (f) => `${String(f.items).padStart(4)}  (${f.multiResponse} multi-response)`],
    ['answered (a letter, not abstained)', (f) => share(f.answered, f.items)],
    ['  right when answering', (f) => share(f.rightWhenAnswering, f.answered)],
    ['abstained', (f) => share(f.abstained, f.items)],
    ['marked uncertain (uncertain != null)', (f) => share(f.markedUncertain, f.items)],
    ['answered, not marked uncertain', (f) => share(f.answeredNotUncertain, f.items)],
    ['  right when not marked uncertain', (f) => share(f.rightWhenNotUncertain, f.answeredNotUncertain)],
    ['right overall', (f) => share(f.rightOverall, f.items)],
    ['baseline: always the first N options', (f) => share(f.firstOptionBaseline, f.items)],
    ['baseline: chance (expected)', (f) => share(f.chanceBaseline, f.items)],
    ['keyed option names a catalog service', (f) => share(f.keyedNamesCatalogService, f.items)],
  ]
  console.log(`\n${''.padEnd(40)}${'in scope'.padEnd(28)}whole bank`)
  for (const [label, cell] of rows) console.log(`${label.padEnd(40)}${cell(r.inScope).padEnd(28)}${cell(r.wholeBank)}`)
  for (const [name, f] of [
    ['in scope', r.inScope],
    ['whole bank', r.wholeBank],
  ]) {
    console.log(
      `\nwrong answers, service of the keyed option missed -> service of the option chosen instead (${name}, top 15):`,
    )
    for (const {pair, n} of f.confusion) console.log(`  ${String(n).padStart(3)}  ${pair}`)
  }
  if (r.choose) {
    const c = r.choose
    console.log(
      `\nchoose N: ${c.stemsStatingN} stems state N in some spelling (${c.stemsStatingNMatchingKey} agree with the key); ${c.keyedMultiResponse} keyed multi-response, ${c.keyedMultiResponseStatingN} of them state N`,
    )
    console.log(
      `  solve's own reading (CLI --json "choose"): keyed N on ${c.solveReadsKeyedN} / ${c.keyedMultiResponse} multi-response; 1 on ${c.solveReadsOneOnMultiResponse}; N > 1 on ${c.solveReadsNOnSingle} single-answer items; unreadable ${c.solveUnreadable}`,
    )
  }
  const a = r.advisorInScope
  console.log(
    `\nadvise --text on in-scope stems: primary is the keyed option's catalog service on ${share(a.primaryIsKeyed, a.stems)} of stems (${a.primaryIsKeyed} / ${a.keyedNamesCatalogService} where the keyed option names a catalog service); no primary on ${a.noPrimary}\n  either track's primary (where it runs, how to pay) is the keyed option's catalog service on ${share(a.trackPrimaryIsKeyed, a.stems)} of stems`,
  )
}

function printWrong(set) {
  const wrong = set.filter((i) => !i.right)
  console.log(`\n${wrong.length} wrong answers (? = marked uncertain, - = abstained):`)
  for (const i of wrong) {
    const mark = i.abstained ? '-' : i.uncertain ? '?' : ' '
    const stem = i.q.stem.replaceAll(/\s+/g, ' ').slice(0, 120)
    console.log(
      `#${String(i.number).padEnd(4)}${mark} key ${i.key.join('').padEnd(3)} answer ${(i.answer.join('') || '-').padEnd(3)} ${i.keyedService} -> ${i.chosenService} | ${stem}`,
    )
  }
}
