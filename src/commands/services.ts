import {Args, Flags} from '@oclif/core'

import {BaseCommand} from '../cli/base-command.js'
import {loadKnowledgeOrFail, rulesFlag} from '../cli/shared.js'
import {type CatalogEntry, CATEGORIES, nearestCatalogId} from '../core/knowledge/catalog.js'
import {UserError} from '../errors.js'
import {renderServiceDetail, renderServiceList} from '../ui/render-services.js'
import {makeStyle} from '../ui/style.js'

export default class Services extends BaseCommand {
  static override args = {
    id: Args.string({description: 'catalog id or alias to show in full (e.g. lambda-at-edge, "L@E")'}),
  }

  static override description =
    'Without an id: one line per catalog entry. With an id (or any alias): the summary, hard limits with the AWS documentation page and the date each number was checked, cost model, availability, trade-offs and the rules that mention it.\n\nExit codes: 0 shown; 2 unknown id.'

  static override enableJsonFlag = true

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> lambda-at-edge',
    '<%= config.bin %> <%= command.id %> "Greengrass v2" --json',
  ]

  static override flags = {
    category: Flags.option({options: CATEGORIES, description: 'list only this category'})(),
    rules: rulesFlag,
  }

  static override summary = 'List catalog entries, or show one with its limits and sources.'

  async run(): Promise<CatalogEntry | CatalogEntry[]> {
    const {args, flags} = await this.parse(Services)
    const kb = await loadKnowledgeOrFail(flags.rules)
    const style = makeStyle()
    if (args.id === undefined) {
      const entries = kb.catalog.filter((e) => flags.category === undefined || e.category === flags.category)
      if (!this.jsonEnabled()) process.stdout.write(renderServiceList(entries, style))
      return entries
    }
    const wanted = args.id.toLowerCase()
    const entry = kb.catalog.find(
      (e) =>
        e.id === wanted ||
        [e.name, ...e.aliases, ...(e.variants ?? []).flatMap((v) => [v.id, v.name, ...v.aliases])].some(
          (a) => a.toLowerCase() === wanted,
        ),
    )
    if (!entry) {
      const meant = nearestCatalogId(args.id, kb.catalog)
      throw new UserError(`no catalog entry is called "${args.id}"${meant ? `; did you mean ${meant}?` : ''}`, {
        suggestion: '`edgewise services` lists every id',
      })
    }
    if (!this.jsonEnabled()) process.stdout.write(renderServiceDetail(entry, kb.rules, style))
    return entry
  }
}
