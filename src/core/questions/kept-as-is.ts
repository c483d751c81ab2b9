import type {Profile} from '../knowledge/profile.js'

/**
 * What a team keeps as it is, and an option that rewrites it anyway. "Keep its
 * existing job scripts" and "Replace the Slurm job scripts with Batch job
 * definitions" cannot both hold, whichever services each names. The nouns are
 * grouped so that keeping the application's code says nothing against an option
 * that replaces a cron script, and the other way round.
 */
type Kept = 'code' | 'scripts'

const CODE = String.raw`(?:application|app|source)\s+code|code(?:base)?|applications?|apps?|binaries|monolith|source`
const SCRIPTS = String.raw`(?:[\w-]+\s+)?(?:job\s+)?scripts|(?:[\w-]+\s+)?job\s+(?:files|definitions)|playbooks|workflows`

/** "keep its existing job scripts", "reuse the current scripts", "keep the application unchanged". */
const KEEP = String.raw`\b(?:keep|keeps|keeping|reuse|reuses|reusing|retain|retains|retaining|preserve|preserves|preserving|continue\s+(?:to\s+use|using))\s+(?:its|their|the|our|all|all\s+of\s+(?:its|their|the))\s+(?:existing\s+|current\s+|own\s+|present\s+)`
/** "without rewriting the application", "cannot refactor the code", "must not change its scripts". */
const NO_REWRITE = String.raw`\b(?:without\s+(?:having\s+to\s+)?|(?:cannot|can't|can\s+not|must\s+not|mustn't|may\s+not|will\s+not|won't|does\s+not\s+want\s+to|doesn't\s+want\s+to|do\s+not\s+want\s+to|don't\s+want\s+to|is\s+unable\s+to|are\s+unable\s+to|has\s+no\s+time\s+to|no\s+time\s+to)\s+)(?:rewrit(?:e|ing)|refactor(?:ing)?|re-?architect(?:ing)?|chang(?:e|ing)|modify(?:ing)?|port(?:ing)?|convert(?:ing)?|replac(?:e|ing))\s+(?:its|their|the|our|any\s+of\s+(?:its|their|the))\s+(?:existing\s+|current\s+)?`

const STEM_KEEPS: Record<Kept, RegExp> = {
  code: new RegExp(`${KEEP}(?:${CODE})(?![\\w'’-])|${NO_REWRITE}(?:${CODE})(?![\\w'’-])`, 'i'),
  scripts: new RegExp(`${KEEP}(?:${SCRIPTS})(?![\\w'’-])|${NO_REWRITE}(?:${SCRIPTS})(?![\\w'’-])`, 'i'),
}

/** "Rewrite the application as Lambda functions", "replaces the Slurm job scripts with …", "refactor the code into …". */
const REWRITE = String.raw`\b(?:rewrite|rewrites|rewriting|rewritten|refactor|refactors|refactoring|re-?architect|re-?architects|re-?architecting|replace|replaces|replacing|port|ports|porting|convert|converts|converting)\s+(?:the|its|their|all|each|every|all\s+of\s+the)\s+(?:existing\s+|current\s+)?`
const OPTION_REWRITES: Record<Kept, RegExp> = {
  code: new RegExp(`${REWRITE}(?:${CODE})(?![\\w'’-])`, 'i'),
  scripts: new RegExp(`${REWRITE}(?:${SCRIPTS})(?![\\w'’-])`, 'i'),
}

const CAUTION = 'the option rewrites or replaces what the question says the team keeps as it is'

const SERVER = String.raw`(?:[\w.-]+\s+){0,2}?(?:box|boxes|servers?|instances?|VMs?|machines?|hosts?)`
/** "Can we kill the box?", "wants to retire the server", "get rid of that instance": the stem wants a server gone. */
const STEM_RETIRES_SERVER = new RegExp(
  String.raw`\b(?:kill|retire|decommission|eliminate|get\s+rid\s+of|turn\s+off|switch\s+off|stop\s+paying\s+for)\s+(?:the|that|this|its|our|their)\s+${SERVER}\b`,
  'i',
)
/** "Keep the t3.large and …", "keep the existing server": the option keeps a server running as it is. */
const OPTION_KEEPS_SERVER = new RegExp(
  String.raw`\b(?:keep|keeps|keeping|retain|retains|retaining)\s+(?:the|that|this|its|their)\s+(?:existing\s+|current\s+)?(?:${SERVER}|[a-z]\d[a-z0-9-]*\.(?:\d{0,2}x?large|medium|small|micro|nano|metal))\b`,
  'i',
)

/**
 * A caution when the option rewrites what the stem keeps: its code (also when the stem rules out code
 * changes) or its scripts; or when it keeps the server the stem wants to be rid of.
 */
export function keptAsIsCautions(optionText: string, stem: Profile, stemText: string): string[] {
  for (const kept of ['code', 'scripts'] as const) {
    const stemKeeps = STEM_KEEPS[kept].test(stemText) || (kept === 'code' && stem.noCodeChanges === true)
    if (stemKeeps && OPTION_REWRITES[kept].test(optionText)) return [CAUTION]
  }
  if (STEM_RETIRES_SERVER.test(stemText) && OPTION_KEEPS_SERVER.test(optionText)) return [KEEPS_RETIRED]
  return []
}

const KEEPS_RETIRED = 'the option keeps the server the question wants to be rid of'
