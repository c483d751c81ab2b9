import type {BadInput} from '../harness.js'
import {LAMBDA_TWO_HOURS} from './documents.js'

/** Malformed input that was once silently accepted, or refused in the wrong shape. */
export const MALFORMED_CASES: BadInput[] = [
  {name: 'an unknown flag with --json', category: 'malformed', args: ['advise', '--json', '--bogus'], exit: 2, names: ['--bogus'], jsonError: true},
  {name: 'a bad option value with --json', category: 'malformed', args: ['advise', '--json', '--latency', 'nope'], exit: 2, names: ['--latency=nope', 'single-digit-ms'], jsonError: true},
  {name: 'a non-integer --choose with --json (was exit 1)', category: 'malformed', args: ['solve', '--json', '--choose', 'x'], exit: 2, names: ['--choose', 'Expected an integer'], jsonError: true},
  {name: 'a missing required flag with --json', category: 'malformed', files: {'bank.gift': '::q:: Which? {\n=A\n~B\n}\n'}, args: ['questions', 'import', 'bank.gift', '--json'], exit: 2, names: ['Missing required flag from'], jsonError: true},
  {name: 'exam --count 0 with --json', category: 'malformed', args: ['exam', '--count', '0', '--json'], exit: 2, names: ['--count'], jsonError: true},
  {name: 'an unknown flag to rules validate with --json', category: 'malformed', args: ['rules', 'validate', '--json', '--nope'], exit: 2, names: ['--nope'], jsonError: true},
  {name: 'a bad --fail-on value for check', category: 'malformed', args: ['check', 'x.md', '--fail-on', 'sometimes'], exit: 2, names: ['--fail-on=sometimes', 'error, warning, note, never']},
  {
    name: 'a waiver for a rule id that does not exist',
    category: 'malformed',
    files: {'adr-7.md': `${LAMBDA_TWO_HOURS}\n<!-- edgewise-ignore lambda.max-timeut reason="measured" -->\n`},
    args: ['check', 'adr-7.md'],
    exit: 1,
    names: ['adr-7.md', 'lambda.max-timeut', 'did you mean lambda.max-timeout', 'at line 11'],
  },
]
