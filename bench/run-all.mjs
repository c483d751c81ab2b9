// Runs every benchmark in turn (npm run bench). Needs a build (npm run build).
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'

for (const file of readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.mjs') && !['lib.mjs', 'run-all.mjs'].includes(f))
  .sort()) {
  console.log(`\n== bench/${file}`)
  const result = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname], {stdio: 'inherit'})
  if (result.status !== 0) process.exitCode = 1
}
