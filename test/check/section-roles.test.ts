import {describe, expect, it} from 'vitest'

import {classifyHeading, headingRoles, headingWords} from '../../src/core/check/section-roles.js'

// Headings as teams write them: Nygard, MADR 2–4, Y-statement notes, arc42 §9, Tyree/Akerman, business cases and
// free-form design docs, in English, Spanish, German, French and Portuguese, numbered or with emoji.
const ROLES: Record<string, string[]> = {
  decision: [
    'Decision',
    'Decision Outcome',
    'Decisions',
    'What we decided',
    'Outcome',
    'Resolution',
    'Recommendation',
    'Proposal',
    'Proposed solution',
    'Chosen option',
    'Selected approach',
    'Detailed design',
    'Architecture decisions',
    'The plan',
    "What we'll do",
    'Conclusion',
    'Argument',
    '3. Decision',
    '✅ Decision',
    '## **Decision**',
    'Decisión',
    'Resultado de la decisión',
    'Entscheidung',
    'Ergebnis der Entscheidung',
    'Décision',
    'Decisão',
    'Opção escolhida',
    'Solución propuesta',
  ],
  options: [
    'Considered Options',
    'Alternatives considered',
    'Alternatives',
    'Options',
    'Pros and Cons of the Options',
    'Rejected alternatives',
    'Positions',
    '4) Options considered',
    'Opciones consideradas',
    'Betrachtete Optionen',
    'Vor- und Nachteile der Optionen',
    'Options envisagées',
    'Opções consideradas',
    'Prós e contras das opções',
  ],
  context: [
    'Context',
    'Context and Problem Statement',
    'Background',
    'Problem',
    'Motivation',
    'Issue',
    'Contexto',
    'Kontext und Problemstellung',
    'Contexte',
    'Hintergrund',
    '📖 Context',
    'I. Background',
  ],
  requirements: [
    'Decision Drivers',
    'Requirements',
    'Goals',
    'Constraints',
    'Assumptions',
    'Quality goals',
    'Factores de decisión',
    'Entscheidungstreiber',
    'Anforderungen',
    'Contraintes',
    'Requisitos',
    'Workload',
  ],
  consequences: [
    'Consequences',
    'Positive Consequences',
    'Risks',
    'Implications',
    'Consecuencias',
    'Konsequenzen',
    'Conséquences',
    'Consequências',
    'Trade-offs',
  ],
  status: ['Status', 'ADR Status', '⌛ Status', 'Estado', 'Statut', 'Situação'],
  other: [
    'References',
    'Related decisions',
    'Related requirements',
    'Non-goals',
    'Notes',
    'Links',
    'Examples',
    'Referencias',
  ],
}

describe('classifyHeading', () => {
  for (const [role, headings] of Object.entries(ROLES)) {
    it.each(headings.map((h) => [h]))(`"%s" is a ${role} section`, (heading) => {
      expect(classifyHeading(heading)).toBe(role)
    })
  }

  it('gives no role to a heading whose words say nothing about one', () => {
    expect(classifyHeading('Option 2: AWS Fargate')).toBe('options')
    expect(classifyHeading('Compute')).toBeUndefined()
    expect(classifyHeading('🚀')).toBeUndefined()
  })
})

describe('headingWords', () => {
  it('strips numbering, emoji, emphasis and accents', () => {
    expect(headingWords('9.2 **Décision** ✅')).toBe('decision')
    expect(headingWords('ADR-012: Use Fargate')).toBe('use fargate')
    expect(headingWords('§9 Architecture Decisions')).toBe('architecture decisions')
  })
})

const roles = (list: [number, string][]) => headingRoles(list.map(([depth, text]) => ({depth, text})))

describe('headingRoles', () => {
  it('makes the opening level-1 heading the title, even when it names a decision', () => {
    expect(
      roles([
        [1, 'Use an architecture of queues'],
        [2, 'Context'],
        [2, 'Decision'],
      ]),
    ).toEqual(['title', 'context', 'decision'])
  })

  it('reads level-1 headings as sections when the document writes its sections at level 1', () => {
    expect(
      roles([
        [1, 'Context'],
        [1, 'Decision'],
        [1, 'Consequences'],
      ]),
    ).toEqual(['context', 'decision', 'consequences'])
  })

  it('gives a heading that says nothing the role of its parent', () => {
    expect(
      roles([
        [1, 'T'],
        [2, 'Decision'],
        [3, 'Compute'],
        [3, 'Consequences'],
        [2, 'Notes on rollout'],
      ]),
    ).toEqual(['title', 'decision', 'decision', 'consequences', 'other'])
  })

  it('keeps the parts of an option inside the option: its pros, cons and drivers are not the document’s', () => {
    expect(
      roles([
        [1, 'T'],
        [2, 'Considered options'],
        [3, 'AWS Lambda'],
        [4, 'Requirements met'],
        [4, 'Risks'],
        [2, 'Decision outcome'],
      ]),
    ).toEqual(['title', 'options', 'options', 'options', 'options', 'decision'])
  })

  it('reads an unnamed top-level section as other, not as a requirement', () => {
    expect(
      roles([
        [1, 'T'],
        [2, 'Ingestion pipeline'],
      ]),
    ).toEqual(['title', 'other'])
  })

  it('reads a section about the services that exist today as context, not as what the record decides', () => {
    for (const heading of [
      'Existing digital services',
      'Existing systems',
      'Current services',
      'Existing infrastructure',
    ])
      expect(classifyHeading(heading), heading).toBe('context')
    expect(classifyHeading('Current architecture')).toBe('decision')
  })
})
