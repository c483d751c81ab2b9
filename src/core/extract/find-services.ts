import type {CatalogEntry} from '../knowledge/catalog.js'

/** A place where text names a catalog service (or one of its variants). */
export interface ServiceMention {
  service: string
  variant: string | undefined
  alias: string
  start: number
  end: number
}

interface Matcher {
  regex: RegExp
  owners: Map<string, {service: string; variant: string | undefined}>
}

const cache = new WeakMap<readonly CatalogEntry[], Matcher>()
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Builds one alternation of every name and alias, longest first, so
 * "Lambda@Edge" wins over "Lambda" and "Fargate Spot" over "Spot". Aliases of
 * two or three characters ("RIs", "L@E") match case-sensitively; longer ones
 * ignore case. Plurals ("Spot Instances" / "Spot Instance") are aliases.
 */
function matcherFor(catalog: readonly CatalogEntry[]): Matcher {
  const cached = cache.get(catalog)
  if (cached) return cached
  const owners = new Map<string, {service: string; variant: string | undefined}>()
  const add = (alias: string, service: string, variant?: string) => {
    const key = alias.length <= 3 ? alias : alias.toLowerCase()
    if (!owners.has(key)) owners.set(key, {service, variant})
  }
  for (const entry of catalog) {
    for (const alias of [entry.name, ...entry.aliases]) add(alias, entry.id)
    for (const variant of entry.variants ?? []) for (const alias of [variant.name, ...variant.aliases]) add(alias, entry.id, variant.id)
  }
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length)
  // Short aliases are case-sensitive; Node 20 has no inline flag groups, so longer ones spell the case out.
  const branch = (k: string) => {
    const caseless = k.length > 3
    const body = [...k]
      .map((c) => (c === ' ' ? '[\\s-]+' : caseless && /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c)))
      .join('')
    return `(?<![\\w@])${body}(?![\\w@])`
  }
  const regex = new RegExp(keys.map(branch).join('|'), 'g')
  const matcher = {regex, owners}
  cache.set(catalog, matcher)
  return matcher
}

/** Every mention of a catalog service in `text`, in order, never overlapping. */
export function findServices(text: string, catalog: readonly CatalogEntry[]): ServiceMention[] {
  const {regex, owners} = matcherFor(catalog)
  const mentions: ServiceMention[] = []
  regex.lastIndex = 0
  for (const m of text.matchAll(regex)) {
    const raw = m[0]
    const key = raw.length <= 3 ? raw : raw.toLowerCase().replace(/[\s-]+/g, ' ')
    const owner = owners.get(key) ?? owners.get(raw.toLowerCase()) ?? [...owners.entries()].find(([k]) => k.replace(/[\s-]+/g, ' ') === key)?.[1]
    if (owner) mentions.push({...owner, alias: raw, start: m.index, end: m.index + raw.length})
  }
  return mentions
}
