import {existsSync} from 'node:fs'
import {join} from 'node:path'

import {expect} from 'vitest'

import type {BadInput} from '../harness.js'
import {GOOD_ADR, LAMBDA_TWO_HOURS} from './documents.js'

const ANSWERS = 'answers: {"1": "A", "2": "B"}\n'

/** Output that cannot be written: exit 2 (never 1, which means "findings" to CI), the path, and what to do. */
export const WRITE_CASES: BadInput[] = [
  {name: 'advise --save into a missing folder', category: 'write', args: ['advise', '--example', 'iot-telemetry', '--save', 'nope/profile.yaml'], exit: 2, names: ['nope/profile.yaml', 'does not exist']},
  {name: 'advise --save onto a folder', category: 'write', files: {out: {dir: true}}, args: ['advise', '--example', 'iot-telemetry', '--save', 'out'], exit: 2, names: ['out', 'it is a folder']},
  {name: 'advise --save under a file', category: 'write', files: {'plain.txt': 'x'}, args: ['advise', '--example', 'iot-telemetry', '--save', 'plain.txt/profile.yaml'], exit: 2, names: ['plain.txt/profile.yaml', 'not a folder']},
  {name: 'advise --output into a missing folder', category: 'write', args: ['advise', '--example', 'iot-telemetry', '--output', 'nope/report.txt'], exit: 2, names: ['nope/report.txt', 'does not exist']},
  {name: 'advise --output onto a folder', category: 'write', files: {out: {dir: true}}, args: ['advise', '--example', 'iot-telemetry', '--output', 'out'], exit: 2, names: ['out', 'it is a folder']},
  {name: 'advise --save onto a folder, with --json', category: 'write', files: {out: {dir: true}}, args: ['advise', '--example', 'iot-telemetry', '--save', 'out', '--json'], exit: 2, names: ['out', 'it is a folder'], jsonError: true},
  {name: 'check --output into a missing folder (exit 2, not the findings code 1)', category: 'write', files: {'adr-7.md': LAMBDA_TWO_HOURS}, args: ['check', 'adr-7.md', '--format', 'sarif', '--output', 'nope/edgewise.sarif'], exit: 2, names: ['nope/edgewise.sarif', 'does not exist']},
  {name: 'check --output onto a folder', category: 'write', files: {'adr-1.md': GOOD_ADR, out: {dir: true}}, args: ['check', 'adr-1.md', '--output', 'out'], exit: 2, names: ['out', 'it is a folder']},
  {name: 'check --output under a file', category: 'write', files: {'adr-1.md': GOOD_ADR}, args: ['check', 'adr-1.md', '--output', 'adr-1.md/report.txt'], exit: 2, names: ['adr-1.md/report.txt', 'not a folder']},
  {name: 'check --write-baseline into a missing folder', category: 'write', files: {'adr-7.md': LAMBDA_TWO_HOURS}, args: ['check', 'adr-7.md', '--write-baseline', 'nope/baseline.json'], exit: 2, names: ['nope/baseline.json', 'does not exist']},
  {name: 'check --write-baseline onto a folder', category: 'write', files: {'adr-7.md': LAMBDA_TWO_HOURS, base: {dir: true}}, args: ['check', 'adr-7.md', '--write-baseline', 'base'], exit: 2, names: ['base', 'it is a folder']},
  {name: 'questions export --output into a missing folder', category: 'write', args: ['questions', 'export', '--to', 'gift', '--output', 'nope/bank.gift'], exit: 2, names: ['nope/bank.gift', 'does not exist']},
  {name: 'questions export --to qti --output onto a file', category: 'write', files: {'pkg.zip': 'not a folder'}, args: ['questions', 'export', '--to', 'qti', '--output', 'pkg.zip'], exit: 2, names: ['pkg.zip'], baseline: 'questions export'},
  {name: 'questions import --output onto a folder', category: 'write', files: {'bank.gift': '::q1:: Which? {\n=Spot Instances\n~Dedicated Hosts\n}\n', out: {dir: true}}, args: ['questions', 'import', 'bank.gift', '--from', 'gift', '--output', 'out'], exit: 2, names: ['out', 'it is a folder']},
  {name: 'questions generate --output under a file', category: 'write', files: {'plain.txt': 'x'}, args: ['questions', 'generate', '--count', '2', '--seed', '1', '--output', 'plain.txt/generated'], exit: 2, names: ['plain.txt/generated']},
  {name: 'exam --state-dir that is a file', category: 'write', files: {'state.txt': 'x', 'answers.yaml': ANSWERS}, args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml', '--state-dir', 'state.txt'], exit: 2, names: ['state.txt', 'not a folder']},
  {name: 'review --state-dir under a file', category: 'write', files: {'state.txt': 'x'}, args: ['review', '--list', '--state-dir', 'state.txt/inner'], exit: 2, names: ['state.txt/inner', 'not a folder'], baseline: 'exam'},
  {
    name: 'exam --export into a missing folder is refused before the exam starts',
    category: 'write',
    files: {'answers.yaml': ANSWERS},
    args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml', '--export', 'nope/result.md'],
    exit: 2,
    names: ['nope/result.md', 'does not exist'],
    after: (dir) => expect(existsSync(join(dir, '.state', 'sessions'))).toBe(false),
  },
  {
    name: 'exam --result last --export onto a folder keeps the session',
    category: 'write',
    files: {out: {dir: true}},
    args: ['exam', '--result', 'last', '--export', 'out'],
    exit: 2,
    names: ['out', 'it is a folder'],
    after: (dir) => expect(existsSync(join(dir, '.state'))).toBe(false),
  },
]
