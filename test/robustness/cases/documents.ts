/** Small documents the corpus cases share. */

export const GOOD_ADR = `# ADR 1: Thumbnails

## Context

Users upload photos; each thumbnail takes under a second to render.

## Decision

We will render thumbnails with AWS Lambda.
`

export const LAMBDA_TWO_HOURS = `# ADR 7: Nightly export

## Context

The export job takes about two hours each night.

## Decision

We will run the export as an AWS Lambda function triggered by EventBridge.
`

/** "Billion laughs": each level holds nine aliases of the one before; fully expanded, 9^7 strings. */
export function aliasBomb(levels = 7): string {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let i = 1; i < levels; i++)
    lines.push(`l${i}: &l${i} [${Array.from({length: 9}, () => `*l${i - 1}`).join(',')}]`)
  return `${lines.join('\n')}\n`
}

/** Twenty good ADRs, to show one bad file among them does not stop the batch. */
export function goodAdrs(count: number, folder = 'docs'): Record<string, string> {
  return Object.fromEntries(
    Array.from({length: count}, (_, i) => [
      `${folder}/adr-${String(i + 1).padStart(3, '0')}.md`,
      GOOD_ADR.replace('ADR 1', `ADR ${i + 1}`),
    ]),
  )
}
