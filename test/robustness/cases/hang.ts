import {join} from 'node:path'

import {ROOT} from '../../helpers/cli.js'
import type {BadInput} from '../harness.js'
import {GOOD_ADR} from './documents.js'

const MB = 1024 * 1024

/** Inputs that once hung edgewise or grew its memory without bound: non-regular files and oversized inputs. */
export const HANG_CASES: BadInput[] = [
  {name: 'a FIFO as --profile', category: 'hang', files: {'req.yaml': {fifo: true}}, args: ['advise', '--profile', 'req.yaml'], exit: 2, names: ['req.yaml', 'named pipe']},
  {name: '/dev/zero as --profile', category: 'hang', args: ['advise', '--profile', '/dev/zero'], exit: 2, names: ['/dev/zero', 'character device']},
  {name: '/dev/urandom as --profile', category: 'hang', args: ['advise', '--profile', '/dev/urandom'], exit: 2, names: ['/dev/urandom', 'not a regular file']},
  {name: '/dev/zero on stdin to advise', category: 'hang', args: ['advise'], stdin: {path: '/dev/zero'}, exit: 2, names: ['standard input', '10 MB limit']},
  {name: '/dev/urandom on stdin to solve', category: 'hang', args: ['solve'], stdin: {path: '/dev/urandom'}, exit: 2, names: ['standard input', '10 MB limit']},
  {name: '/dev/zero on stdin to solve -', category: 'hang', args: ['solve', '-'], stdin: {path: '/dev/zero'}, exit: 2, names: ['standard input']},
  {name: 'a FIFO as the question file of solve', category: 'hang', files: {'q.md': {fifo: true}}, args: ['solve', 'q.md'], exit: 2, names: ['q.md', 'named pipe']},
  {name: 'a FIFO named explicitly in a check batch', category: 'hang', files: {'pipe.md': {fifo: true}, 'adr-1.md': GOOD_ADR}, args: ['check', 'pipe.md', 'adr-1.md', '--verbose'], exit: 2, names: ['pipe.md', 'named pipe'], stillReported: ['adr-1.md', '2 files']},
  {name: 'a FIFO inside a folder given to check', category: 'hang', files: {'docs/pipe.md': {fifo: true}, 'docs/adr-1.md': GOOD_ADR}, args: ['check', 'docs', '--verbose'], exit: 2, names: ['docs/pipe.md', 'named pipe'], stillReported: ['docs/adr-1.md', '2 files']},
  {name: '/dev/zero named in a check batch', category: 'hang', files: {'adr-1.md': GOOD_ADR}, args: ['check', '/dev/zero', 'adr-1.md', '--verbose'], exit: 2, names: ['/dev/zero', 'character device'], stillReported: ['adr-1.md']},
  {name: 'a FIFO as the --baseline of check', category: 'hang', files: {'base.json': {fifo: true}, 'adr-1.md': GOOD_ADR}, args: ['check', 'adr-1.md', '--baseline', 'base.json'], exit: 2, names: ['base.json', 'named pipe']},
  {name: 'a FIFO given to questions import', category: 'hang', files: {'bank.gift': {fifo: true}}, args: ['questions', 'import', 'bank.gift', '--from', 'gift'], exit: 2, names: ['bank.gift', 'named pipe']},
  {name: '/dev/zero given to questions import', category: 'hang', args: ['questions', 'import', '/dev/zero', '--from', 'json'], exit: 2, names: ['/dev/zero', 'character device']},
  {name: 'a FIFO among the fixtures of rules test', category: 'hang', files: {'pack/tests/pipe.yaml': {fifo: true}, 'pack/tests/ok.yaml': '- name: APIs\n  profile: {workload: api}\n  expect: {notRejected: [fargate]}\n'}, args: ['rules', 'test', 'pack'], exit: 2, names: [join('pack', 'tests', 'pipe.yaml'), 'named pipe'], stillReported: ['1 passed']},
  {name: 'a FIFO as a rule file of a pack', category: 'hang', files: {'pack/packs/pipe.json': {fifo: true}}, args: ['rules', 'validate', 'pack'], exit: 1, names: [join('pack', 'packs', 'pipe.json'), 'named pipe']},
  {name: 'a FIFO as a lexicon file of --rules', category: 'hang', files: {'pack/lexicon/pipe.json': {fifo: true}}, args: ['advise', '--rules', 'pack', '--workload', 'api'], exit: 2, names: [join('pack', 'lexicon', 'pipe.json'), 'named pipe']},
  {name: 'a FIFO question file in questions validate', category: 'hang', files: {'bank/pipe.md': {fifo: true}}, args: ['questions', 'validate', 'bank'], exit: 1, names: ['pipe.md', 'named pipe'], baseline: 'questions validate'},
  {name: 'an 11 MB profile', category: 'hang', files: {'big.yaml': `# ${'x'.repeat(11 * MB)}\nworkload: api\n`}, args: ['advise', '--profile', 'big.yaml'], exit: 2, names: ['big.yaml', 'over the 10 MB limit']},
  {name: '12 MB piped to advise', category: 'hang', args: ['advise'], stdin: 'The job runs nightly. '.repeat(Math.ceil((12 * MB) / 22)), exit: 2, names: ['standard input', '10 MB limit']},
  {name: 'a 6 MB Markdown file in a check batch', category: 'hang', files: {'huge.md': `# Huge\n\n${'word '.repeat(1.2 * MB)}`, 'adr-1.md': GOOD_ADR}, args: ['check', 'huge.md', 'adr-1.md', '--verbose'], exit: 2, names: ['huge.md', 'over the 5 MB limit'], stillReported: ['adr-1.md']},
  {name: 'an 11 MB question file for solve', category: 'hang', files: {'q.md': `Which?\n${'A. x\n'.repeat(2.3 * MB)}`}, args: ['solve', 'q.md'], exit: 2, names: ['q.md', 'over the 10 MB limit']},
  {name: 'an 11 MB answers file for exam', category: 'hang', files: {'answers.yaml': `# ${'x'.repeat(11 * MB)}\nanswers: {"1": "A"}\n`}, args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml'], exit: 2, names: ['answers.yaml', 'over the 10 MB limit']},
  {name: 'a symlink to /dev/zero as --profile', category: 'hang', files: {}, args: ['advise', '--profile', join(ROOT, 'test/robustness/normal/zero-link.yaml')], exit: 2, names: ['zero-link.yaml', 'character device']},
]
