import {join} from 'node:path'

import type {BadInput} from '../harness.js'
import {GOOD_ADR, LAMBDA_TWO_HOURS} from './documents.js'

const DOC = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html'

/** A rule pack with one fit rule whose condition is `condition`. */
const rulePack = (condition: unknown) => ({
  'pack/packs/house.json': JSON.stringify({rules: [{name: 'fargate.house', rationale: 'House rule.', conditions: {all: [condition]}, event: {type: 'fit', params: {service: 'fargate', weight: 2, message: 'House rule.', doc: DOC}}}]}),
})
const RULE_FILE = join('pack', 'packs', 'house.json')

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
  {name: 'advise --rules given a file, not a folder', category: 'malformed', files: {'rules.json': '{"rules": []}'}, args: ['advise', '--rules', 'rules.json', '--workload', 'api'], exit: 2, names: ['rules.json', 'is a file, not a rule pack directory']},
  {name: 'check --rules given a file, not a folder', category: 'malformed', files: {'rules.json': '{"rules": []}', 'adr-1.md': GOOD_ADR}, args: ['check', 'adr-1.md', '--rules', 'rules.json'], exit: 2, names: ['rules.json', 'is a file, not a rule pack directory']},
  {name: 'rules test given a file, not a folder', category: 'malformed', files: {'rules.json': '{"rules": []}'}, args: ['rules', 'test', 'rules.json'], exit: 2, names: ['rules.json', 'is a file']},
  {name: 'a rule on the fact "__proto__"', category: 'malformed', files: rulePack({fact: '__proto__', operator: 'equal', value: 'x'}), args: ['rules', 'validate', 'pack'], exit: 1, names: [RULE_FILE, 'rules[0].conditions.all[0]', 'unknown fact "__proto__"']},
  {name: 'a rule on the fact "constructor"', category: 'malformed', files: rulePack({fact: 'constructor', operator: 'equal', value: 'x'}), args: ['rules', 'validate', 'pack'], exit: 1, names: [RULE_FILE, 'unknown fact "constructor"']},
  {name: 'a rule on the fact "toString", used by advise --rules', category: 'malformed', files: rulePack({fact: 'toString', operator: 'equal', value: 'x'}), args: ['advise', '--rules', 'pack', '--workload', 'api'], exit: 2, names: [RULE_FILE, 'unknown fact "toString"']},
  {name: 'a "stated" guard naming "hasOwnProperty"', category: 'malformed', files: rulePack({fact: 'stated', operator: 'contains', value: 'hasOwnProperty'}), args: ['rules', 'validate', 'pack'], exit: 1, names: [RULE_FILE, '"hasOwnProperty" is not a profile field']},
  {name: 'a lexicon entry for the fact "constructor"', category: 'malformed', files: {'pack/lexicon/x.json': JSON.stringify({entries: [{id: 'proto', fact: 'constructor', value: 'x', patterns: ['\\bhouse\\b'], examples: ['house']}]})}, args: ['rules', 'validate', 'pack'], exit: 1, names: [join('pack', 'lexicon', 'x.json'), 'unknown fact "constructor"']},
  {name: 'a profile with a "__proto__" field', category: 'malformed', files: {'p.json': '{"__proto__": {"workload": "api"}, "latency": "low"}'}, args: ['advise', '--profile', 'p.json'], exit: 2, names: ['p.json', '__proto__']},
  {name: 'a profile with a "constructor" field', category: 'malformed', files: {'p.yaml': 'constructor: api\nlatency: low\n'}, args: ['advise', '--profile', 'p.yaml'], exit: 2, names: ['p.yaml', 'unknown field "constructor"']},
]
