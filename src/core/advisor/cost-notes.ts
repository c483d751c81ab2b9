import type {CatalogEntry} from '../knowledge/catalog.js'
import type {Price} from '../knowledge/prices.js'
import type {Profile} from '../knowledge/profile.js'
import type {Recommendation} from './advice.js'

/**
 * Share of raw data an edge tier typically forwards after filtering and
 * aggregation. An assumption, stated in every note that uses it; callers may override it.
 */
export const DEFAULT_EDGE_KEEP_RATIO = 0.1
const DAYS_PER_MONTH = 30.4

// Thousands separators by hand: toLocaleString loads ICU number formatting on first use (~18 ms of advise's start-up).
const usd = (n: number) =>
  n >= 100 ? `$${String(Math.round(n)).replaceAll(/\B(?=(\d{3})+$)/g, ',')}` : `$${n.toFixed(2)}`
const volume = (gb: number) => (gb >= 1000 ? `${(gb / 1000).toFixed(1)} TB` : `${gb.toFixed(0)} GB`)

function discountNotes(entry: CatalogEntry): string[] {
  return entry.limits
    .filter((l) => /discount/.test(l.id) && typeof l.value === 'number')
    .map(
      (l) =>
        `${l.label}: up to ${String(l.value)}${l.unit === '%' ? '%' : ` ${l.unit ?? ''}`} (AWS figure, checked ${l.checked}: ${l.source})`,
    )
}

function edgeTransferNote(profile: Profile, prices: readonly Price[], keepRatio: number): string | undefined {
  if (profile.dataGbPerDay === undefined || profile.dataGbPerDay <= 0) return undefined
  const monthly = profile.dataGbPerDay * DAYS_PER_MONTH
  const avoided = monthly * (1 - keepRatio)
  const storage = prices.find((p) => p.id === 's3-standard-storage')
  const transferIn = prices.find((p) => p.id === 'data-transfer-in')
  const parts = [
    `Estimate: the source produces about ${volume(monthly)} a month; if edge processing forwards ${Math.round(keepRatio * 100)}% (an assumption), about ${volume(avoided)} a month never crosses the link.`,
  ]
  if (transferIn)
    parts.push(
      `Data transfer into AWS costs ${usd(transferIn.usd)} per ${transferIn.unit}, so the saving is uplink bandwidth, which edgewise does not price.`,
    )
  if (storage)
    parts.push(
      `Not storing it saves about ${usd(avoided * storage.usd)} for each month of data kept in S3 Standard (${usd(storage.usd)}/${storage.unit}, ${storage.region ?? 'list price'}, checked ${storage.checked}).`,
    )
  return parts.join(' ')
}

/**
 * Indicative cost notes for one recommendation, built only from dated catalog
 * limits and prices, and always worded as estimates.
 */
export function costNotesFor(
  rec: Recommendation,
  entry: CatalogEntry,
  profile: Profile,
  prices: readonly Price[],
  keepRatio = DEFAULT_EDGE_KEEP_RATIO,
): string[] {
  const notes = [...discountNotes(entry)]
  const edgeEvidence = rec.reasons.some((r) =>
    r.facts.some((f) => f.field === 'dataVolume' || f.field === 'edgeProcessing'),
  )
  if (edgeEvidence) {
    const note = edgeTransferNote(profile, prices, keepRatio)
    if (note) notes.push(note)
  }
  return notes
}
