import {build} from 'esbuild'
// Builds dist/ with esbuild and writes oclif.manifest.json.
// Why a bundler: Node 20 has no compile cache, and loading zod, json-rules-engine
// and our own modules as hundreds of small ESM files costs more start-up time than
// the work itself (see bench/startup.mjs). Each command becomes one entry; shared
// code and lazily imported libraries land in chunks, so `import()` stays lazy.
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname

function entries(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return entries(path)
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : []
  })
}

rmSync(join(root, 'dist'), {recursive: true, force: true})
await build({
  entryPoints: [
    ...entries(join(root, 'src/commands')),
    ...entries(join(root, 'src/workers')),
    ...entries(join(root, 'src/hooks')),
    join(root, 'src/index.ts'),
    join(root, 'src/build/write-snapshot.ts'),
  ].filter((p) => existsSync(p)),
  outdir: join(root, 'dist'),
  outbase: join(root, 'src'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // oclif and the prompt library load their own files at run time; keep them as packages.
  external: ['@oclif/core', '@inquirer/prompts', '@inquirer/core', '@oclif/plugin-not-found'],
  // CommonJS dependencies (json-rules-engine) call require() for Node built-ins.
  banner: {
    js: "import {createRequire as __edgewiseRequire} from 'node:module'; const require = __edgewiseRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
  // Smaller files parse faster; identifiers stay readable for stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
})
// Validate rules/ and store it whole, so commands skip validation at start-up.
execFileSync(process.execPath, [join(root, 'dist/build/write-snapshot.js')], {cwd: root, stdio: 'inherit'})
// The oclif dev tool checks npm for a newer version of itself on every run; a build has no use for that notice.
execFileSync(join(root, 'node_modules/.bin/oclif'), ['manifest'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {...process.env, OCLIF_SKIP_NEW_VERSION_CHECK: 'true'},
})
