import {describe, expect, it} from 'vitest'

import {chosenInSentence, classifyHeading} from '../../src/core/check/sections.js'

// Headings as teams write them: Nygard, MADR, RFC and design-doc templates, and free-form wording.
const ROLES: Record<string, string[]> = {
  decision: [
    'Decision',
    'Decision Outcome',
    'Decisions',
    'What we decided',
    'We decided',
    'Outcome',
    'Resolution',
    'Recommendation',
    'Our recommendation',
    'Proposal',
    'Proposed solution',
    'Proposed design',
    'Chosen option',
    'Selected approach',
    'Solution',
    'Detailed design',
    'Architecture',
    'Implementation plan',
    'The plan',
    "What we'll do",
    'The way forward',
    'Conclusion',
  ],
  alternatives: ['Considered Options', 'Alternatives considered', 'Alternatives', 'Options', 'Options we had', 'Pros and Cons of the Options', 'Rejected alternatives', 'Other options'],
  requirements: ['Context', 'Context and Problem Statement', 'Decision Drivers', 'Background', 'Problem', 'Requirements', 'Goals', 'Constraints', 'Motivation', 'Workload'],
  aside: ['Consequences', 'Status', 'Risks', 'Open questions', 'Non-goals', 'References', 'Follow-ups'],
}

describe('classifyHeading', () => {
  for (const [role, headings] of Object.entries(ROLES)) {
    it.each(headings.map((h) => [h]))(`"%s" is a ${role} section`, (heading) => {
      expect(classifyHeading(heading)).toBe(role)
    })
  }
})

describe('chosenInSentence', () => {
  const at = (sentence: string, service: string) => chosenInSentence(sentence, sentence.indexOf(service))
  it('takes the closest decision verb before the mention', () => {
    expect(at('We considered Lambda but chose Fargate.', 'Lambda')).toBe(false)
    expect(at('We considered Lambda but chose Fargate.', 'Fargate')).toBe(true)
    expect(at('We will use Fargate rather than Lambda.', 'Lambda')).toBe(false)
    expect(at("We'll put the cache in the AWS Local Zone in New York.", 'Local Zone')).toBe(true)
  })
})
