/**
 * How an option names the part of a stem it answers in the stem's own words:
 * "Implement Feature 2 as…" answers the sentence that starts "Feature 2
 * runs…", "CloudFront for the marketing website" the sentence about the
 * marketing website, whatever workload each sentence was read as.
 */

/** Words that name nothing by themselves: grammar, the verbs options start with, and words every compute stem uses. */
const FUNCTION_WORDS = new Set(
  `a an the to for of on in at by with and or but nor so as from into onto over under than then that this these those
its it their them they our we you your his her is are be was were been being has have had will would can could should
may might must shall do does did not no only just also both all each every any some more most less least one same
other another such own very about up down out off across per via use uses using run runs running move moves migrate
buy purchase configure deploy set create add implement put make keep place enable turn launch switch choose select
which what who how when where why new existing current instances instance servers server capacity aws amazon ec2 cost
costs company workload workloads application applications service services solution option`.split(/\s+/),
)

/** "Feature 2", "Workload A": labels a stem gives its parts so options can name them. */
const LABEL_NOUNS = 'feature workload job application app service tier component requirement system phase part team stage task project site fleet'
/** Nouns that are labels only when capitalised or bracketed: "Need 2", "(need 2)", not "the tiers need 2 vCPUs". */
const CAPITALISED_LABEL_NOUNS = 'need goal estate division plant unit'
// Any case for the noun, but a capital for a letter label: "Workload B", not "a service a day".
const LABEL = new RegExp(
  String.raw`\b(${[
    ...LABEL_NOUNS.split(' ').map((noun) => `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`),
    ...CAPITALISED_LABEL_NOUNS.split(' ').map((noun) => String.raw`(?:${noun[0]!.toUpperCase()}|(?<=\(\s*)${noun[0]})${noun.slice(1)}`),
  ].join('|')})\s+(\d{1,2}|[A-Z]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)\b`,
  'g',
)

/** Words split at hyphens too: "spam-scoring" shares "spam" with "spam check". */
const WORD = /[A-Za-z0-9]+(?:'[a-z]+)?/g

/** A word's plain form, so that "URLs" meets "URL" and "comments" meets "comment". */
const stem = (word: string) => {
  const w = word.toLowerCase().replace(/'s$/, '')
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
}

/** The content words of a text in their plain form. */
export const contentWords = (text: string) => new Set([...text.matchAll(WORD)].map((m) => stem(m[0])).filter((w) => !FUNCTION_WORDS.has(w)))

/** The parts an option names: their indexes, and whether by a label the stem gives them ("Feature 2"). */
export interface NamedParts {
  parts: number[]
  byLabel: boolean
}

/** The indexes of the parts that give one of `labels`. */
const partsLabelled = (labels: ReadonlySet<string>, parts: readonly PartNames[]): number[] =>
  parts.flatMap((part, i) => ([...part.labels].some((label) => labels.has(label)) ? [i] : []))

const labelsIn = (text: string): Set<string> => new Set([...text.matchAll(LABEL)].map((m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`))

/**
 * At least this many of an option's words must belong to one part alone to
 * name it: one shared word ("request", "nightly") is chance, two ("the web
 * tier", "the legacy URLs") are a subject.
 */
const DISTINCT_WORDS = 2

/**
 * What a part's sentences can be named by: the labels they give, their content words, and, for an item the stem
 * numbers, the first two of those, which name its subject ("(3) thumbnail workers built for ARM64…"). Read once per
 * part.
 */
export interface PartNames {
  labels: Set<string>
  words: Set<string>
  subject?: Set<string>
  /** The catalog services its sentences name ("a TCP service behind a Network Load Balancer"). */
  services?: ReadonlySet<string>
}

/** How a stem numbers its items inline: "(3)", "(b)", "(ii)". */
export const ITEM_NUMBER = String.raw`[1-9]|[a-e]|i{1,3}|iv`
/** An item the stem numbers inline: "(3) thumbnail workers built for ARM64…". */
const NUMBERED_ITEM = new RegExp(String.raw`^\s*(?:(?:and|or)\s+)?\((${ITEM_NUMBER})\)\s`)
export const opensNumberedItem = (text: string): boolean => NUMBERED_ITEM.test(text)
/** "(2) a nightly job…" is what an option calls "workload 2": the item's number, as a label of any noun. */
const NUMBER_LABEL = 'item '

/**
 * An item that opens on "a", "an" or "another" and a noun phrase ("…; and a teacher training sandbox used only on
 * weekdays"): the phrase, up to the first word that starts saying something of it, is its subject.
 */
const SAYS_SOMETHING = String.raw`(?:that|which|who|whose|used|is|are|was|runs?|serves?|needs?|has|have|with|for|in|on|at|to|from|by|of|can|must|will|should|may)\b`
// The phrase must end where something starts being said of it, within four words: "An infrastructure-as-code
// pipeline already tags…" opens on a subject too, but where its noun phrase ends is not sure.
const ARTICLE_LED_SUBJECT = new RegExp(
  String.raw`^\s*(?:and\s+)?(?:a|an|another)\s+((?:(?!${SAYS_SOMETHING})[A-Za-z][\w-]*\s+){0,3}(?!${SAYS_SOMETHING})[A-Za-z][\w-]*)\s+${SAYS_SOMETHING}`,
  'i',
)

export const namesOf = (text: string): PartNames => {
  const words = contentWords(text)
  // A numbered item or an article-led list item opens on its subject; a sentence may open on anything ("Every night, …").
  const numbered = NUMBERED_ITEM.exec(text)
  if (numbered)
    return {
      labels: new Set([...labelsIn(text), `${NUMBER_LABEL}${numbered[1]!.toLowerCase()}`]),
      words,
      subject: new Set([...words].filter((w) => !/^\d+$/.test(w)).slice(0, 2)),
    }
  const phrase = ARTICLE_LED_SUBJECT.exec(text)?.[1]
  if (phrase === undefined) return {labels: labelsIn(text), words}
  return {labels: labelsIn(text), words, subject: new Set([...contentWords(phrase)].filter((w) => !/^\d+$/.test(w)))}
}

/**
 * The parts an option names in the stem's words: the parts whose sentences
 * share a label with the option, else the one part whose sentences hold the
 * most words of the option (service names blanked out of it first) that no
 * other part holds, when they are at least two.
 */
export function partsNamedBy(optionWords: string, parts: readonly PartNames[]): NamedParts {
  const none = {parts: [], byLabel: false}
  if (parts.length < 2) return none
  const labels = labelsIn(optionWords)
  if (labels.size > 0) {
    const numbers = [...labels].map((label) => `${NUMBER_LABEL}${label.split(' ')[1]}`)
    const named = partsLabelled(new Set([...labels, ...numbers]), parts)
    if (named.length > 0 && named.length < parts.length) return {parts: named, byLabel: true}
  }
  const part = partWithOwnWords(optionWords, parts, DISTINCT_WORDS) ?? partBySubject(optionWords, parts)
  return part === undefined ? none : {parts: [part], byLabel: false}
}

/**
 * The one part whose subject the text names by a word no other part holds: "run the thumbnail workers on…" names
 * "(3) thumbnail workers built for ARM64", though "workers" is every part's. One word is enough here because it is
 * the word the part opens on, not a chance word of its sentence.
 */
function partBySubject(text: string, parts: readonly PartNames[]): number | undefined {
  const own = contentWords(text)
  const named = parts.flatMap((mine, i) =>
    [...(mine.subject ?? [])].some((w) => own.has(w) && parts.every((other, k) => k === i || !other.words.has(w))) ? [i] : [],
  )
  return named.length === 1 ? named[0] : undefined
}

/**
 * The one part whose sentences hold the most of the text's words that no
 * other part holds, when they are at least `minimum` and no other part holds
 * as many.
 */
function partWithOwnWords(text: string, parts: readonly PartNames[], minimum: number): number | undefined {
  const own = contentWords(text)
  const distinct = parts.map((mine, i) => [...own].filter((w) => mine.words.has(w) && parts.every((other, k) => k === i || !other.words.has(w))).length)
  const most = Math.max(...distinct)
  if (most < minimum || distinct.filter((n) => n === most).length > 1) return undefined
  return distinct.indexOf(most)
}

/**
 * "Both the marketing site and the video portal sit behind CloudFront": two things a stem names at once, each by the
 * kind of thing that runs ("site", "service", "pipeline"), not "both the cost and the latency".
 */
const THING = String.raw`(?:site|website|portal|service|app|application|API|back[- ]?end|front[- ]?end|system|pipeline|job|workload|fleet|cluster|tier|platform|database|game|tool|dashboard|store|feed|gateway|engine|function|workers?)`
export const BOTH_THINGS = String.raw`\b[Bb]oth\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,3}?${THING}\s+and\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,3}?${THING}\b`

/** An option or sentence about every part at once: "both features in one function", "for all three workloads". */
const EVERY_PART = new RegExp(
  String.raw`\bboth\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+[\w-]+|\b(?:both|all|each)\s+(?:of\s+(?:them|these|those|the)\s+)?(?:\w+\s+)?(?:phases|workloads|parts|tiers|jobs|applications|apps|services|features|systems|teams|fleets|environments|stages|requirements|use cases|sites|websites|portals|pipelines|clusters|APIs|databases|instances|servers)\b|\b(?:both|all|each)\s+of\s+(?:them|these|those)\b|${BOTH_THINGS}`,
  'i',
)

export const speaksOfEveryPart = (text: string) => EVERY_PART.test(text)

/** Whether a sentence gives a part its label ("Feature 2 runs only on cache misses"): it starts that part. */
export const labelsAPart = (sentence: string) => labelsIn(sentence).size > 0

/**
 * "Factory: an Outposts rack; hospital: a Local Zone": an option step that
 * names its part before a colon. The label is a name on purpose, so one word
 * that belongs to one part alone is enough.
 */
export const partNamedByStepLabel = (label: string, parts: readonly PartNames[]): number | undefined => partWithOwnWords(label, parts, 1)

/** The one part whose sentences give the label an option's step opens with ("Need 2: …" for "… (need 2)"). */
export function partSpelledByStepLabel(label: string, parts: readonly PartNames[]): number | undefined {
  const own = labelsIn(label)
  if (own.size === 0) return undefined
  const named = partsLabelled(own, parts)
  return named.length === 1 ? named[0] : undefined
}

/**
 * "Compute Savings Plan for Estate 1 and Estate 3": a step that spells the labels of two or more parts, as one label
 * each ("Estate 1", "Estate 3"), so that the step can be judged once for each part it answers.
 */
export function labelsOfPartsSpelledBy(label: string, parts: readonly PartNames[]): string[] {
  const found = [...label.matchAll(LABEL)].flatMap((m) => {
    const named = partsLabelled(new Set([`${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`]), parts)
    return named.length === 1 ? [{part: named[0]!, text: m[0]}] : []
  })
  const distinct = new Set(found.map((f) => f.part)).size
  return distinct > 1 && distinct === found.length ? found.map((f) => f.text) : []
}

/** "Replace the Application Load Balancer with …": a step that swaps out what a part runs on. */
const REPLACES = /^\s*(?:and\s+)?(?:replace|swap(?:\s+out)?|retire|decommission)\b/i

/**
 * "Leave cross-zone load balancing off for the Network Load Balancer": a step
 * that names a service only one part's sentences name ("a TCP service behind a
 * Network Load Balancer") is about that part's service. A step that names
 * services of two parts is for neither, unless it replaces the first one.
 */
export function partNamedByService(step: {text: string; services: readonly {service: string}[]}, parts: readonly PartNames[]): number | undefined {
  const held = step.services.map(({service}) => parts.flatMap((part, k) => (part.services?.has(service) ? [k] : [])))
  const sole = held.flatMap((holders) => (holders.length === 1 ? holders : []))
  if (sole.length === 0) return undefined
  if (new Set(sole).size === 1) return sole[0]
  return REPLACES.test(step.text) && held[0]!.length === 1 ? held[0]![0] : undefined
}

/** What "… for the transcoding pods" is for: the words after its last "for the/its/their/each", read as a label. */
const FOR_TARGET = /\bfor\s+(?:the|its|their|each|every|all)\s+([^,;]+?)[.,;]?\s*$/i
export const partNamedByTarget = (step: string, parts: readonly PartNames[]): number | undefined => {
  const target = FOR_TARGET.exec(step)?.[1]
  return target === undefined ? undefined : partNamedByStepLabel(target, parts)
}

/** "… for the Application Load Balancer's target group": the part a step is for is a service it names, not a word. */
export const targetIsAService = (step: {text: string; mentions: readonly {start: number}[]}): boolean => {
  const found = FOR_TARGET.exec(step.text)
  return found !== null && step.mentions.some((m) => m.start >= found.index)
}

/** One step of an option that names its part: "Order management: 3-year Standard Reserved Instances". */
// A one-letter label too: "X: FARGATE_SPOT only; Y: …" for a stem's "Workload X … Workload Y".
const LABELED_STEP = /^\s*([A-Za-z][^:;]{0,50}?):\s+(\S[^;]*)$/

/** Where one labeled step ends: a semicolon, or a sentence end before the next label ("… on board. Harbor office: …"). */
const LABELED_STEP_BREAK = /;|(?<=\.)\s+(?=[A-Z][^:;.]{0,50}:\s)/

/** An option made of labeled steps, one per part ("Factory: …; hospital: …", "Ship: …. Office: …."), or undefined. */
export function labeledSteps(option: string): undefined | {label: string; body: string}[] {
  const segments = option.split(LABELED_STEP_BREAK)
  if (segments.length < 2) return undefined
  const steps = segments.map((segment) => LABELED_STEP.exec(segment))
  if (!steps.every((m) => m !== null)) return undefined
  return steps.map((m) => ({label: m![1]!.trim(), body: m![2]!.trim()}))
}

/**
 * "Run SQL Server on Dedicated Hosts, and run the web tier in an Auto Scaling
 * group", "Resize images with Lambda, run the API on Fargate, and run the
 * pipeline on Batch": an option of steps joined by "and <verb>", ", <verb>
 * the …" or ";", each step naming its part in the stem's words (the label is
 * the step itself).
 */
const STEP_VERBS =
  'run|use|put|move|host|keep|buy|place|deploy|serve|process|store|give|cover|migrate|install|provision|order|ship|rent|adopt|operate|switch|change|convert|replace|rewrite|create|request|register|purchase|launch|leave|shift|containerize|refactor|stop|hibernate|resize|schedule'
const STEP_BREAK = new RegExp(String.raw`;\s+|,?\s+and\s+(?=(?:${STEP_VERBS})\b)|,\s+(?=(?:${STEP_VERBS})\s+(?:the|its|their|all|each|every)\b)`, 'i')
export function joinedSteps(option: string): undefined | {label: string; body: string}[] {
  const segments = option.split(STEP_BREAK).map((segment) => segment.trim()).filter((segment) => segment.length > 0)
  if (segments.length >= 2) return segments.map((segment) => ({label: segment, body: segment}))
  // "Run the transcoding fleet on ECS, the test containers on Fargate, and the inference containers on GPU instances":
  // one verb, then each later item names its part first.
  const items = option.split(/,\s+/)
  if (items.length >= 2 && items.slice(1).every((item) => OPENS_ON_ITS_PART.test(item)))
    return items.map((item) => item.replace(/^and\s+/i, '').trim()).map((item) => ({label: item, body: item}))
  // "X for the rewrites, Y on origin request for the profile calls, and Z for the inference": a list of choices,
  // each naming the part it is for.
  // An item may hold a comma of its own ("a warm pool of stopped, pre-initialized instances for the web tier"): it ends
  // at the first break after it names its part.
  const listed: string[] = []
  let item = ''
  for (const piece of option.split(LIST_BREAK_KEPT)) {
    item += piece
    const ended = TRAILING_BREAK.test(item)
    if (ended && namesItsPart(item)) {
      listed.push(item.replace(TRAILING_BREAK, '').trim())
      item = ''
    }
  }
  if (item.trim().length > 0) {
    if (!namesItsPart(item)) return undefined
    listed.push(item.trim())
  }
  return listed.length >= 2 ? listed.map((segment) => ({label: segment, body: segment})) : undefined
}

/** A list item that names its part before its choice: "the test containers on AWS Fargate", "and their reports in Batch". */
const PART_THEN_PLACE = String.raw`(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:on|in|with|to|as|onto|under|via|at|through|from)\s`
const OPENS_ON_ITS_PART = new RegExp(String.raw`^(?:and\s+)?${PART_THEN_PLACE}`, 'i')
/** "Run the render workers on Fargate Spot": a step whose verb takes the part it is for as its object. */
const VERB_OPENS_ON_ITS_PART = new RegExp(String.raw`^(?:and\s+)?(?:${STEP_VERBS})\s+${PART_THEN_PLACE}`, 'i')

/** A break at the end of a piece of a list. */
const TRAILING_BREAK = /(?:;|,(?:\s+and)?|\s+and)\s*$/
/** The list split with each break kept at the end of the piece before it. */
const LIST_BREAK_KEPT = /(?<=;\s+|,\s+(?:and\s+)?|\sand\s+)(?=\S)/

/** An item that says which part it is for: "… for the profile calls", "… for SQL Server", "… on the API", "… at the factory". */
const FOR_A_PART = /\bfor\s+(?:(?:the|its|their|each|every|all)\s+(?!(?:rest|remainder|others?)\b)\S|[A-Z][\w-]*)|\b(?:on|at|in)\s+(?:the|its|their|each|every)\s+(?!(?:Region|same|cloud|instances?|edge)\b)\S/
/** Either way of saying which part an item of a list is for. */
const namesItsPart = (item: string) => FOR_A_PART.test(item) || VERB_OPENS_ON_ITS_PART.test(item)
