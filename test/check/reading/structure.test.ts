import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../../src/core/check/check-document.js'
import {checkDeps} from '../../helpers/check.js'

/**
 * Failure kind 5 of "read design documents written by other people": the
 * structure of a folder of records is read too narrowly. Files that are not
 * records, records in another language and problem statements without a
 * decision are reported as not judged, with the reason, and never as sound.
 */
describe('what cannot be judged is said to be not judged', async () => {
  const deps = await checkDeps()

  it('a README that lists the records of a folder is not a record', () => {
    const text =
      '# Architecture decisions\n\nWe keep one file per decision here.\n\n- [1. Record decisions](0001-record-decisions.md)\n- [2. Use AWS Lambda for thumbnails](0002-lambda-thumbnails.md)\n- [3. Move reports to AWS Batch](0003-batch-reports.md)\n'
    const report = checkDocument('docs/adr/README.md', text, deps)
    expect(report.status).toBe('not-judged')
    expect(report.notJudged?.reason).toBe('not-a-record')
    expect(report.findings).toEqual([])
  })

  it('the template new records are copied from is not a record, whatever it is called', () => {
    const text =
      '# [short title of solved problem and solution]\n\n## Context and Problem Statement\n\n[Describe the context and problem statement in two or three sentences.]\n\n## Decision Outcome\n\nChosen option: "[option 1]", because [justification, e.g. only option that runs longer than 15 minutes].\n'
    const report = checkDocument('docs/decisions/0000-new-record.md', text, deps)
    expect(report).toMatchObject({status: 'not-judged', notJudged: {reason: 'not-a-record'}})
    expect(
      checkDocument('docs/adr/adr-template.md', '# Title\n\n## Decision\n\nWe will use AWS Lambda.\n', deps).notJudged
        ?.reason,
    ).toBe('not-a-record')
  })

  it('an index that is mostly links is not a record', () => {
    const links = Array.from({length: 8}, (_, i) => `- [ADR ${i + 1}](adr-${i + 1}.md) — accepted`).join('\n')
    const report = checkDocument('docs/decision-index.md', `# Decisions so far\n\n${links}\n`, deps)
    expect(report.notJudged?.reason).toBe('not-a-record')
  })

  it('a record in Spanish is not judged, and says so, even when it names a catalog service', () => {
    const text =
      '# 7. Procesamiento de vídeo\n\n## Contexto\n\nCada vídeo tarda unas dos horas en procesarse y no podemos perder el trabajo.\n\n## Decisión\n\nUsaremos AWS Lambda para el procesamiento, con un disparador de S3 para cada archivo nuevo que llega al bucket.\n\n## Consecuencias\n\nNo hay servidores que mantener.\n'
    const report = checkDocument('docs/adr/0007-video.md', text, deps)
    expect(report.status).toBe('not-judged')
    expect(report.notJudged).toMatchObject({reason: 'language'})
    expect(report.notJudged?.detail).toMatch(/Spanish/)
    expect(report.chosen.map((c) => c.service)).toEqual(['lambda'])
  })

  it('a problem statement with no decision is not judged, even when it names services', () => {
    const text =
      '# Where should the nightly reconciliation run?\n\n## Context\n\nThe reconciliation takes about two hours and must not be interrupted. AWS Lambda, AWS Fargate and Spot Instances have all been mentioned.\n\n## Open questions\n\n- Who owns the job?\n'
    const report = checkDocument('docs/rfc/reconciliation.md', text, deps)
    expect(report).toMatchObject({status: 'not-judged', notJudged: {reason: 'no-decision'}, findings: []})
  })

  it('a decision section still waiting for its decision is not judged', () => {
    const text = '# 12. Compute for the export\n\n## Context\n\nThe export takes three hours.\n\n## Decision\n\nTBD\n'
    expect(checkDocument('docs/adr/0012-export.md', text, deps).notJudged?.reason).toBe('no-decision')
  })

  it('a record whose decision chooses nothing edgewise knows is out of scope, not sound', () => {
    const text =
      '# 4. Use PostgreSQL\n\n## Context\n\nWe need relational storage.\n\n## Decision\n\nWe will use PostgreSQL on Amazon RDS.\n'
    expect(checkDocument('docs/adr/0004-postgres.md', text, deps)).toMatchObject({
      status: 'not-judged',
      notJudged: {reason: 'out-of-scope'},
    })
  })

  it('a record in German with its decision under "Entscheidung" is read and not judged for its language', () => {
    const text =
      '# 3. Rechenplattform\n\n## Kontext\n\nDer Export dauert etwa drei Stunden und darf nicht unterbrochen werden, weil sonst die Daten für den nächsten Tag fehlen.\n\n## Entscheidung\n\nWir werden den Export mit AWS Lambda ausführen, weil wir keine Server betreiben wollen und die Kosten gering sind.\n'
    const report = checkDocument('docs/adr/0003-export.md', text, deps)
    expect(report.chosen.map((c) => c.service)).toEqual(['lambda'])
    expect(report.notJudged).toMatchObject({reason: 'language'})
    expect(report.notJudged?.detail).toMatch(/German/)
  })

  it('a numbered decision with emoji in its headings is judged like a plain one', () => {
    const text =
      '# ADR-9 Export\n\n## 1. 📖 Context\n\nThe export job takes about two hours to complete.\n\n## 2. ✅ Decision\n\nWe will run the export on AWS Lambda.\n\n## 3. ⚠️ Consequences\n\nNone.\n'
    const report = checkDocument('docs/adr/0009-export.md', text, deps)
    expect(report.status).toBe('judged')
    expect(report.findings.map((f) => f.ruleId)).toEqual(['lambda.max-timeout'])
  })
})

describe('study material is not a decision record', async () => {
  const deps = await checkDeps()

  it('a cheat sheet of purchase options and limits is not judged, whatever its advice says', () => {
    const text =
      '# SAA study notes: compute\n\n- **Spot**: cheapest, can be interrupted. Use Spot for fault-tolerant batch.\n- Use AWS Lambda for short event-driven tasks; CloudFront Functions call only origins of their own distribution.\n'
    const report = checkDocument('notes/compute.md', text, deps)
    expect(report.status).toBe('not-judged')
    expect(report.notJudged?.reason).toBe('not-a-record')
    expect(report.findings).toEqual([])
  })

  it('a design note whose title mentions a guide to its own system is still judged', () => {
    const text =
      '# Deployment guide for the billing API\n\nThe billing API runs on AWS Lambda behind Amazon API Gateway; each call takes about 300 ms.\n'
    expect(checkDocument('docs/billing.md', text, deps).status).toBe('judged')
  })
})

describe('a function that needs no network access', async () => {
  const deps = await checkDeps()

  it('does not make the site disconnected', () => {
    const text =
      '# 5. Redirects\n\n## Context\n\nOld product URLs must redirect to new ones; the mapping is small and needs no network access.\n\n## Decision\n\nCloudFront Functions do the redirects, and an AWS Lambda function rebuilds the mapping every night.\n'
    const report = checkDocument('docs/adr/0005-redirects.md', text, deps)
    expect(report.findings.filter((f) => f.ruleId.endsWith('needs-region-link'))).toEqual([])
  })
})
