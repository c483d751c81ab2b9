import {existsSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {expect} from 'vitest'

import type {BadInput} from '../harness.js'

import {GOOD_ADR, goodAdrs} from './documents.js'

/** Session files the run left in its state folder. */
const sessionsIn = (dir: string) => {
  const folder = join(dir, '.state', 'sessions')
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : []
}
const noSessionLeft = (dir: string) =>
  expect(sessionsIn(dir), 'a refused run must leave no session for --resume to pick up').toEqual([])

const ONE_LINE_LAMBDA =
  '{"title": "Nightly export", "requirements": {"workload": "batch", "executionSeconds": 7200}, "services": ["lambda"]}\n'

/** Data that was lost or silently missed. */
export const DATA_LOSS_CASES: BadInput[] = [
  {
    name: 'a one-line JSON description found by walking a folder',
    category: 'data-loss',
    files: {'docs/export.json': ONE_LINE_LAMBDA, ...goodAdrs(3)},
    args: ['check', 'docs'],
    exit: 1,
    names: ['docs/export.json', 'lambda.max-timeout', '4 files'],
  },
  {
    name: 'a one-line flow-style YAML description found by walking',
    category: 'data-loss',
    files: {
      'docs/export.yaml': '{requirements: {workload: batch, executionSeconds: 7200}, services: [lambda]}\n',
      'docs/adr-1.md': GOOD_ADR,
    },
    args: ['check', 'docs'],
    exit: 1,
    names: ['docs/export.yaml', 'lambda.max-timeout'],
  },
  {
    name: 'a broken one-line JSON description found by walking is reported, not skipped',
    category: 'data-loss',
    files: {
      'docs/export.json': '{"requirements": {"workload": "batch"}, "services": ["lambda"],}\n',
      'docs/adr-1.md': GOOD_ADR,
    },
    args: ['check', 'docs', '--verbose'],
    exit: 2,
    names: ['docs/export.json', 'invalid JSON'],
    stillReported: ['docs/adr-1.md'],
  },
  {
    name: 'exam with no terminal and no --answers leaves no session behind',
    category: 'data-loss',
    args: ['exam', '--count', '3', '--seed', '4'],
    exit: 2,
    names: ['needs a terminal', '--answers'],
    after: noSessionLeft,
  },
  {
    name: 'exam --mode practice with stdin from /dev/null leaves no session',
    category: 'data-loss',
    args: ['exam', '--mode', 'practice', '--count', '2'],
    stdin: {path: '/dev/null'},
    exit: 2,
    names: ['needs a terminal'],
    after: noSessionLeft,
  },
  {
    name: 'review with no terminal leaves no session',
    category: 'data-loss',
    args: ['review', '--cram'],
    exit: 0,
    names: ['Nothing to review'],
    after: noSessionLeft,
    baseline: 'exam',
  },
  {
    name: 'exam --answers with letters out of range leaves no session',
    category: 'data-loss',
    files: {'answers.yaml': 'answers: {"1": "Q"}\n'},
    args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml'],
    exit: 2,
    names: ['answers.yaml', 'answers.1', 'letters must be'],
    after: noSessionLeft,
  },
  {
    name: 'exam --answers naming question 99 of 2 leaves no session',
    category: 'data-loss',
    files: {'answers.yaml': 'answers: {"99": "A"}\n'},
    args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml'],
    exit: 2,
    names: ['answers.yaml', 'answers.99', 'no question 99'],
    after: noSessionLeft,
  },
  {
    name: 'exam --answers that is not an answers file leaves no session',
    category: 'data-loss',
    files: {'answers.json': '["A", "B"]'},
    args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.json'],
    exit: 2,
    names: ['answers.json', 'not an answers file'],
    after: noSessionLeft,
  },
  {
    name: 'exam --answers that is a FIFO leaves no session',
    category: 'data-loss',
    files: {'answers.yaml': {fifo: true}},
    args: ['exam', '--count', '2', '--seed', '3', '--answers', 'answers.yaml'],
    exit: 2,
    names: ['answers.yaml', 'named pipe'],
    after: noSessionLeft,
  },
  {
    name: 'exam --resume without a terminal: a corrupt session file is moved aside, never deleted',
    category: 'data-loss',
    files: {'.state/sessions/20261204-100000-00000001-abcdef012345.json': 'placeholder'},
    args: ['exam', '--resume'],
    exit: 2,
    names: ['not a valid edgewise file', 'moved aside'],
    after: (dir) =>
      expect(readdirSync(join(dir, '.state', 'sessions')).some((f) => f.includes('.corrupt-'))).toBe(true),
    baseline: 'exam',
  },
]
