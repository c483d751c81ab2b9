import type {CheckDeps} from '../../src/core/check/check-document.js'

import {makeCheckDeps} from '../../src/io/check-file.js'
import {bundledKnowledge} from './knowledge.js'

/** The checker's parsers exactly as the CLI wires them, with a fixed date. */
export async function checkDeps(today = '2026-11-25'): Promise<CheckDeps> {
  return makeCheckDeps(await bundledKnowledge(), today)
}
