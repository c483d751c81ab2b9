/**
 * A fast reader for the plain front matter edgewise writes itself (`key: value`,
 * `key: [a, b]`, `key:` followed by `  - item` lines, JSON-quoted strings). The
 * YAML library costs about a quarter of a millisecond per file, which a folder
 * of a thousand question files feels at start-up. Anything outside this small
 * subset — comments, blank lines, booleans, floats, nested maps, anchors,
 * duplicate keys, an empty block — returns undefined, and the caller parses the
 * text with the YAML library as before, so every file still means exactly what
 * YAML says (a property test holds the two to the same result).
 */
export function parseSimpleFrontMatter(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {}
  let block: undefined | unknown[]
  for (const line of text.split(/\r?\n/)) {
    const item = /^ {2}- (.*)$/.exec(line)
    if (item) {
      const value = scalar(item[1]!)
      if (block === undefined || value === undefined) return undefined
      block.push(value)
      continue
    }
    // `key:` with no items under it is null in YAML, not an empty list.
    if (block !== undefined && block.length === 0) return undefined
    block = undefined
    const entry = /^([a-z][a-z0-9_-]*):(?: (.*))?$/.exec(line)
    if (!entry || Object.hasOwn(out, entry[1]!)) return undefined
    const [, key, raw] = entry as unknown as [string, string, string | undefined]
    if (raw === undefined) {
      block = []
      out[key] = block
      continue
    }
    const flow = /^\[(.*)\]$/.exec(raw)
    const value = flow ? flowList(flow[1]!) : scalar(raw)
    if (value === undefined) return undefined
    out[key] = value
  }
  if (block !== undefined && block.length === 0) return undefined
  return out
}

/**
 * Plain scalars this reader types itself as strings: no spaces, quotes, flow
 * or comment characters, no YAML indicator first, no colon last, and nothing
 * YAML would read as a boolean, null or number.
 */
const PLAIN = /^[A-Za-z0-9_./+=][A-Za-z0-9_./:@+%?=&#~-]*$/
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i
const NUMBERISH = /^[-+.\d]|^0[xob]/i
const plain = (raw: string) => PLAIN.test(raw) && !raw.endsWith(':') && !RESERVED.test(raw) && !NUMBERISH.test(raw)

function flowList(inner: string): string[] | undefined {
  if (inner.trim() === '') return []
  const items = inner.split(',').map((s) => s.trim())
  return items.every(plain) ? items : undefined
}

function scalar(raw: string): number | string | undefined {
  if (raw.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw)
      return typeof value === 'string' ? value : undefined
    } catch {
      return undefined
    }
  }
  // Small decimal integers mean the same in every YAML schema; anything else number-like goes to the library.
  if (/^(?:0|[1-9]\d{0,14})$/.test(raw)) return Number(raw)
  return plain(raw) ? raw : undefined
}
