import type {BadInput} from '../harness.js'
import {GOOD_ADR, goodAdrs} from './documents.js'

const ONE_LINE_LAMBDA = '{"title": "Nightly export", "requirements": {"workload": "batch", "executionSeconds": 7200}, "services": ["lambda"]}\n'

/** Data that was lost or silently missed. */
export const DATA_LOSS_CASES: BadInput[] = [
  {name: 'a one-line JSON description found by walking a folder', category: 'data-loss', files: {'docs/export.json': ONE_LINE_LAMBDA, ...goodAdrs(3)}, args: ['check', 'docs'], exit: 1, names: ['docs/export.json', 'lambda.max-timeout', '4 files']},
  {name: 'a one-line flow-style YAML description found by walking', category: 'data-loss', files: {'docs/export.yaml': '{requirements: {workload: batch, executionSeconds: 7200}, services: [lambda]}\n', 'docs/adr-1.md': GOOD_ADR}, args: ['check', 'docs'], exit: 1, names: ['docs/export.yaml', 'lambda.max-timeout']},
  {name: 'a broken one-line JSON description found by walking is reported, not skipped', category: 'data-loss', files: {'docs/export.json': '{"requirements": {"workload": "batch"}, "services": ["lambda"],}\n', 'docs/adr-1.md': GOOD_ADR}, args: ['check', 'docs', '--verbose'], exit: 2, names: ['docs/export.json', 'invalid JSON'], stillReported: ['docs/adr-1.md']},
]
