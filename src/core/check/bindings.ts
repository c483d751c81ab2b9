import type {Evidence} from '../extract/extract-profile.js'
import type {KnowledgeBase} from '../knowledge/knowledge-base.js'

import {findServices} from '../extract/find-services.js'
import {segmentAt, splitSegments} from '../extract/segments.js'
import {type Binding, OTHER_COMPUTE_ID} from './evidence.js'
import {blankAddressesAndCode} from './mentions.js'

// Compute that is not a catalog service but is what a sentence is about: EC2 instances and instance types,
// node groups, SageMaker ("t3.large, GPU enabled", "GPU support using EC2 instances").
const OTHER_COMPUTE =
  /\bEC2\b|\binstance types?\b|\b[a-z]\d[a-z]*\.(?:nano|micro|small|medium|large|\d*xlarge|metal)\b|\bnode groups?\b|\bSageMaker\b/gi

/**
 * Which service each piece of evidence (the overruled included) is about: in
 * a sentence that names services (or other compute, such as EC2 instance
 * types), the one nearest the words ("API Gateway → Lambda → ECS Fargate (GPU)": the GPU
 * is Fargate's; "t3.large, GPU enabled": it is an instance's); `null` when the
 * sentence names none, so the fact is the whole design's.
 */
export function bindings(text: string, evidence: readonly Evidence[], kb: KnowledgeBase): Map<string, Binding[]> {
  const segments = splitSegments(text)
  const bound = new Map<string, Binding[]>()
  for (const e of evidence) {
    const segment = segments[segmentAt(segments, e.start)]!
    const sentence = blankAddressesAndCode(text.slice(segment.start, segment.end))
    const at = e.start - segment.start
    const candidates = [
      ...findServices(sentence, kb.catalog),
      ...[...sentence.matchAll(OTHER_COMPUTE)].map((m) => ({
        service: OTHER_COMPUTE_ID,
        start: m.index,
        end: m.index + m[0].length,
      })),
    ]
    const near = candidates.sort((a, b) => distance(a, at) - distance(b, at))[0]
    bound.set(e.field, [...(bound.get(e.field) ?? []), {service: near?.service ?? null, value: e.value}])
  }
  return bound
}

const distance = (m: {start: number; end: number}, at: number) =>
  at < m.start ? m.start - at : at >= m.end ? at - m.end : 0
