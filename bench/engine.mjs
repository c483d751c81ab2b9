// Engine throughput: profiles per second through json-rules-engine (what
// advise uses) and through the synchronous evaluator (check, generate), on the
// same random profiles in the same process.
import {advise, adviseSync, loadKnowledgeBase} from '../dist/index.js'

const loaded = await loadKnowledgeBase()
if (!loaded.ok) throw new Error('knowledge base invalid')
const kb = loaded.data

// A small deterministic PRNG so every run sees the same profiles.
let seed = 42
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) & 0x7f_ff_ff_ff
  return seed / 0x7f_ff_ff_ff
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)]
const profiles = Array.from({length: 2000}, () => {
  const p = {}
  if (rand() < 0.7)
    p.workload = pick([
      'edge-request-logic',
      'static-content',
      'api',
      'web-app',
      'stream-processing',
      'ml-inference',
      'batch',
      'event-driven',
      'long-running',
    ])
  if (rand() < 0.7)
    p.clients = pick(['iot-devices', 'mobile-5g', 'metro-users', 'global-viewers', 'on-premises-systems'])
  if (rand() < 0.5) p.connectivity = pick(['always', 'intermittent', 'none'])
  if (rand() < 0.5) p.interruptionTolerant = rand() < 0.5
  if (rand() < 0.5) p.executionSeconds = Math.floor(rand() * 20_000)
  if (rand() < 0.5) p.commitmentYears = pick([0, 1, 3])
  if (rand() < 0.4) p.loadPattern = pick(['steady', 'spiky', 'predictable-peaks', 'unpredictable'])
  return p
})

async function measure(name, fn) {
  for (const p of profiles.slice(0, 200)) await fn(p) // warm-up
  const start = performance.now()
  for (const p of profiles) await fn(p)
  const seconds = (performance.now() - start) / 1000
  return {name, perSecond: profiles.length / seconds}
}

const jre = await measure('advise (json-rules-engine)', (p) => advise(kb, p))
const sync = await measure('adviseSync (synchronous evaluator)', (p) => adviseSync(kb, p))
console.log(
  `engine throughput over ${profiles.length} profiles, ${kb.rules.length} rules, ${kb.catalog.length} candidates`,
)
for (const r of [jre, sync])
  console.log(
    `${r.name.padEnd(40)} ${Math.round(r.perSecond).toLocaleString('en-US').padStart(8)} profiles/s  ${(r.perSecond / jre.perSecond).toFixed(1)}× json-rules-engine`,
  )
