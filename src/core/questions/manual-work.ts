/**
 * Steps an option asks the team to do by hand: scripts it writes and runs,
 * images it bakes, software it operates itself, settings a person edits
 * every few weeks. When a question asks for the
 * least operational overhead, such a step is evidence against the option,
 * whatever services it names ("create an Auto Scaling group … and write
 * scripts that patch the instances every month").
 */
const MANUAL_WORK =
  /\b(?:write|writes|writing|develop|build|maintain|run)\s+(?:an?\s+|its own\s+|their own\s+|your own\s+)?(?:custom\s+|in-house\s+|bespoke\s+)?(?:scripts?|cron jobs?|tooling|code|programs?)\b|\b(?:write|writes|writing|maintain|maintains|maintaining)\s+(?:the\s+|its\s+|their\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:scripts|templates|playbooks|cron jobs)\b|\bcustom\s+(?:[\w-]+\s+)?(?:scripts?|AMIs?|tooling|code)\b|\b(?:written|maintained|built|configured|patched|assembled)\s+by\s+(?:the\s+)?(?:team|developers|engineers|staff|company)\b|\bhand[- ](?:built|build|builds|building|made|make|rolled|roll|crafted|configured|configure|written|write)\b|\b(?:written|built|coded|assembled)\s+from\s+scratch\b|\b(?:scripts?|scheduler|orchestrator|tooling|code|program|service|controller)\s+(?:that\s+)?(?:the|its|their|your|our)\s+(?:own\s+)?(?:team|developers|engineers|staff|company)\s+(?:writes|builds|develops|maintains|runs|operates|owns)\b|\b(?:manually|by hand|self-managed|self-hosted)\b|\b(?:install|installs|installing)\s+and\s+(?:operate|manage|maintain|patch)\b|\b(?:an?|the|one|someone|somebody)\s+(?:[\w-]+\s+)?(?:engineer|operator|administrator|admin|person|developer|analyst|team|staff)s?\s+(?:\w+\s+)?(?:edits?|updates?|adjusts?|tunes?|re-?tunes?|revises?|rewrites?|reviews?|checks?)\s+(?:\w+\s+){0,3}?(?:every|each|by\s+hand|manually|weekly|monthly)\b|\b(?:edited|updated|adjusted|tuned|re-?tuned|revised)\s+(?:\w+\s+){0,2}?(?:every|each)\s+(?:few\s+)?(?:days?|weeks?|months?|quarters?)\b/i

export const MANUAL_WORK_CAUTION = 'the option adds work the team does by hand, and the question asks for the least operational overhead'

/** Whether an option's text asks the team to do work by hand that a managed feature would do. */
export const asksForManualWork = (optionText: string): boolean => MANUAL_WORK.test(optionText)
