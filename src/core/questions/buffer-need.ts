import type {OptionVerdict} from './solve.js'

/**
 * "Orders do not have to be processed within the same request, but no order
 * may be lost", "each service processes messages at its own pace and must not
 * miss any order": work that must wait somewhere durable until a consumer
 * takes it. That is a queue or a topic (Amazon SQS, SNS, Kinesis, EventBridge,
 * Amazon MQ), which edgewise's catalog does not hold; the compute options
 * beside it win only on what the stem says of its current fleet. An answer is
 * then not given while an option that offers such a buffer still stands.
 */
const BUFFER_NEED = new RegExp(
  [
    String.raw`\b(?:do|does|did|need)\s*(?:not|n't)\s+(?:have|need)\s+to\s+be\s+(?:processed|handled|completed|finished|done)\s+(?:with)?in\s+the\s+same\s+(?:HTTP\s+|API\s+|web\s+)?(?:request|call|transaction)\b`,
    String.raw`\b(?:no|not\s+a\s+single|none\s+of\s+the)\s+(?:order|message|event|request|record|job|task|item|payment|transaction|upload)s?\s+(?:may|can|must|should|is\s+allowed\s+to)\s+(?:ever\s+)?be\s+(?:lost|dropped|missed)\b`,
    String.raw`\b(?:must|may|can|should)\s+(?:not|never)\s+(?:lose|drop|miss)\s+(?:any|a\s+single)\s+(?:order|message|event|request|record|job|task|item|payment|transaction|upload)s?\b`,
    String.raw`\b(?:process(?:es)?|consume(?:s)?|handle(?:s)?|read(?:s)?)\s+(?:the\s+)?(?:messages|orders|events|records|jobs|requests|items)\s+at\s+(?:its|their)\s+own\s+(?:pace|rate|speed)\b`,
    String.raw`\b(?:can|may|could)\s+be\s+processed\s+(?:up\s+to|within|as\s+late\s+as)\s+(?:\d{1,3}|a\s+few|several|an?)\s+(?:seconds?|minutes?|hours?)\s+(?:after|later)\b`,
  ].join('|'),
  'i',
)

/** Products outside the catalog (by OUTSIDE_CATALOG's names) that hold work until a consumer takes it. */
const BUFFERS: ReadonlySet<string> = new Set(['Amazon SQS', 'Amazon SNS', 'Amazon Kinesis', 'Amazon EventBridge', 'Amazon MQ'])

/** The abstention when the stem needs a durable buffer and an option offering one still stands. */
export function bufferNeedAbstains(stem: string, options: readonly OptionVerdict[]): undefined | {abstain: string; standing: OptionVerdict[]} {
  if (!BUFFER_NEED.test(stem)) return undefined
  const buffers = options.filter((o) => o.violations.length === 0 && o.outside.some((name) => BUFFERS.has(name)))
  if (buffers.length === 0) return undefined
  const names = [...new Set(buffers.flatMap((o) => o.outside.filter((name) => BUFFERS.has(name))))]
  return {
    abstain: `the question needs work held durably until a consumer takes it, and option ${buffers.map((o) => o.letter).join(', ')} offers that with ${names.join(', ')}, outside what edgewise knows`,
    standing: [...buffers, ...options.filter((o) => o.violations.length === 0 && !buffers.includes(o))],
  }
}
