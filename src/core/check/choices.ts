import {execAll} from '../extract/exec-all.js'

/** Sentence-level cues that a mention inside a decision is not what was chosen. */
const REJECTING =
  /\b(?:considered|looked at|evaluated|explored|investigated|thought about|weighed|compared|rejected|ruled out|discarded|dismissed|dropped|declined|neglect(?:ed|ing)?|decided against|instead of|rather than|as opposed to|in place of|(?<!\b(?:out|spread|distributed|split|parallel|parallelized|parallelised)\s(?:[\w-]+\s){0,3})over|not (?:use|choose|adopt|pick|go with|select)|won't (?:use|choose|adopt)|will not (?:use|choose|adopt)|do not (?:use|choose|adopt)|avoid(?:ed|ing)?|alternatives?|too (?:expensive|slow|complex)|replac(?:e|es|ing) (?:the )?(?:current|existing)|currently|today we|previously|formerly|historically|in the past|until now|(?:we|they|the team|it) used to|migrat(?:e|ing) (?:away )?from|moving (?:away )?from|moved (?:away )?from|retire|retiring)\b/gi
const CHOOSING =
  /\b(?:will use|we use|use|uses|using|chose|chosen|choose|select(?:ed)?|pick(?:ed)?|opt(?:ed)? for|settled on|went with|adopt(?:ed|s|ing)?|decided to|decided (?:for|on|upon)|in favou?r of|go with|going with|run(?:s)? (?:on|in)|(?:is|are|will be|gets?|get) used (?:to|for|as)|runs? as|running as|(?:handled|served|processed|executed|powered|backed|triggered|invoked) by|(?:implemented|built|written) (?:as|with|using|on|in)|(?:lives?|living) (?:in|on)|(?:executes?|executed|runs?) (?:on|in|inside|within)|our choice is|the choice is|we prefer|prefer(?:red)?|deploy(?:ed|s)? (?:on|to|in)|built on|host(?:ed)? (?:on|in)|move to|moved to|moving to|migrate to|migrated to|purchase|buy|commit to)\b/gi
/** A choice verb that is itself negated ("will not use", "don't pick") rejects. */
const NEGATED_BEFORE = /(?:\b(?:not|never|no longer)|n't)\s+(?:\w+\s+)?$/i
/** A word right before the service that sets it aside ("…, not Lambda", "unlike Lambda", "without EC2"). */
const SET_ASIDE = /(?:\b(?:not|never|no|without|unlike|except|other than|but not)|n't)\s+(?:(?:the|an?|any)\s+)?$/i
/** After the service, in the same sentence: it was weighed and set aside ("Lambda was considered but rejected", "Lambda is out"). */
const REJECTED_AFTER =
  /\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:considered|evaluated|explored|investigated|rejected|ruled out|dropped|discarded|dismissed|deemed|too)\b|\b(?:is|are)\s+(?:\w+\s+)?(?:rejected|ruled out|out|not an option|unsuitable)\b|\b(?:doesn't|does not|didn't|did not|won't|will not|cannot|can't)\s+(?:\w+\s+)?(?:fit|work|meet|scale|support|handle)\b|\btoo (?:slow|expensive|costly|complex|limited|risky)\b|\bfalls? short\b/i
const CHOSEN_AFTER =
  /\b(?:was|were|is|are|has been|will be)\s+(?:\w+\s+)?(?:chosen|selected|picked|adopted|used|preferred)\b/i

/** The choice verbs that decide on their own, wherever they stand ("we decided for", "was selected", "opted for"). */
const DECIDING =
  /^(?:chose|chosen|choose|select(?:ed)?|pick(?:ed)?|opt(?:ed)? for|settled on|went with|adopt(?:ed|s|ing)?|decided to|decided (?:for|on|upon)|in favou?r of|go with|going with|move to|moved to|moving to|migrate to|migrated to|our choice is|the choice is|commit to)\b/i

/** What a decision says of a service it names. */
export type Polarity = 'chosen' | 'named' | 'rejected'

// A list item or line marked as rejected or chosen: "❌ Lambda@Edge", "✅ CloudFront Functions".
const MARKED_REJECTED = /^[\s>*+-]*(?:\d+[.)]\s*)?(?:\*\*|__)?\s*(?:❌|✗|✘|🚫|⛔|👎|❎|\[ \]|:x:|:no_entry:|~~)/u
const MARKED_CHOSEN =
  /^[\s>*+-]*(?:\d+[.)]\s*)?(?:\*\*|__)?\s*(?:✅|✔️?|☑️?|👍|\[x\]|:white_check_mark:|:heavy_check_mark:)/iu
// The service is what gets replaced or left: "replaced AWS Lambda", "migrating from Spot", "retire the EC2 fleet".
const REPLACED_BEFORE =
  /\b(?:replac(?:e|es|ed|ing)|migrat(?:e|es|ed|ing) (?:away )?(?:from|off)|mov(?:e|es|ed|ing) (?:away )?(?:from|off)|retir(?:e|es|ed|ing)|decommission(?:s|ed|ing)?|phas(?:e|es|ed|ing) out|sunset(?:s|ting)?|switch(?:es|ed|ing)? (?:away )?from|got rid of|get rid of|drop(?:s|ped|ping)?)\s+(?:the\s+|our\s+|its\s+|their\s+|existing\s+|current\s+|legacy\s+|old\s+|previous\s+)*$/i
