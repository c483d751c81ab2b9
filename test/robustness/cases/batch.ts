import {join} from 'node:path'

import type {BadInput} from '../harness.js'
import {aliasBomb, GOOD_ADR, goodAdrs} from './documents.js'

/** One bad file must never stop a batch: exit 2, the file named, every other file still reported. */
export const BATCH_CASES: BadInput[] = [
  {name: 'an alias bomb as a profile', category: 'batch', files: {'req.yaml': `${aliasBomb()}workload: *l6\n`}, args: ['advise', '--profile', 'req.yaml'], exit: 2, names: ['req.yaml', 'alias']},
  {name: 'an alias bomb as a profile, with --json', category: 'batch', files: {'req.yaml': `${aliasBomb()}workload: *l6\n`}, args: ['advise', '--profile', 'req.yaml', '--json'], exit: 2, names: ['req.yaml', 'alias'], jsonError: true},
  {
    name: 'an alias bomb in a .yaml description among 20 documents',
    category: 'batch',
    files: {'docs/desc.yaml': `${aliasBomb()}requirements: {workload: api}\nservices: *l6\n`, ...goodAdrs(20)},
    args: ['check', 'docs', '--verbose'],
    exit: 2,
    names: ['docs/desc.yaml', 'alias'],
    stillReported: ['docs/adr-001.md', 'docs/adr-020.md', '21 files'],
  },
  {
    name: 'an alias bomb in Markdown front matter',
    category: 'batch',
    files: {'adr-2.md': `---\n${aliasBomb()}requirements: *l6\n---\n${GOOD_ADR}`, 'adr-1.md': GOOD_ADR},
    args: ['check', 'adr-2.md', 'adr-1.md', '--verbose'],
    exit: 2,
    names: ['adr-2.md', 'alias'],
    stillReported: ['adr-1.md'],
  },
  {
    name: 'an alias bomb in a question file',
    category: 'batch',
    files: {'bank/q1.md': `---\n${aliasBomb()}id: q1\n---\n\nWhich?\n\n- [x] A\n- [ ] B\n`},
    args: ['questions', 'validate', 'bank'],
    exit: 1,
    names: [join('bank', 'q1.md'), 'alias'],
  },
  {
    name: 'an alias bomb in a rules test fixture',
    category: 'batch',
    files: {'pack/tests/bomb.yaml': `${aliasBomb()}`, 'pack/tests/ok.yaml': '- name: APIs\n  profile: {workload: api}\n  expect: {notRejected: [fargate]}\n'},
    args: ['rules', 'test', 'pack'],
    exit: 2,
    names: [join('pack', 'tests', 'bomb.yaml'), 'alias'],
    stillReported: ['1 passed'],
  },
  {name: 'an alias bomb as an exam answers file', category: 'batch', files: {'answers.yaml': `${aliasBomb()}answers: *l6\n`}, args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml'], exit: 2, names: ['answers.yaml', 'alias']},
  {name: 'YAML nested 50,000 levels deep as a profile', category: 'batch', files: {'deep.yaml': `workload: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`}, args: ['advise', '--profile', 'deep.yaml'], exit: 2, names: ['deep.yaml', 'invalid YAML']},
  {
    name: 'YAML nested 50,000 levels deep in a check batch',
    category: 'batch',
    files: {'deep.yaml': `requirements: ${'{a: '.repeat(50_000)}1${'}'.repeat(50_000)}\nservices: [lambda]\n`, 'adr-1.md': GOOD_ADR},
    args: ['check', 'deep.yaml', 'adr-1.md', '--verbose'],
    exit: 2,
    names: ['deep.yaml'],
    stillReported: ['adr-1.md'],
  },
  {
    name: 'a catastrophic pattern as a service id, (a+)+$, in a description',
    category: 'batch',
    files: {'desc.yaml': `requirements: {workload: api}\nservices:\n  - "${'a'.repeat(40)}!"\n  - "(a+)+$"\n`, 'adr-1.md': GOOD_ADR},
    args: ['check', 'desc.yaml', 'adr-1.md', '--verbose'],
    exit: 2,
    names: ['desc.yaml', '(line 3)', '"(a+)+$"', 'not catalog ids'],
    stillReported: ['adr-1.md'],
  },
  {name: 'an unbalanced pattern as a service id, ((, in a JSON description', category: 'batch', files: {'desc.json': '{"requirements": {"workload": "api"},\n "services": ["(("]}\n', 'adr-1.md': GOOD_ADR}, args: ['check', 'desc.json', 'adr-1.md', '--verbose'], exit: 2, names: ['desc.json', '(line 2)', '"(("'], stillReported: ['adr-1.md']},
  {name: 'regex metacharacters in a known-looking id, lambda.*', category: 'batch', files: {'desc.yaml': 'requirements: {workload: api}\nservices: [lambda.*, "[x"]\n', 'adr-1.md': GOOD_ADR}, args: ['check', 'desc.yaml', 'adr-1.md', '--verbose'], exit: 2, names: ['desc.yaml', '"lambda.*"', '"[x"'], stillReported: ['adr-1.md']},
  {name: 'a glob with a reversed character class, [z-a]', category: 'batch', files: {'docs/adr-1.md': GOOD_ADR}, args: ['check', 'docs/[z-a].md', 'docs', '--verbose'], exit: 2, names: ['docs/[z-a].md', 'out of order'], stillReported: ['docs/adr-1.md']},
  {name: 'a glob with fifty **/ in a row over a deep tree', category: 'batch', files: {[`${'d/'.repeat(40)}adr-1.md`]: GOOD_ADR}, args: ['check', `${'**/'.repeat(50)}*.mdx`], exit: 2, names: ['no files match']},
  {name: 'a glob of thirty stars against a long file name', category: 'batch', files: {[`${'a'.repeat(200)}.md`]: GOOD_ADR}, args: ['check', `${'*a'.repeat(30)}*b.md`, '*.md', '--verbose'], exit: 2, names: ['no files match'], stillReported: [`${'a'.repeat(200)}.md`]},
]
