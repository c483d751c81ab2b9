import type {CatalogEntry} from './catalog.js'
import type {LexiconEntry} from './lexicon.js'
import type {Price} from './prices.js'
import type {Rule} from './rule.js'

/** Where a piece of knowledge was read from, so problems can name file and path. */
export interface Origin {
  file: string
  /** Path of the item inside its file, e.g. `rules[4]`. */
  path: string
}

/** The single knowledge base every command reads: catalog, rules, lexicon, prices. */
export interface KnowledgeBase {
  catalog: CatalogEntry[]
  rules: Rule[]
  lexicon: LexiconEntry[]
  prices: Price[]
  origins: {
    catalog: Map<string, Origin>
    rules: Map<string, Origin>
    lexicon: Map<string, Origin>
  }
}

export function catalogById(kb: KnowledgeBase): Map<string, CatalogEntry> {
  return new Map(kb.catalog.map((entry) => [entry.id, entry]))
}
