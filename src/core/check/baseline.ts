import {createHash} from 'node:crypto'
import * as z from 'zod/mini'

import type {DocumentReport, Finding} from './finding.js'

/**
 * Baselines, as in Checkov's `--create-baseline` / `--baseline`: record today's
 * findings once, then report only findings that are not in the record.
 *
 * A finding is identified by what it is about, never by where it is: the rule,
 * the document, the chosen service, and the requirement it contradicts. Line
 * numbers and message wording are left out, so inserting a paragraph above a
 * decision or rewording a rule's message does not turn old findings into new ones.
 */

/** Normalises the path the way reports print it, so `./adr/1.md` and `adr\1.md` match `adr/1.md`. */
export function normalizePath(file: string): string {
  return file.replaceAll('\\', '/').replace(/^(\.\/)+/, '')
}

/**
 * A stable id for a finding: 32 hex digits of SHA-256 over rule id, file,
 * service and the requirement's field and value (JSON-encoded, so the number 1
 * and the string "1" differ). Findings without a requirement (notes about a
 * missing requirement) are identified by rule, file and service alone.
 */
export function fingerprint(f: Finding): string {
  const requirement = f.requirement === undefined ? '' : `${f.requirement.field}=${JSON.stringify(f.requirement.value)}`
  const key = ['edgewise/v1', f.ruleId, normalizePath(f.file), f.service, requirement].join('\u0000')
  return createHash('sha256').update(key).digest('hex').slice(0, 32)
}

const Text = z.string().check(z.minLength(1))

export const BaselineEntrySchema = z.strictObject({
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{32}$/, 'must be 32 lower-case hex digits, as edgewise writes it')),
  // Kept for people reading the file and for reviewing diffs; matching uses the fingerprint only.
  ruleId: Text,
  file: Text,
  service: Text,
})

/** The baseline file (`edgewise check --baseline FILE`), validated by the CLI when it reads one. */
export const BaselineSchema = z.strictObject({
  version: z.literal(1),
  tool: z.literal('edgewise'),
  findings: z.array(BaselineEntrySchema),
})

export type BaselineEntry = z.infer<typeof BaselineEntrySchema>
export type Baseline = z.infer<typeof BaselineSchema>

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Records the open findings of every checked document. Waived findings are
 * left out: their waiver already covers them and carries its own expiry.
 * Entries are sorted so the file diffs cleanly when it is regenerated.
 */
export function makeBaseline(reports: DocumentReport[]): Baseline {
  const findings = reports
    .flatMap((r) => r.findings)
    .map((f): BaselineEntry => ({
      fingerprint: fingerprint(f),
      ruleId: f.ruleId,
      file: normalizePath(f.file),
      service: f.service,
    }))
    .sort(
      (a, b) =>
        cmp(a.file, b.file) ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.service, b.service) ||
        cmp(a.fingerprint, b.fingerprint),
    )
  return {version: 1, tool: 'edgewise', findings}
}

/**
 * Drops findings recorded in the baseline. Entries are counted, not just
 * looked up: a baseline holding one copy of a fingerprint removes one
 * matching finding, so a second occurrence of the same problem added later
 * is still reported. `removed` is what the caller puts in `CheckReport.baselined`.
 */
export function applyBaseline(
  reports: DocumentReport[],
  baseline: Baseline,
): {reports: DocumentReport[]; removed: number} {
  const remaining = new Map<string, number>()
  for (const entry of baseline.findings) remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1)
  let removed = 0
  const out = reports.map((report) => {
    const findings = report.findings.filter((f) => {
      const key = fingerprint(f)
      const left = remaining.get(key) ?? 0
      if (left === 0) return true
      remaining.set(key, left - 1)
      removed++
      return false
    })
    return findings.length === report.findings.length ? report : {...report, findings}
  })
  return {reports: out, removed}
}
