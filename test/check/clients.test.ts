import {describe, expect, it} from 'vitest'

import {checkDocument} from '../../src/core/check/check-document.js'
import {checkDeps} from '../helpers/check.js'

describe('clients on fixed broadband or Wi-Fi', () => {
  it('rule out Wavelength, which only helps devices on a carrier 5G network', async () => {
    const text =
      '# AR game backend\n\n## Context\n\nPlayers use the app on laptops over home Wi-Fi and office broadband; there is no 5G requirement.\n\n## Decision\n\nDeploy the game servers in AWS Wavelength Zones.\n'
    const report = checkDocument('wl.md', text, await checkDeps())
    expect(report.findings.map((f) => [f.ruleId, f.requirement?.value])).toEqual([
      ['wavelength.5g-clients-only', 'fixed-line-users'],
    ])
  })

  it('leave Wavelength alone for phones on 5G', async () => {
    const text =
      '# AR game backend\n\n## Context\n\nPlayers use the app on phones over 5G and need latency under 10 ms.\n\n## Decision\n\nDeploy the game servers in AWS Wavelength Zones.\n'
    expect(checkDocument('wl5g.md', text, await checkDeps()).findings.filter((f) => f.severity !== 'note')).toEqual([])
  })
})
