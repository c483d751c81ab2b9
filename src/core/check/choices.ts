import {execAll} from '../extract/exec-all.js'

/** Sentence-level cues that a mention inside a decision is not what was chosen. */
const REJECTING = /\b(?:considered|looked at|evaluated|explored|investigated|thought about|weighed|compared|rejected|ruled out|discarded|dismissed|dropped|declined|neglect(?:ed|ing)?|decided against|instead of|rather than|as opposed to|in place of|over|not (?:use|choose|adopt|pick|go with|select)|won't (?:use|choose|adopt)|will not (?:use|choose|adopt)|do not (?:use|choose|adopt)|avoid(?:ed|ing)?|alternatives?|too (?:expensive|slow|complex)|replac(?:e|es|ing) (?:the )?(?:current|existing)|currently|today we|previously|formerly|historically|in the past|until now|(?:we|they|the team|it) used to|migrat(?:e|ing) (?:away )?from|moving (?:away )?from|moved (?:away )?from|retire|retiring)\b/gi
const CHOOSING = /\b(?:will use|we use|use|uses|using|chose|chosen|choose|select(?:ed)?|pick(?:ed)?|opt(?:ed)? for|settled on|went with|adopt(?:ed|s|ing)?|decided to|decided (?:for|on|upon)|in favou?r of|go with|going with|run(?:s)? (?:on|in)|deploy(?:ed|s)? (?:on|to|in)|built on|host(?:ed)? (?:on|in)|move to|moved to|moving to|migrate to|migrated to|purchase|buy|commit to)\b/gi
/** A choice verb that is itself negated ("will not use", "don't pick") rejects. */
const NEGATED_BEFORE = /(?:\b(?:not|never|no longer)|n't)\s+(?:\w+\s+)?$/i
/** A word right before the service that sets it aside ("…, not Lambda", "unlike Lambda", "without EC2"). */
const SET_ASIDE = /(?:\b(?:not|never|no|without|unlike|except|other than|but not)|n't)\s+(?:(?:the|an?|any)\s+)?$/i
/** After the service, in the same sentence: it was weighed and set aside ("Lambda was considered but rejected", "Lambda is out"). */
const REJECTED_AFTER = /\b(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:considered|evaluated|explored|investigated|rejected|ruled out|dropped|discarded|dismissed|deemed|too)\b|\b(?:is|are)\s+(?:\w+\s+)?(?:rejected|ruled out|out|not an option|unsuitable)\b|\b(?:doesn't|does not|didn't|did not|won't|will not|cannot|can't)\s+(?:\w+\s+)?(?:fit|work|meet|scale|support|handle)\b|\btoo (?:slow|expensive|costly|complex|limited|risky)\b|\bfalls? short\b/i
/** CHOOSING without the global flag, for one search from the start of a string. */
const CHOOSING_FIRST = new RegExp(CHOOSING.source, 'i')
const CHOSEN_AFTER = /\b(?:was|were|is|are|has been|will be)\s+(?:\w+\s+)?(?:chosen|selected|picked|adopted|used|preferred)\b/i

/**
 * Whether a service named at `offset` inside `sentence` is being chosen. A word
 * right before it that sets it aside ("…, not Lambda") says no; otherwise the
 * closest decision verb before it wins ("We considered Lambda but chose
 * Fargate": Lambda no, Fargate yes; "Fargate over Lambda": Lambda no; "we will
 * not use Lambda": no). With no verb before it, what the sentence says of it
 * afterwards decides ("Lambda was considered but rejected": no); a service
 * named in a decision without any cue is chosen. With `cueRequired` (prose
 * outside any decision section) a service is chosen only when a cue says so.
 */
export function chosenInSentence(sentence: string, offset: number, options: {cueRequired?: boolean} = {}): boolean {
  const before = sentence.slice(0, offset)
  if (SET_ASIDE.test(before)) return false
  let lastReject = -1
  let lastChoose = -1
  for (const m of execAll(REJECTING, before)) lastReject = m.index
  for (const m of execAll(CHOOSING, before)) {
    if (NEGATED_BEFORE.test(before.slice(Math.max(0, m.index - 24), m.index))) lastReject = Math.max(lastReject, m.index)
    else lastChoose = m.index
  }
  if (lastReject !== -1 || lastChoose !== -1) return lastChoose > lastReject
  const after = sentence.slice(offset)
  // Outside a decision section only words that say so make a choice ("Lambda was chosen").
  if (options.cueRequired) return CHOSEN_AFTER.test(after) && !REJECTED_AFTER.test(after)
  const rejected = REJECTED_AFTER.exec(after)
  if (!rejected) return true
  const chosen = CHOSEN_AFTER.exec(after) ?? CHOOSING_FIRST.exec(after)
  return chosen !== null && chosen.index < rejected.index
}
