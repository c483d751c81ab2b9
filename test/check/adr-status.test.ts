import {describe, expect, it} from 'vitest'

import {inactiveStatus} from '../../src/core/check/adr-status.js'
import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

const doc = (status: string) =>
  `# ADR 12: Nightly export\n\n${status}\n\n## Context\n\nThe nightly export takes about 2 hours.\n\n## Decision\n\nWe will run the export on AWS Lambda.\n`

/** Status blocks as ADR authors and tools write them, and whether the decision is out of force. */
const CASES: [string, string, boolean][] = [
  ['Nygard, superseded', '## Status\n\nSuperseded by ADR 19', true],
  [
    'adr-tools adds the link under the old status',
    '## Status\n\nAccepted\n\nSuperseded by [19. Batch export](0019-batch-export.md)',
    true,
  ],
  ['struck-through history', '## Status\n\n~~Accepted~~ Deprecated', true],
  ['bold with a date after', '## Status\n\n**Rejected** (2025-02-01)', true],
  ['date first', '## Status\n\n2025-03-01: Deprecated in favour of ADR 30', true],
  ['MADR 2 bullet under the title', '* Status: rejected\n* Deciders: platform team', true],
  ['plain label under the title', 'Status: Withdrawn', true],
  ['bold label', '**Status:** Superseded by ADR-0007', true],
  ['a sentence', '## Status\n\nThis decision has been superseded by ADR 21.', true],
  [
    'history table, last row superseded',
    '## Status\n\n| Date | Status |\n|---|---|\n| 2024-01-02 | Accepted |\n| 2025-01-02 | Superseded |',
    true,
  ],
  ['level-3 heading', '### Status\n\nObsolete', true],
  ['an hourglass before the status', '## Status\n\n⌛️ Superseded by [ADR-0031](0031-queue.md)', true],
  ['a cross mark before the status', '## Status\n\n❌ Rejected', true],
  ['emoji in the heading and a bullet', '## 🚦 Status\n\n- 🗑️ Deprecated', true],
  ['Spanish', '## Estado\n\nRechazado', true],
  ['Spanish, replaced', '## Estado\n\nReemplazado por ADR-0009', true],
  ['German', '## Status\n\nAbgelehnt', true],
  ['German, superseded', '## Status\n\nErsetzt durch ADR 14', true],
  ['French', '## Statut\n\nRemplacé par ADR-7', true],
  ['Portuguese', '## Situação\n\nSubstituído pelo ADR 3', true],
  ['a check mark before an active status', '## Status\n\n✅ Accepted', false],
  ['Spanish, accepted', '## Estado\n\nAceptado', false],
  ['German, accepted', '## Status\n\nAkzeptiert', false],
  ['French, proposed', '## Statut\n\nProposé', false],
  ['accepted', '## Status\n\nAccepted', false],
  ['proposed', '## Status\n\nProposed', false],
  [
    'the new record that supersedes an old one',
    '## Status\n\nAccepted\n\nSupersedes [3. Old export](0003-old-export.md)',
    false,
  ],
  [
    'accepted, naming a deprecated older record',
    '## Status\n\nAccepted (supersedes ADR 3, which is now deprecated)',
    false,
  ],
  ['amended', '## Status\n\nAccepted\n\nAmended by ADR 20', false],
  [
    're-accepted after a rejection',
    '## Status\n\n| Date | Status |\n|---|---|\n| 2024-01-02 | Rejected |\n| 2024-06-01 | Accepted |',
    false,
  ],
  ['no status at all', 'We rejected the old cron host years ago.', false],
  ['a status line inside a code block', '```\nStatus: rejected\n```', false],
]

describe('records no longer in force', () => {
  for (const [name, status, inactive] of CASES) {
    it(`${name}: ${inactive ? 'skipped' : 'checked'}`, () => {
      expect(inactiveStatus(doc(status)) !== undefined).toBe(inactive)
    })
  }

  it('says which status and where', () => {
    expect(inactiveStatus(doc('## Status\n\nAccepted\n\nSuperseded by ADR 19'))).toEqual({
      status: 'Superseded by ADR 19',
      line: 7,
    })
    expect(inactiveStatus(doc('* Status: rejected'), undefined, 4)).toEqual({status: 'rejected', line: 7})
  })

  it('a words-only mention outside the status does not count', () => {
    const text = doc('## Status\n\nAccepted').replace(
      '## Context\n\n',
      '## Context\n\nThe previous design was rejected and later withdrawn.\n\n',
    )
    expect(inactiveStatus(text)).toBeUndefined()
  })

  it('front matter wins over the body', () => {
    expect(inactiveStatus(doc('## Status\n\nAccepted'), {value: 'superseded by ADR-0005', line: 2})).toEqual({
      status: 'superseded by ADR-0005',
      line: 2,
    })
    expect(inactiveStatus(doc('## Status\n\nRejected'), {value: 'accepted', line: 2})).toBeUndefined()
  })

  it('the checker skips such a record, and judges it when asked to', async () => {
    const text = `---\nstatus: superseded by ADR-0019\n---\n${doc('')}`
    const skipped = checkDocument('adr-12.md', text, await checkDeps())
    expect(skipped).toMatchObject({
      status: 'skipped',
      skipped: {status: 'superseded by ADR-0019', line: 2},
      findings: [],
    })
    const judged = checkDocument('adr-12.md', text, {...(await checkDeps()), includeInactive: true})
    expect(judged.status).toBe('judged')
    expect(judged.findings.map((f) => f.ruleId)).toEqual(['lambda.max-timeout'])
  })
})
