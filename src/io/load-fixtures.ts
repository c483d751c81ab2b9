import {join} from 'node:path'

import type {Problem} from '../core/validation/problem.js'

import {type RuleFixture, RuleFixtureFileSchema} from '../core/knowledge/fixture.js'
import {issuesToProblems, parseReporting} from '../core/validation/zod-issues.js'
import {listDataFiles, readDataFiles} from './load-documents.js'

/** Loads every fixture file in DIR/tests (YAML or JSON); bad files are reported and skipped. */
export async function loadFixtures(
  packDir: string,
): Promise<{fixtures: {file: string; fixture: RuleFixture}[]; problems: Problem[]}> {
  const files = await listDataFiles(join(packDir, 'tests'), ['.yaml', '.yml', '.json'])
  const {documents, problems} = await readDataFiles(files)
  const fixtures: {file: string; fixture: RuleFixture}[] = []
  for (const doc of documents) {
    const parsed = parseReporting(RuleFixtureFileSchema, doc.value)
    if (!parsed.success) {
      for (const problem of issuesToProblems(doc.file, parsed.error.issues)) problems.push(problem)
      continue
    }
    for (const [i, fixture] of parsed.data.entries()) {
      if ((fixture.profile === undefined) === (fixture.text === undefined))
        problems.push({file: doc.file, path: `[${i}]`, message: 'give exactly one of "profile" or "text"'})
      else fixtures.push({file: doc.file, fixture})
    }
  }
  return {fixtures, problems}
}
