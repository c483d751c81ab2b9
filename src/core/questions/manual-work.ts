import type {Profile} from '../knowledge/profile.js'

/**
 * Steps an option asks the team to do by hand: scripts it writes and runs,
 * images it bakes, software it operates itself, settings a person edits
 * every few weeks, records kept in a spreadsheet. When a question asks for the
 * least operational overhead, such a step is evidence against the option,
 * whatever services it names ("create an Auto Scaling group … and write
 * scripts that patch the instances every month").
 */
const MANUAL_WORK =
  /\b(?:write|writes|writing|develop|build|maintain|run)\s+(?:an?\s+|its own\s+|their own\s+|your own\s+)?(?:custom\s+|in-house\s+|bespoke\s+)?(?:scripts?|cron jobs?|tooling|code|programs?)\b|\b(?:write|writes|writing|maintain|maintains|maintaining)\s+(?:the\s+|its\s+|their\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:scripts|templates|playbooks|cron jobs)\b|\bcustom\s+(?:[\w-]+\s+)?(?:scripts?|AMIs?|tooling|code)\b|\b(?:written|maintained|built|configured|patched|assembled)\s+by\s+(?:the\s+)?(?:team|developers|engineers|staff|company)\b|\bhand[- ](?:built|build|builds|building|made|make|rolled|roll|crafted|configured|configure|written|write)\b|\b(?:written|built|coded|assembled)\s+from\s+scratch\b|\b(?:scripts?|scheduler|orchestrator|tooling|code|program|service|controller)\s+(?:that\s+)?(?:the|its|their|your|our)\s+(?:own\s+)?(?:team|developers|engineers|staff|company)\s+(?:writes|builds|develops|maintains|runs|operates|owns)\b|\b(?:manually|by hand|self-managed|self-hosted)\b|\b(?:install|installs|installing)\s+and\s+(?:operate|manage|maintain|patch)\b|\b(?:an?|the|one|someone|somebody)\s+(?:[\w-]+\s+)?(?:engineer|operator|administrator|admin|person|developer|analyst|team|staff)s?\s+(?:\w+\s+)?(?:edits?|updates?|adjusts?|tunes?|re-?tunes?|revises?|rewrites?|reviews?|checks?)\s+(?:\w+\s+){0,3}?(?:every|each|by\s+hand|manually|weekly|monthly)\b|\b(?:edited|updated|adjusted|tuned|re-?tuned|revised)\s+(?:\w+\s+){0,2}?(?:every|each)\s+(?:few\s+)?(?:days?|weeks?|months?|quarters?)\b|\b(?:an?|the)\s+(?:engineer|operator|administrator|admin|on-call\s+engineer|team\s+member|staff\s+member)\s+(?:\w+\s+){0,2}?(?:rebalances?|resizes?|restarts?|patches|patch|starts?|stops?|scales?|replaces?)\b|\bmanual\s+(?:steps?|process(?:es)?|procedures?|rebalanc\w*|scaling|intervention|patching|failover|runbooks?)\b|\b(?:track|tracks|tracking|tracked|record|records|recording|recorded|log|logs|logging|logged|keep|keeps|keeping|kept|maintain|maintains|maintaining|maintained|list|lists|listed)\s+(?:[\w-]+\s+){0,4}?(?:in|on|with|using)\s+(?:a|an|the|one)\s+(?:shared\s+|central\s+)?(?:spreadsheets?|Excel\s+(?:files?|sheets?|workbooks?)|wiki\s+pages?)\b/i

/**
 * "…without adding manual steps", "no manual intervention", "the instances must be stopped automatically", "no human
 * in the loop": the stem rules out work someone repeats by hand.
 */
const NO_MANUAL_WORK =
  /\bwithout\s+(?:adding\s+|any\s+|requiring\s+|introducing\s+|more\s+)?(?:manual|human)\s+(?:steps?|work|effort|intervention|operations?|tasks?)\b|\bno\s+(?:manual|human)\s+(?:steps?|work|effort|intervention)\b|\b(?:must|should|may)\s+not\s+(?:require|need|involve|depend\s+on)\s+(?:any\s+)?(?:manual|human)\b|\b(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to)\s+be\s+(?:stopped|started|shut\s+down|terminated|scaled|applied|enforced|blocked|handled|done|performed|triggered|restarted|replaced|remediated)\s+automatically\b|\bno\s+(?:human|person|people|one)\s+in\s+the\s+loop\b|\bwithout\s+(?:a\s+)?(?:human|person|anyone)\s+(?:in\s+the\s+loop|involved|stepping\s+in|having\s+to\s+act)\b/i

/** "Write a Lambda function that polls…", "a script that dumps the dataset…", "custom code": code the team must keep. */
const WRITES_CODE =
  /\b(?:write|writes|writing|build|builds|building|develop|develops|developing|code|maintain)\s+(?:a|an|your\s+own|their\s+own|its\s+own|custom|some)\s+(?:[\w-]+\s+){0,3}?(?:scripts?|functions?|programs?|logic|tools?|code|cron\s+jobs?|applications?|services?)\b|\bcustom\s+(?:scripts?|code|logic|tooling|programs?)\b/i
/**
 * "…with no code to maintain", "without building custom reload logic", "does not want to write or maintain custom
 * code": the stem rules out code the team must keep.
 */
const NO_CUSTOM_CODE =
  /\bno\s+(?:custom\s+|new\s+)?code\s+to\s+(?:maintain|write|manage|run)\b|\bwithout\s+(?:writing|building|maintaining|developing|adding)\s+(?:any\s+)?(?:custom\s+|new\s+|its\s+own\s+)?(?:code|scripts?|logic|tooling|[\w-]+\s+(?:logic|code|scripts?))\b|\b(?:no|without)\s+custom\s+(?:code|scripts?|logic|tooling)\b|\b(?:does\s+not|doesn't|do\s+not|don't|will\s+not|won't)\s+want\s+to\s+(?:write|build|maintain|develop)(?:\s+(?:or|and)\s+(?:write|build|maintain|develop))?\s+(?:any\s+)?(?:custom\s+|new\s+|its\s+own\s+)?(?:code|scripts?|logic|tooling)\b/i

const MANUAL_WORK_CAUTION = 'the option adds work the team does by hand, and the question asks for the least operational overhead'
const NO_MANUAL_STEPS_CAUTION = 'the option adds work the team does by hand, and the question wants no manual steps'
const CUSTOM_CODE_CAUTION = 'the option has the team write and keep its own code, and the question wants no custom code to maintain'

/**
 * Cautions for an option that has the team do by hand, or write and keep, what a managed feature would do: when the
 * question asks for the least operational overhead, or its words rule out manual steps ("without adding manual
 * steps") or custom code ("with no code to maintain", "without building custom reload logic").
 */
export function manualWorkCautions(optionText: string, stem: Profile, stemText: string): string[] {
  const writesCode = WRITES_CODE.test(optionText)
  if (writesCode && NO_CUSTOM_CODE.test(stemText)) return [CUSTOM_CODE_CAUTION]
  if (!MANUAL_WORK.test(optionText) && !writesCode) return []
  if (stem.optimizeFor === 'operational-overhead') return [MANUAL_WORK_CAUTION]
  return NO_MANUAL_WORK.test(stemText) ? [NO_MANUAL_STEPS_CAUTION] : []
}
