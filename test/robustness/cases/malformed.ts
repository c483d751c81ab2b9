import {join} from 'node:path'

import type {BadInput} from '../harness.js'

import {GOOD_ADR, LAMBDA_TWO_HOURS} from './documents.js'

const DOC = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html'

/** A rule pack with one fit rule whose condition is `condition`. */
const rulePack = (condition: unknown) => ({
  'pack/packs/house.json': JSON.stringify({
    rules: [
      {
        name: 'fargate.house',
        rationale: 'House rule.',
        conditions: {all: [condition]},
        event: {type: 'fit', params: {service: 'fargate', weight: 2, message: 'House rule.', doc: DOC}},
      },
    ],
  }),
})
const RULE_FILE = join('pack', 'packs', 'house.json')

/** A Moodle XML quiz of one multichoice question whose first answer has `fraction`. */
const moodle = (fraction: string, doctype = '') => `<?xml version="1.0"?>
${doctype}<quiz>
  <question type="multichoice">
    <questiontext format="html"><text>Which purchasing option fits an interruptible nightly batch?</text></questiontext>
    <answer fraction="${fraction}"><text>Spot Instances</text></answer>
    <answer fraction="0"><text>Dedicated Hosts</text></answer>
  </question>
</quiz>
`
const QUESTION =
  'A nightly batch job can be restarted and must cost as little as possible. Which purchasing option fits?'

