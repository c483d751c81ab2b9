import {join} from 'node:path'

import type {BadInput} from '../harness.js'

import {GOOD_ADR} from './documents.js'

const A35 = 'a'.repeat(35)

/** A user lexicon with the textbook catastrophic pattern; valid, so it loads. */
const evilPack = (extra: Record<string, unknown> = {}) => ({
  'pack/lexicon/evil.json': JSON.stringify({
    entries: [
      {
        id: 'evil-api',
        fact: 'workload',
        value: 'api',
        patterns: ['(a+)+$'],
        examples: [A35],
        counterexamples: [`${A35}!`],
        ...extra,
      },
    ],
  }),
})

const lexiconPack = (id: string, pattern: string) => ({
  'pack/lexicon/words.json': JSON.stringify({
    entries: [{id, fact: 'workload', value: 'api', patterns: [pattern], examples: ['our house api']}],
  }),
})

const LEXICON_FILE = join('pack', 'lexicon', 'words.json')

/** Text or patterns that once took time growing faster than their length. */
export const REDOS_CASES: BadInput[] = [
  {
    name: 'rules validate: a pack whose pattern is (a+)+$, tested on "a…a!"',
    category: 'redos',
    files: evilPack(),
    args: ['rules', 'validate', 'pack'],
    exit: 0,
    names: ['no problems'],
  },
  {
    name: 'advise --rules: (a+)+$ against 35 a and a "!"',
    category: 'redos',
    files: evilPack(),
    args: ['advise', '--rules', 'pack', '--text', `${A35}!`],
    exit: 0,
    names: ['nothing'],
    baseline: 'advise',
  },
  {
    name: 'advise --rules: (a+)+$ against 200 KB of a',
    category: 'redos',
    files: evilPack(),
    args: ['advise', '--rules', 'pack', '--json'],
    stdin: `${'a'.repeat(200_000)}!`,
    exit: 0,
    names: ['"profile"'],
  },
  {
    name: 'check --rules: (a+)+$ against a document full of a',
    category: 'redos',
    files: {
      ...evilPack(),
      'adr-1.md': GOOD_ADR.replace('Users upload photos', `${'a'.repeat(50_000)}! Users upload photos`),
    },
    args: ['check', 'adr-1.md', '--rules', 'pack', '--verbose'],
    exit: 0,
    names: ['adr-1.md'],
  },
  {
    name: 'solve --rules: (a+)+$ against a stem of a',
    category: 'redos',
    files: {...evilPack(), 'q.md': `Which fits ${'a'.repeat(30_000)}!\n\nA. AWS Lambda\nB. AWS Batch\n`},
    args: ['solve', 'q.md', '--rules', 'pack'],
    exit: 0,
    names: ['Requirements read from the question'],
  },
  {
    name: 'a user pattern with lookbehind is refused at load, naming file, entry and pattern',
    category: 'redos',
    files: lexiconPack('house-api', '(?<!x)house api'),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [
      LEXICON_FILE,
      'entries[0].patterns[0]',
      '"house-api"',
      '(?<!x)house api',
      'lookbehind',
      'linear-time engine',
    ],
  },
  {
    name: 'a user pattern with lookahead stops advise --rules with exit 2',
    category: 'redos',
    files: lexiconPack('house-api', 'house (?!cat)api'),
    args: ['advise', '--rules', 'pack', '--text', 'our house api'],
    exit: 2,
    names: [LEXICON_FILE, 'entries[0].patterns[0]', 'lookahead'],
  },
  {
    name: 'a user pattern with a backreference is refused',
    category: 'redos',
    files: lexiconPack('echo', String.raw`(house) \1`),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [LEXICON_FILE, '"echo"', 'backreference'],
  },
  {
    name: 'a user pattern of 100,000 characters is refused',
    category: 'redos',
    files: lexiconPack('long', `house ${'a'.repeat(100_000)}`),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [LEXICON_FILE, 'over the 2000'],
  },
  {
    name: 'a user pattern nested 5,000 groups deep is refused',
    category: 'redos',
    files: lexiconPack('deep', `${'('.repeat(5000)}house${')'.repeat(5000)}`),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [LEXICON_FILE, '"deep"'],
  },
  {
    name: 'a user pattern with a repeat of a repeat of a repeat, ((a{100}){100}){100}',
    category: 'redos',
    files: lexiconPack('huge', '((a{100}){100}){100}'),
    args: ['rules', 'validate', 'pack'],
    exit: 1,
    names: [LEXICON_FILE, 'invalid repeat count'],
  },
  {
    name: String.raw`a user pattern (\w+\s?)*$ against a long sentence`,
    category: 'redos',
    files: lexiconPack('words', String.raw`(\w+\s?)*$`),
    args: ['advise', '--rules', 'pack', '--json'],
    stdin: `${'word '.repeat(20_000)}!`,
    exit: 0,
    names: ['"profile"'],
    baseline: 'advise',
  },
  {
    name: '"1,1,1,…000 GB per day", 64 KB, as --text',
    category: 'redos',
    args: ['advise', '--text', `${'1,'.repeat(32_000)}000 GB per day`, '--json'],
    exit: 0,
    names: ['"profile"'],
  },
  {
    name: '"1,1,1,…000 GB per day", 400 KB on stdin',
    category: 'redos',
    args: ['advise', '--json'],
    stdin: `${'1,'.repeat(200_000)}000 GB per day`,
    exit: 0,
    names: ['"profile"'],
  },
  {
    name: '2 MB of "1 GB " on stdin (hundreds of thousands of matches)',
    category: 'redos',
    args: ['advise', '--json'],
    stdin: '1 GB '.repeat(400_000),
    exit: 0,
    names: ['"dataVolume": "moderate"'],
  },
  {
    name: 'a 1 MB table row of "| 1" on stdin',
    category: 'redos',
    args: ['advise', '--json'],
    stdin: '| 1'.repeat(350_000),
    exit: 0,
    names: ['"profile"'],
  },
  {
    name: 'digits, commas and unit words in an ADR under check',
    category: 'redos',
    files: {
      'adr-1.md': GOOD_ADR.replace('Users upload photos', `${'1,'.repeat(60_000)}000 GB per day. Users upload photos`),
    },
    args: ['check', 'adr-1.md', '--verbose'],
    exit: 0,
    names: ['adr-1.md'],
  },
  {
    name: 'a 100 KB stem of "1,1,1" for solve',
    category: 'redos',
    files: {'q.md': `Which fits ${'1,'.repeat(50_000)}000 GB per day?\n\nA. AWS Lambda\nB. AWS Batch\n`},
    args: ['solve', 'q.md'],
    exit: 0,
    names: ['Requirements read from the question'],
  },
  {
    name: 'nested brackets, 200 KB, on stdin',
    category: 'redos',
    args: ['advise', '--json'],
    stdin: `${'(['.repeat(50_000)}2 hours${'])'.repeat(50_000)}`,
    exit: 0,
    names: ['"profile"'],
  },
]