// …and what replaces it is chosen: "replace cron with AWS Lambda", "replaced by Fargate".
const REPLACEMENT_BEFORE =
  /\b(?:replac(?:e|es|ed|ing)\b[^.;]{0,80}?\b(?:with|by)|(?:switch(?:es|ed|ing)?|migrat(?:e|es|ed|ing)|mov(?:e|es|ed|ing))\b[^.;]{0,80}?\bto)\s+(?:the\s+|an?\s+)?$/i
const REPLACED_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:is|are|was|were|will be|gets?|has been|have been)\s+(?:now\s+|being\s+)?(?:replaced|superseded|retired|decommissioned|phased out|removed|dropped|deprecated)\b/i
// Words that make a choice a possibility, a plan for later, or a description of how things are today.
const NOT_NOW_BEFORE =
  /\b(?:could|might|may|would|can|maybe|perhaps|possibly|potentially|later|eventually|in the future|in a future|future|phase 2|next phase|if|unless|whether|currently|today|at the time of writing|at time of writing|existing|legacy|already|historically|previously|e\.\s?g\.|for example|for instance|such as|like)\b/i
// The decision's own voice: "we will", "X will host", "the function is going to", and the service as the subject
// of what the design does ("Instance Scheduler stops the test environments out of hours").
const FUTURE = /\b(?:will|shall|'ll|is going to|are going to)\b/i
const FUTURE_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:functions?\s+|tasks?\s+|instances?\s+|services?\s+|jobs?\s+)?(?:will|shall|is going to|are going to|handles?|hosts?|serves?|runs?|executes?|processes|powers?|backs?|stops|starts|scales|schedules|covers|routes|stores|sends|receives|rewrites|adds|checks|turns)\b/i
// A description of what a product does in general, not of the design.
const CAPABILITY =
  /\b(?:supports?|offers?|provides?|allows?|lets? you|enables?|is (?:well )?suited|are (?:well )?suited|is designed|are designed|can be)\b/i

export interface PolarityOptions {
  /** Prose outside any decision section: a service is chosen only where words say so. */
  cueRequired?: boolean
  /** The sentence states the decision itself (the first sentence of a decision section, or a short item in one). */
  leading?: boolean
}

/**
 * What a sentence of a decision says of the service it names at
 * `offset`..`end`: chosen, rejected, or only named.
 *
 * - A mark or a word that sets it aside says rejected ("❌ Lambda@Edge", "…,
 *   not Lambda", "we will NOT use Lambda", "replaced AWS Lambda", "Lambda was
 *   replaced").
 * - Otherwise the closest decision verb before it wins ("We considered
 *   Lambda but chose Fargate": Lambda rejected, Fargate chosen), unless that
 *   verb is hedged or not for now ("we could use Lambda later": named).
 * - With no verb before it, words after it decide ("Lambda was considered
 *   but rejected", "Fargate will host the API").
 * - In a decision section, a sentence in the decision's own voice ("each
 *   upload will trigger a Lambda function") chooses, and so does the
 *   sentence that states the decision (`leading`); any other sentence that
 *   merely names a service ("the Lambda builder copies only…", "Lambda
 *   supports rotation") chooses nothing.
 */
export function polarityInSentence(text: string, offset: number, end: number, options: PolarityOptions = {}): Polarity {
  if (MARKED_REJECTED.test(text)) return 'rejected'
  // Emphasis is not a word: "we will **NOT** use" is "we will NOT use" (blanked, so offsets stay true).
  const sentence = text.replaceAll(/[*_]/g, ' ')
  const before = sentence.slice(0, offset)
  const after = sentence.slice(end)
  if (SET_ASIDE.test(before) || REPLACED_BEFORE.test(before) || REPLACED_AFTER.test(after)) return 'rejected'
  if (REPLACEMENT_BEFORE.test(before)) return NOT_NOW_BEFORE.test(before) ? 'named' : 'chosen'
  let lastReject = -1
  let lastChoose = -1
  for (const m of execAll(REJECTING, before)) lastReject = m.index
  for (const m of execAll(CHOOSING, before)) {
    const lead = before.slice(Math.max(0, m.index - 24), m.index)
    if (NEGATED_BEFORE.test(lead)) lastReject = Math.max(lastReject, m.index)
    else lastChoose = m.index
  }
  if (lastReject !== -1 || lastChoose !== -1) {
    if (lastReject > lastChoose) return 'rejected'
    // Outside a decision, "use" or "run on" alone describes; it decides only in the decision's voice ("we will use").
    if (options.cueRequired && !DECIDING.test(before.slice(lastChoose)) && !FUTURE.test(before)) return 'named'
    // "we could use Lambda later", "we currently use Lambda": not this decision's choice.
    return NOT_NOW_BEFORE.test(before.slice(Math.max(0, lastChoose - 40))) || HEDGED_AFTER.test(after)
      ? 'named'
      : 'chosen'
  }
  const rejected = REJECTED_AFTER.exec(after)
  const chosenAfter = CHOSEN_AFTER.exec(after)
  if (rejected && !(chosenAfter && chosenAfter.index < rejected.index)) return 'rejected'
  if (chosenAfter) return 'chosen'
  if (MARKED_CHOSEN.test(text)) return 'chosen'
  if (options.cueRequired || NOT_NOW_BEFORE.test(before) || CAPABILITY.test(after.slice(0, 60))) return 'named'
  if (FUTURE_AFTER.test(after) || FUTURE.test(before)) return 'chosen'
  return options.leading ? 'chosen' : 'named'
}

// "Lambda functions, later", "…, for now": set after the service.
const HEDGED_AFTER =
  /^[^.;]{0,40}\b(?:later on|at a later (?:stage|date)|in (?:the )?future|in phase 2|eventually|if needed|if necessary|where needed)\b/i