/** Malformed input that was once silently accepted, or refused in the wrong shape. */
export const MALFORMED_CASES: BadInput[] = [
  {
    name: 'an unknown flag with --json',
    category: 'malformed',
    args: ['advise', '--json', '--bogus'],
    exit: 2,
    names: ['--bogus'],
    jsonError: true,
  },
  {
    name: 'a bad option value with --json',
    category: 'malformed',
    args: ['advise', '--json', '--latency', 'nope'],
    exit: 2,
    names: ['--latency nope', 'single-digit-ms'],
    jsonError: true,
  },
  {
    name: 'a non-integer --choose with --json (was exit 1)',
    category: 'malformed',
    args: ['solve', '--json', '--choose', 'x'],
    exit: 2,
    names: ['--choose', 'Expected an integer'],
    jsonError: true,
  },
  {
    name: 'a missing required argument with --json',
    category: 'malformed',
    args: ['questions', 'import', '--json'],
    exit: 2,
    names: ['missing FILE'],
    jsonError: true,
  },
  {
    name: 'exam --count 0 with --json',
    category: 'malformed',
    args: ['exam', '--count', '0', '--json'],
    exit: 2,
    names: ['--count'],
    jsonError: true,
  },
  {
    name: 'an unknown flag to rules validate with --json',
    category: 'malformed',
    args: ['rules', 'validate', '--json', '--nope'],
    exit: 2,
    names: ['--nope'],
    jsonError: true,
  },
  {
    name: 'a bad --fail-on value for check',
    category: 'malformed',
    args: ['check', 'x.md', '--fail-on', 'sometimes'],
    exit: 2,
    names: ['--fail-on sometimes', 'error, warning, note, never'],
  },
  {
    name: 'a waiver for a rule id that does not exist',
    category: 'malformed',
    files: {'adr-7.md': `${LAMBDA_TWO_HOURS}\n<!-- edgewise-ignore lambda.max-timeut reason="measured" -->\n`},
    args: ['check', 'adr-7.md'],
    exit: 1,
    names: ['adr-7.md', 'lambda.max-timeut', 'did you mean lambda.max-timeout', 'adr-7.md:11'],
  },
  {
    name: 'advise --rules given a file, not a folder',
    category: 'malformed',
    files: {'rules.json': '{"rules": []}'},
    args: ['advise', '--rules', 'rules.json', '--workload', 'api'],
    exit: 2,
    names: ['rules.json', 'is a file, not a rule pack directory'],
  },
  {
    name: 'check --rules given a file, not a folder',
    category: 'malformed',
    files: {'rules.json': '{"rules": []}', 'adr-1.md': GOOD_ADR},
    args: ['check', 'adr-1.md', '--rules', 'rules.json'],
    exit: 2,
    names: ['rules.json', 'is a file, not a rule pack directory'],
  },
  {
    name: 'rules test given a file, not a folder',
    category: 'malformed',
    files: {'rules.json': '{"rules": []}'},
    args: ['rules', 'test', 'rules.json'],
    exit: 2,
    names: ['rules.json', 'is a file'],
  },
  {
    name: 'a rule on the fact "__proto__"',
    category: 'malformed',
    files: rulePack({fact: '__proto__', operator: 'equal', value: 'x'}),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [RULE_FILE, 'rules[0].conditions.all[0]', 'unknown fact "__proto__"'],
  },
  {
    name: 'a rule on the fact "constructor"',
    category: 'malformed',
    files: rulePack({fact: 'constructor', operator: 'equal', value: 'x'}),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [RULE_FILE, 'unknown fact "constructor"'],
  },
  {
    name: 'a rule on the fact "toString", used by advise --rules',
    category: 'malformed',
    files: rulePack({fact: 'toString', operator: 'equal', value: 'x'}),
    args: ['advise', '--rules', 'pack', '--workload', 'api'],
    exit: 2,
    names: [RULE_FILE, 'unknown fact "toString"'],
  },
  {
    name: 'a "stated" guard naming "hasOwnProperty"',
    category: 'malformed',
    files: rulePack({fact: 'stated', operator: 'contains', value: 'hasOwnProperty'}),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [RULE_FILE, '"hasOwnProperty" is not a profile field'],
  },
  {
    name: 'a lexicon entry for the fact "constructor"',
    category: 'malformed',
    files: {
      'pack/lexicon/x.json': JSON.stringify({
        entries: [
          {id: 'proto', fact: 'constructor', value: 'x', patterns: [String.raw`\bhouse\b`], examples: ['house']},
        ],
      }),
    },
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [join('pack', 'lexicon', 'x.json'), 'unknown fact "constructor"'],
  },
  {
    name: 'a profile with a "__proto__" field',
    category: 'malformed',
    files: {'p.json': '{"__proto__": {"workload": "api"}, "latency": "low"}'},
    args: ['advise', '--profile', 'p.json'],
    exit: 2,
    names: ['p.json', '__proto__'],
  },
  {
    name: 'a profile with a "constructor" field',
    category: 'malformed',
    files: {'p.yaml': 'constructor: api\nlatency: low\n'},
    args: ['advise', '--profile', 'p.yaml'],
    exit: 2,
    names: ['p.yaml', 'unknown field "constructor"'],
  },
  {
    name: 'Moodle XML with an external entity',
    category: 'malformed',
    files: {
      'quiz.xml': moodle('100', '<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n').replace(
        'Which purchasing',
        '&xxe; Which purchasing',
      ),
    },
    args: ['questions', 'import', 'quiz.xml', '--from', 'moodle-xml'],
    exit: 2,
    names: ['quiz.xml', 'External entities are not supported', 'DOCTYPE'],
  },
  {
    name: 'Moodle XML with external entities, with --json',
    category: 'malformed',
    files: {
      'quiz.xml': moodle('100', '<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "http://example.invalid/x">]>\n').replace(
        'Which purchasing',
        '&xxe; Which purchasing',
      ),
    },
    args: ['questions', 'import', 'quiz.xml', '--from', 'moodle-xml', '--json'],
    exit: 2,
    names: ['quiz.xml'],
    jsonError: true,
  },
  {
    name: 'Moodle fraction="NaN"',
    category: 'malformed',
    files: {'quiz.xml': moodle('NaN')},
    args: ['questions', 'import', 'quiz.xml', '--from', 'moodle-xml'],
    exit: 2,
    names: ['quiz.xml:3', 'fraction="NaN"', '-100 to 100'],
  },
  {
    name: 'Moodle fraction="1e400"',
    category: 'malformed',
    files: {'quiz.xml': moodle('1e400')},
    args: ['questions', 'import', 'quiz.xml', '--from', 'moodle-xml'],
    exit: 2,
    names: ['quiz.xml:3', 'fraction="1e400"'],
  },
  {
    name: 'Moodle fraction="abc" next to a good question',
    category: 'malformed',
    files: {
      'quiz.xml': moodle('abc').replace(
        '</quiz>',
        '  <question type="multichoice">\n    <questiontext format="html"><text>Second?</text></questiontext>\n    <answer fraction="100"><text>Yes</text></answer>\n    <answer fraction="0"><text>No</text></answer>\n  </question>\n</quiz>',
      ),
    },
    args: ['questions', 'import', 'quiz.xml', '--from', 'moodle-xml'],
    exit: 1,
    names: ['quiz.xml:3', 'fraction="abc"', 'Imported 1 question(s) as moodle-xml, skipped 1'],
  },
  {
    name: 'solve: duplicate option letters',
    category: 'malformed',
    files: {
      'q.txt': `${QUESTION}\nA. Spot Instances\nB. On-Demand Instances\nB. Dedicated Hosts\nC. Reserved Instances\n`,
    },
    args: ['solve', 'q.txt'],
    exit: 2,
    names: ['q.txt', 'option letter B is used twice'],
  },
  {
    name: 'solve: letters that skip one (A, B, D)',
    category: 'malformed',
    files: {'q.txt': `${QUESTION}\nA. Spot Instances\nB. On-Demand Instances\nD. Dedicated Hosts\n`},
    args: ['solve', 'q.txt'],
    exit: 2,
    names: ['q.txt', 'lettered D', 'C'],
  },
  {
    name: 'solve: 30 options',
    category: 'malformed',
    files: {'q.md': `${QUESTION}\n${Array.from({length: 30}, (_, i) => `- [ ] Option number ${i + 1}`).join('\n')}\n`},
    args: ['solve', 'q.md', '--json'],
    exit: 2,
    names: ['q.md', '30 options', 'at most 26'],
    jsonError: true,
  },
  {
    name: 'solve --choose 99',
    category: 'malformed',
    files: {'q.txt': `${QUESTION}\nA. Spot Instances\nB. On-Demand Instances\nC. Dedicated Hosts\n`},
    args: ['solve', 'q.txt', '--choose', '99'],
    exit: 2,
    names: ['--choose 99', 'of the 3 options'],
  },
  {
    name: 'advise --text ""',
    category: 'malformed',
    args: ['advise', '--text', ''],
    exit: 2,
    names: ['--text is empty'],
  },
  {
    name: 'advise --text of blanks, with --json',
    category: 'malformed',
    args: ['advise', '--text', ' \n\t ', '--json'],
    exit: 2,
    names: ['--text is empty'],
    jsonError: true,
  },
  {
    name: 'commitmentYears: 2 in a profile lists every allowed value',
    category: 'malformed',
    files: {'p.yaml': 'commitmentYears: 2\n'},
    args: ['advise', '--profile', 'p.yaml'],
    exit: 2,
    names: ['p.yaml', 'commitmentYears', 'must be one of: 0, 1, 3'],
  },
  {
    name: 'commitmentYears: 2 in front matter, in a batch',
    category: 'malformed',
    files: {'adr-2.md': `---\nrequirements:\n  commitmentYears: 2\n---\n${GOOD_ADR}`, 'adr-1.md': GOOD_ADR},
    args: ['check', 'adr-2.md', 'adr-1.md', '--verbose'],
    exit: 2,
    names: ['adr-2.md:3', 'commitmentYears', '0, 1, 3'],
    stillReported: ['adr-1.md'],
  },
  {
    name: 'a GIFT question with 200,000 options',
    category: 'malformed',
    files: {'bank.gift': `::q:: Which? {\n${'~opt\n'.repeat(200_000)}}\n`},
    args: ['questions', 'import', 'bank.gift', '--from', 'gift'],
    exit: 2,
    names: ['bank.gift', 'no question could be imported'],
  },
  {
    name: 'a Markdown question with 200,000 options',
    category: 'malformed',
    files: {'bank.md': `### Which?\n${'- [ ] x\n'.repeat(200_000)}`},
    args: ['questions', 'import', 'bank.md', '--from', 'markdown'],
    exit: 2,
    names: ['bank.md'],
  },
]
