import type {CatalogEntry} from '../core/knowledge/catalog.js'
import type {Rule} from '../core/knowledge/rule.js'

import {type Style, wrap} from './style.js'

export function renderServiceList(unsorted: readonly CatalogEntry[], s: Style): string {
  const entries = [...unsorted].sort((a, b) => a.id.localeCompare(b.id))
  const idWidth = Math.max(...entries.map((e) => e.id.length))
  const nameWidth = Math.max(...entries.map((e) => e.name.length))
  const lines = entries.map((e) => {
    const flag = e.availability.status === 'available' ? '' : s.yellow(' (closed to new customers)')
    return `${e.id.padEnd(idWidth)}  ${e.name.padEnd(nameWidth)}  ${s.dim(e.category)}${flag}`
  })
  return `${lines.join('\n')}\n`
}

export function renderServiceDetail(entry: CatalogEntry, rules: readonly Rule[], s: Style): string {
  const out = [
    `${s.bold(entry.name)} ${s.dim(`(${entry.id}, ${entry.category})`)}`,
    wrap(`Also written: ${entry.aliases.join(', ')}`, s.width, 2, 2),
    '',
    wrap(entry.summary, s.width, 0, 0),
    '',
  ]
  if (entry.availability.status !== 'available')
    out.push(
      wrap(s.yellow(`Availability: ${entry.availability.note}`), s.width, 2, 0),
      `  ${s.dim(entry.availability.source)}`,
      '',
    )
  if (entry.variants?.length) {
    out.push(s.bold('Variants'))
    for (const v of entry.variants) out.push(wrap(`${v.name} (${v.id}): ${v.summary}`, s.width, 4, 2))
    out.push('')
  }
  if (entry.limits.length > 0) {
    out.push(s.bold('Limits'))
    for (const l of entry.limits) {
      out.push(wrap(`${l.label}: ${String(l.value)}${l.unit ? ` ${l.unit}` : ''}`, s.width, 4, 2))
      if (l.note) out.push(wrap(s.dim(l.note), s.width, 4, 4))
      out.push(`    ${s.dim(`${l.source} (checked ${l.checked})`)}`)
    }
    out.push('')
  }
  out.push(
    s.bold('Cost model'),
    wrap(entry.costModel, s.width, 2, 2),
    '',
    s.bold('Trade-offs'),
    ...entry.tradeoffs.map((t) => wrap(`- ${t}`, s.width, 4, 2)),
    '',
  )
  const own = rules.filter((r) => r.event.params.service === entry.id)
  if (own.length > 0) {
    out.push(s.bold('Rules'))
    for (const r of own)
      out.push(
        wrap(
          `${r.event.type === 'reject' ? s.red('reject') : s.green('fit   ')} ${r.name}: ${r.event.params.message}`,
          s.width,
          9,
          2,
        ),
      )
    out.push('')
  }
  out.push(s.bold('Documentation'), ...entry.docs.map((d) => `  ${d.title}: ${d.url}`))
  return `${out.join('\n')}\n`
}
