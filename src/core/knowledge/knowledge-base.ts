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

const rulesByName = new WeakMap<readonly Rule[], Map<string, Rule>>()

/** The rule of that name, from an index built once per rule list: `solve` looks rules up for every option it scores. */
export function ruleNamed(kb: KnowledgeBase, name: string): Rule | undefined {
  let index = rulesByName.get(kb.rules)
  if (!index) {
    index = new Map(kb.rules.map((rule) => [rule.name, rule]))
    rulesByName.set(kb.rules, index)
  }
  return index.get(name)
}

export function catalogById(kb: KnowledgeBase): Map<string, CatalogEntry> {
  return new Map(kb.catalog.map((entry) => [entry.id, entry]))
}
