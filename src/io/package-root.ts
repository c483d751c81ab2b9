import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

let cached: string | undefined

/**
 * The installed package's root (where `rules/`, `questions/` and `examples/`
 * live). Found by walking up from this module, so it works from `src/` under
 * tests and from bundled `dist/` chunks alike.
 */
export function packageRoot(): string {
  if (cached) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'rules', 'catalog')) && existsSync(join(dir, 'package.json'))) {
      cached = dir
      return dir
    }
    const parent = dirname(dir)
    if (parent === dir)
      throw new Error('edgewise: cannot find the package root (rules/catalog) above ' + fileURLToPath(import.meta.url))
    dir = parent
  }
}

export const bundledRulesDir = (): string => join(packageRoot(), 'rules')

export const bundledQuestionsDir = (): string => join(packageRoot(), 'questions')
